#include <catch2/catch.hpp>

#include "io/issuejson.h"
#include "support/fixtures.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace kuaibao;

TEST_CASE("an issue goes to JSON and back unchanged", "[json]") {
    Issue issue = test::fullFixtureIssue();
    issue.status = IssueStatus::AwaitingSignature;
    issue.masthead.series = Series::Supplement;
    const QByteArray text = QJsonDocument(issueToJson(issue)).toJson();
    Result<Issue> back = issueFromJson(QJsonDocument::fromJson(text).object());
    REQUIRE(back.ok());
    CHECK(back->sameContent(issue));
}

TEST_CASE("JSON runs carry bold only where it is", "[json]") {
    const QJsonObject json = issueToJson(test::fullFixtureIssue());
    const QJsonArray runs = json[QStringLiteral("sections")][0][QStringLiteral("articles")][0]
                                [QStringLiteral("paragraphs")][1]
                                    .toArray();
    REQUIRE(runs.size() == 3);
    CHECK_FALSE(runs[0].toObject().contains(QStringLiteral("bold")));
    CHECK(runs[1][QStringLiteral("bold")].toBool());
}

TEST_CASE("a wrong JSON document is an error naming the field", "[json]") {
    QJsonObject json = issueToJson(test::fullFixtureIssue());
    SECTION("schema") {
        json[QStringLiteral("schema")] = QStringLiteral("something/9");
        CHECK(issueFromJson(json).error().message.contains(QStringLiteral("schema")));
    }
    SECTION("date") {
        json[QStringLiteral("date")] = QStringLiteral("2022-13-01");
        CHECK(issueFromJson(json).error().message.contains(QStringLiteral("date")));
    }
    SECTION("a section kind") {
        QJsonArray sections = json[QStringLiteral("sections")].toArray();
        QJsonObject s = sections[1].toObject();
        s[QStringLiteral("kind")] = QStringLiteral("poems");
        sections[1] = s;
        json[QStringLiteral("sections")] = sections;
        CHECK(issueFromJson(json).error().message.contains(QStringLiteral("sections[1].kind")));
    }
    SECTION("a missing footer") {
        json.remove(QStringLiteral("footer"));
        CHECK(issueFromJson(json).error().message.contains(QStringLiteral("footer")));
    }
}
