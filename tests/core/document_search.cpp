// Find and replace across the whole issue, keeping bold.
#include "core/document/issuedocument.h"
#include "core/document/issuesearch.h"
#include "support/fixtures.h"

#include <catch2/catch.hpp>

using namespace kuaibao;

TEST_CASE("find reaches titles and paragraphs and items and units and the footer",
          "[document][search]") {
    const Issue issue = test::fullFixtureIssue();
    const QList<TextMatch> town = IssueSearch::findAll(issue, QStringLiteral("桥头镇"));
    // An also-took-part unit and the unit of an item.
    REQUIRE(town.size() == 2);
    CHECK(town.at(0).key.field == FieldKey::AlsoUnits);
    CHECK(town.at(1).key.field == FieldKey::ItemUnits);
    const QList<TextMatch> duty = IssueSearch::findAll(issue, QStringLiteral("压实责任"));
    REQUIRE(duty.size() == 1);
    CHECK(duty.first().key == FieldKey{FieldKey::ArticleBody, 0, 0});
    CHECK(duty.first().paragraph == 1);
    CHECK(duty.first().offset == 7);
    CHECK(IssueSearch::findAll(issue, QStringLiteral("县档案馆")).size() == 1);
    CHECK(IssueSearch::findAll(issue, QString()).isEmpty());
}

TEST_CASE("replace all keeps the weight of what it replaces in one undo step",
          "[document][search]") {
    const Issue original = test::fullFixtureIssue();
    IssueDocument document(original);
    int count = 0;
    const Issue replaced = IssueSearch::replaceAll(document.issue(), QStringLiteral("压实"),
                                                   QStringLiteral("落实"), &count);
    CHECK(count == 1);
    document.setContent(replaced, QStringLiteral("replace all"));
    CHECK(document.issue().sections[0].articles[0].paragraphs[1].text.toMarkup() ==
          QStringLiteral("会议要求：**一要落实责任。**要把任务分解到村。"));
    CHECK(document.undoStack()->count() == 1);
    document.undoStack()->undo();
    CHECK(document.issue().sameContent(original));
}

TEST_CASE("replacing one occurrence leaves the others", "[document][search]") {
    const Issue issue = test::fullFixtureIssue();
    const QList<TextMatch> found = IssueSearch::findAll(issue, QStringLiteral("桥头镇"));
    REQUIRE(found.size() == 2);
    const std::optional<Issue> once =
        IssueSearch::replaceOne(issue, found.at(1), QStringLiteral("桥南镇"));
    REQUIRE(once);
    CHECK(IssueSearch::findAll(*once, QStringLiteral("桥头镇")).size() == 1);
    CHECK(once->sections[2].categories[1].items[0].units == QStringList{QStringLiteral("桥南镇")});
}
