// The archive generator is deterministic and makes issues shaped like real ones; the unit
// normaliser maps aliases to units.
#include "core/archive/archivegenerator.h"
#include "core/archive/unitnormalizer.h"
#include "core/issuevalidator.h"
#include "core/templatelibrary.h"

#include <catch2/catch.hpp>

using namespace kuaibao;

namespace {

BulletinTemplate loadTemplate() {
    auto t = TemplateLibrary::load(TemplateLibrary::defaultTemplateId());
    REQUIRE(t.ok());
    return t.value();
}

QList<Issue> generate(const BulletinTemplate &t, std::uint64_t seed, int count) {
    ArchiveGeneratorOptions options;
    options.seed = seed;
    ArchiveGenerator generator(t, options);
    QList<Issue> out;
    for (int i = 0; i < count; ++i) {
        out.append(generator.next());
    }
    return out;
}

} // namespace

TEST_CASE("the same seed gives the same archive, another seed another", "[archive]") {
    const BulletinTemplate t = loadTemplate();
    const QList<Issue> a = generate(t, 42, 30);
    const QList<Issue> b = generate(t, 42, 30);
    const QList<Issue> c = generate(t, 43, 30);
    int differing = 0;
    for (int i = 0; i < a.size(); ++i) {
        CHECK(a.at(i).sameContent(b.at(i)));
        differing += a.at(i).sameContent(c.at(i)) ? 0 : 1;
    }
    CHECK(differing == a.size());
}

TEST_CASE("generated issues are valid and shaped like the bulletin", "[archive]") {
    const BulletinTemplate t = loadTemplate();
    const QList<Issue> issues = generate(t, 5, 60);
    const QStringList units = t.unitNames();
    for (int i = 0; i < issues.size(); ++i) {
        const Issue &issue = issues.at(i);
        INFO(i);
        CHECK(issueProblems(issue).isEmpty());
        CHECK(issue.masthead.number == 674 + i);
        if (i > 0) {
            const qint64 gap = issues.at(i - 1).masthead.date.daysTo(issue.masthead.date);
            CHECK((gap >= 2 && gap <= 5));
        }
        REQUIRE(issue.sections.size() == 3);
        CHECK(issue.sections[0].articles.first().paragraphs.size() >= 3);
        CHECK(!issue.sections[1].articles.first().title.isEmpty());
        REQUIRE(issue.sections[2].categories.size() == 4);
        for (const QString &unit : creditedUnits(issue) + mentionedUnits(issue)) {
            CHECK(units.contains(unit));
        }
        CHECK(!creditedUnits(issue).isEmpty());
    }
    CHECK(issues.first().masthead.date == QDate(2022, 4, 15));
}

TEST_CASE("the unit normaliser maps aliases and drops repeats, keeping unknown names",
          "[archive]") {
    const UnitNormalizer normalizer = UnitNormalizer::fromTemplate(loadTemplate());
    Issue issue;
    Section briefs{QStringLiteral("简讯"), SectionKind::Briefs, {}, {}};
    BriefCategory category{QStringLiteral("文明培育"), {}, {}};
    category.items.append(
        {{QStringLiteral("东辛房"), QStringLiteral("东辛房街道")}, RichText(QStringLiteral("x"))});
    category.items.append({{QStringLiteral(" 区妇女联合会 ")}, RichText(QStringLiteral("y"))});
    category.alsoUnits = {QStringLiteral("龙泉"), QStringLiteral("区交通支队")};
    briefs.categories.append(category);
    issue.sections.append(briefs);

    CHECK(normalizer.normalize(issue));
    const BriefCategory &out = issue.sections[0].categories[0];
    CHECK(out.items[0].units == QStringList{QStringLiteral("东辛房街道")});
    CHECK(out.items[1].units == QStringList{QStringLiteral("区妇联")});
    CHECK(out.alsoUnits == QStringList({QStringLiteral("龙泉镇"), QStringLiteral("区交通支队")}));
    CHECK(!normalizer.isKnown(QStringLiteral("区交通支队")));
    CHECK(!normalizer.normalize(issue));
}
