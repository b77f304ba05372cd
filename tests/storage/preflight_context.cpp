// What the archive tells the preflight about an issue: the previous issue of its series, the
// unit list, the 简讯 of the 3 months before it and its standing signatures.
#include "signoff_support.h"

#include "core/preflight/preflight.h"
#include "storage/preflight/preflightcontextloader.h"
#include "storage/units/unitdirectory.h"

using namespace kuaibao;
using kuaibao::test::must;

namespace {

QList<int> issuesOf(const QList<PastBrief> &briefs) {
    QList<int> numbers;
    for (const PastBrief &b : briefs) {
        if (!numbers.contains(b.issue.number)) {
            numbers << b.issue.number;
        }
    }
    std::sort(numbers.begin(), numbers.end());
    return numbers;
}

} // namespace

TEST_CASE("preflight context: previous issue, recent 简讯, units and signatures from the archive",
          "[storage][preflight][engines]") {
    test::SignoffArchive archive; // issue 674 of 2024-03-08 and three people
    IssueRepository repository(*archive.db);
    must(repository.save(test::fullFixtureIssue(600, QDate(2023, 11, 1)))); // over 3 months ago
    Issue previous = test::fullFixtureIssue(672, QDate(2024, 2, 20));
    previous.sections[2].categories[0].items[0].text =
        RichText(QStringLiteral("近日，西街社区组织志愿者清扫积雪。"));
    must(repository.save(previous));
    Issue supplement = test::fullFixtureIssue(673, QDate(2024, 3, 1));
    supplement.masthead.series = Series::Supplement; // another series: not the previous issue
    must(repository.save(supplement));
    // A county's bulletin in the same archive is another publication, whatever its number.
    Issue county = test::fullFixtureIssue(673, QDate(2024, 3, 2));
    county.masthead.nameLines = {QStringLiteral("文明创建督查通报")};
    must(repository.save(county));
    must(repository.save(test::fullFixtureIssue(680, QDate(2024, 5, 1)))); // later

    Issue issue = must(repository.load(674));
    issue.sections[2].categories[0].items[0].text =
        RichText(QStringLiteral("近日，西街社区组织志愿者清扫积雪！"));
    issue = must(repository.save(issue));
    REQUIRE(UnitDirectory(*archive.db).add(QStringLiteral("城关镇")));
    must(SignoffService(*archive.db)
             .sign(archive.ref, QStringLiteral("编校"), QStringLiteral("李编"), "pw-li-11"));
    issue = must(repository.load(674));

    const PreflightContext context = must(PreflightContextLoader(*archive.db).load(issue));
    REQUIRE(context.previous.has_value());
    CHECK(context.previous->number == 672);
    CHECK(context.previous->date == QDate(2024, 2, 20));
    CHECK(issuesOf(context.recentBriefs) == QList<int>{672, 673});
    CHECK(context.knownUnits.contains(QStringLiteral("城关镇")));
    CHECK_FALSE(context.knownUnits.contains(QStringLiteral("河口乡")));
    REQUIRE(context.signatures.has_value());
    REQUIRE(context.signatures->size() == 1);
    CHECK(context.signatures->first().role == QStringLiteral("编校"));
    CHECK(context.signatures->first().person == QStringLiteral("李编"));

    // With it, the preflight sees what only the archive can tell.
    QStringList kinds;
    for (const Finding &f : Preflight::run(issue, context)) {
        kinds << f.kind + QLatin1Char(' ') + f.placeText;
    }
    INFO(kinds.join(QLatin1Char('\n')).toStdString());
    CHECK(kinds.contains(QStringLiteral("issue-number-sequence masthead.number")));
    CHECK(kinds.contains(QStringLiteral("brief-repeat S3.C1.I1:1")));
    CHECK(kinds.contains(QStringLiteral("brief-unknown-unit S3.C1.I2.unit1")));
    CHECK_FALSE(kinds.contains(QStringLiteral("brief-unknown-unit S3.C1.I1.unit1")));
}
