#include <catch2/catch.hpp>

#include "core/chineseformat.h"
#include "core/issuevalidator.h"
#include "core/nextissue.h"
#include "support/fixtures.h"

using namespace kuaibao;

TEST_CASE("the next issue carries the fixed parts over and empties the content", "[issue]") {
    Issue previous = test::fullFixtureIssue(12, QDate(2024, 3, 8));
    previous.status = IssueStatus::Published;
    const Issue next = makeNextIssue(previous, 13, QDate(2024, 3, 12));
    CHECK(next.masthead.number == 13);
    CHECK(next.masthead.cumulativeNumber == 113);
    CHECK(next.masthead.date == QDate(2024, 3, 12));
    CHECK(next.masthead.nameLines == previous.masthead.nameLines);
    CHECK(next.masthead.office == previous.masthead.office);
    CHECK(next.footer.distribution == previous.footer.distribution);
    CHECK(next.footer.contacts == previous.footer.contacts);
    CHECK(next.footer.printRun == previous.footer.printRun);
    // The roles stay; nobody is named before signing this issue.
    REQUIRE(next.footer.staff.size() == previous.footer.staff.size());
    REQUIRE_FALSE(previous.footer.staff.isEmpty());
    for (qsizetype i = 0; i < next.footer.staff.size(); ++i) {
        CHECK(next.footer.staff.at(i).role == previous.footer.staff.at(i).role);
        CHECK(!previous.footer.staff.at(i).name.isEmpty());
        CHECK(next.footer.staff.at(i).name.isEmpty());
    }
    CHECK(next.status == IssueStatus::Draft);
    REQUIRE(next.sections.size() == previous.sections.size());
    for (int s = 0; s < next.sections.size(); ++s) {
        CHECK(next.sections.at(s).name == previous.sections.at(s).name);
        CHECK(next.sections.at(s).articles.isEmpty());
        REQUIRE(next.sections.at(s).categories.size() == previous.sections.at(s).categories.size());
        for (const BriefCategory &category : next.sections.at(s).categories) {
            CHECK(category.items.isEmpty());
            CHECK(category.alsoUnits.isEmpty());
        }
    }
    CHECK(next.templateId == previous.templateId);
    CHECK(next.storageId == 0);
}

TEST_CASE("a well-formed issue has no problems", "[issue]") {
    CHECK(issueProblems(test::fullFixtureIssue()).isEmpty());
}

TEST_CASE("each broken invariant is reported", "[issue]") {
    Issue issue = test::fullFixtureIssue();
    SECTION("number") {
        issue.masthead.number = 0;
        CHECK(checkIssue(issue).error().message.contains(QStringLiteral("issue number")));
    }
    SECTION("date") {
        issue.masthead.date = QDate();
        CHECK(checkIssue(issue).error().message.contains(QStringLiteral("date")));
    }
    SECTION("name") {
        issue.masthead.nameLines = {QStringLiteral("一"), QStringLiteral("二"),
                                    QStringLiteral("三")};
        CHECK(checkIssue(issue).error().message.contains(QStringLiteral("bulletin name")));
    }
    SECTION("item without unit") {
        issue.sections[2].categories[0].items[0].units.clear();
        CHECK(checkIssue(issue).error().message.contains(QStringLiteral("names no unit")));
    }
    SECTION("articles in a briefs section") {
        issue.sections[2].articles.append(Article{});
        CHECK_FALSE(checkIssue(issue).ok());
    }
    SECTION("categories in an articles section") {
        issue.sections[0].categories.append(BriefCategory{QStringLiteral("x"), {}, {}});
        CHECK_FALSE(checkIssue(issue).ok());
    }
    SECTION("print run") {
        issue.footer.printRun = 0;
        CHECK(checkIssue(issue).error().message.contains(QStringLiteral("print run")));
    }
    CHECK(checkIssue(issue).error().kind == ErrorKind::BadInput);
}

TEST_CASE("dates and numbers read and print the Chinese way", "[issue]") {
    CHECK(chineseDate(QDate(2022, 4, 13)) == QStringLiteral("2022年4月13日"));
    CHECK(issueNumberLabel(673, false) == QStringLiteral("第673期"));
    CHECK(issueNumberLabel(2, true) == QStringLiteral("增刊第2期"));
    CHECK(parseIsoDate(QStringLiteral("2022-04-13")) == QDate(2022, 4, 13));
    CHECK_FALSE(parseIsoDate(QStringLiteral("2022-02-30")).has_value());
    CHECK_FALSE(parseIsoDate(QStringLiteral("2022-4-13")).has_value());
    CHECK_FALSE(parseIsoDate(QStringLiteral("yesterday")).has_value());
}

TEST_CASE("credited and mentioned units are read in order", "[issue]") {
    const Issue issue = test::fullFixtureIssue();
    CHECK(creditedUnits(issue) ==
          QStringList({QStringLiteral("城关镇"), QStringLiteral("河口乡"), QStringLiteral("县妇联"),
                       QStringLiteral("桥头镇")}));
    CHECK(mentionedUnits(issue) ==
          QStringList({QStringLiteral("县教育局"), QStringLiteral("桥头镇")}));
}
