// The canonical content a signature binds to: stable, and changed by any visible change.
#include "core/signoff/canonicalcontent.h"
#include "core/signoff/contentdiff.h"
#include "support/fixtures.h"

#include <catch2/catch.hpp>

using namespace kuaibao;

TEST_CASE("signoff content: the hash ignores status and signer names, not content") {
    const Issue issue = test::fullFixtureIssue(674);
    const QString hash = CanonicalContent::fromIssue(issue).sha256();
    CHECK(hash.size() == 64);

    Issue signedCopy = issue;
    signedCopy.status = IssueStatus::Published;
    signedCopy.footer.staff[1].name = QStringLiteral("别人");
    signedCopy.revision = 9;
    CHECK(CanonicalContent::fromIssue(signedCopy).sha256() == hash);

    Issue bold = issue;
    bold.sections[0].articles[0].paragraphs[0].text = RichText::fromMarkup(
        QStringLiteral("**县里八日召开创城推进会**，各乡镇负责同志参加会议。"));
    CHECK(bold.sections[0].articles[0].paragraphs[0].text.plainText() ==
          issue.sections[0].articles[0].paragraphs[0].text.plainText());
    CHECK(CanonicalContent::fromIssue(bold).sha256() != hash);

    Issue comma = issue;
    comma.sections[2].categories[0].alsoUnits.removeLast();
    CHECK(CanonicalContent::fromIssue(comma).sha256() != hash);

    Issue templ = issue;
    templ.templateVersion += 1;
    CHECK(CanonicalContent::fromIssue(templ).sha256() != hash);

    Issue date = issue;
    date.masthead.date = date.masthead.date.addDays(1);
    CHECK(CanonicalContent::fromIssue(date).sha256() != hash);
}

TEST_CASE("signoff content: the snapshot reads back to the same content") {
    Issue issue = test::fullFixtureIssue(674);
    issue.sections[0].articles[0].paragraphs[0].text =
        RichText(QStringLiteral("含\t制表符和\\反斜杠\n换行"));
    const CanonicalContent content = CanonicalContent::fromIssue(issue);
    Result<CanonicalContent> back = CanonicalContent::parse(content.text());
    REQUIRE(back);
    CHECK(*back == content);
    CHECK(back->sha256() == content.sha256());
    CHECK_FALSE(CanonicalContent::parse(QStringLiteral("something else\n")));
}

TEST_CASE("signoff content: the diff names the changed paragraph with both texts") {
    const Issue before = test::fullFixtureIssue(674);
    Issue after = before;
    after.sections[1].articles[0].paragraphs[0].text = RichText(QStringLiteral("改过的文字。"));
    after.sections[0].articles[0].paragraphs.removeLast();
    const QList<ContentDifference> diff =
        diffContent(CanonicalContent::fromIssue(before), CanonicalContent::fromIssue(after));
    REQUIRE(diff.size() == 2);
    CHECK(diff.at(0).kind == ContentDifference::Kind::Changed);
    CHECK(describeDifference(diff.at(0)) ==
          QStringLiteral(
              "section 2 (检查督导), article 1, paragraph 1: signed "
              "“查看了老街沿线的**门前三包**落实情况，要求限期整改。”, now “改过的文字。”"));
    CHECK(diff.at(1).kind == ContentDifference::Kind::Removed);
    CHECK(diff.at(1).place == QStringLiteral("section 1 (指挥调度), article 1, paragraph 2"));
    CHECK(describePlace(QStringLiteral("s3.c1.i2.units"), CanonicalContent::fromIssue(before)) ==
          QStringLiteral("section 3 (简讯), category 1, item 2, units"));
}
