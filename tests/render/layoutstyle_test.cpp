// The template's "layout" object: the built-in template's numbers, and a clear error naming any
// bad key.
#include "rendersupport.h"

#include "core/templatelibrary.h"
#include "render/layoutstyle.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace kuaibao;

namespace {

Result<LayoutStyle> parse(const char *json) {
    return LayoutStyle::fromJson(QJsonDocument::fromJson(QByteArray(json)).object(),
                                 QStringLiteral("test"));
}

QString errorOf(const char *json) {
    const Result<LayoutStyle> style = parse(json);
    return style ? QString() : style.error().message;
}

} // namespace

TEST_CASE("the built-in template sets the GB/T 9704 page and grid") {
    const Result<BulletinTemplate> loaded = TemplateLibrary::load(QStringLiteral("mentougou"));
    REQUIRE(loaded);
    REQUIRE(loaded->json().contains(QStringLiteral("layout")));
    const Result<LayoutStyle> style = LayoutStyle::fromTemplate(*loaded);
    REQUIRE(style);
    CHECK(style->marginTopMm == 37);
    CHECK(style->marginLeftMm == 28);
    CHECK(style->marginRightMm == 26);
    CHECK(style->marginBottomMm == 35);
    CHECK(style->linesPerPage == 22);
    CHECK(style->charsPerLine == 28);
    CHECK(style->bodyPt == 16);
    CHECK(style->footerPt == 14);
    CHECK(style->linePitchPt() == Approx(28.99).epsilon(0.001));
    CHECK(style->charPitchPt() == Approx(15.79).epsilon(0.001));
    CHECK(style->fontChains.value(FontRole::Body).last() == QStringLiteral("AR PL UMing CN"));
}

TEST_CASE("a layout key nobody knows is an error naming it") {
    CHECK(errorOf(R"({"body": {"sise": 16}})").contains(QStringLiteral("\"layout.body.sise\"")));
    CHECK(errorOf(R"({"colour": "#FF0000"})").contains(QStringLiteral("\"layout.colour\"")));
}

TEST_CASE("a layout value of the wrong kind or out of range is an error naming its key") {
    CHECK(errorOf(R"({"grid": {"linesPerPage": "22"}})")
              .contains(QStringLiteral("\"layout.grid.linesPerPage\"")));
    CHECK(errorOf(R"({"grid": {"charsPerLine": 28.5}})")
              .contains(QStringLiteral("\"layout.grid.charsPerLine\"")));
    CHECK(errorOf(R"({"body": {"size": 0}})").contains(QStringLiteral("\"layout.body.size\"")));
    CHECK(errorOf(R"({"masthead": {"color": "red"}})")
              .contains(QStringLiteral("\"layout.masthead.color\"")));
    CHECK(errorOf(R"({"fonts": {"body": []}})").contains(QStringLiteral("\"layout.fonts.body\"")));
    CHECK(errorOf(R"({"footer": {"rows": ["staff", "middleRule"]}})")
              .contains(QStringLiteral("\"layout.footer.rows[1]\"")));
    CHECK(errorOf(R"({"body": {"attribution": "left"}})")
              .contains(QStringLiteral("\"layout.body.attribution\"")));
    CHECK(errorOf(R"({"page": {"marginLeft": 100, "marginRight": 100}})")
              .contains(QStringLiteral("layout.page")));
    CHECK(errorOf(R"({"heading": 3})").contains(QStringLiteral("\"layout.heading\"")));
}

TEST_CASE("a template whose layout is not an object is refused with the template's name") {
    const QByteArray json =
        R"({"id": "t", "version": 1, "masthead": {"nameLines": ["工作快报"], "office": "办公室"},
        "sections": [], "footer": {"staffRoles": [], "distribution": [], "contacts": []}, "units": [],
        "layout": [1, 2]})";
    const Result<BulletinTemplate> parsed =
        BulletinTemplate::fromJson(json, QStringLiteral("t.json"));
    REQUIRE(parsed);
    const Result<LayoutStyle> style = LayoutStyle::fromTemplate(*parsed);
    REQUIRE_FALSE(style);
    CHECK(style.error().kind == ErrorKind::BadInput);
    CHECK(style.error().message.contains(QStringLiteral("\"layout\"")));
}

TEST_CASE("keys left out keep the spec's defaults") {
    const Result<LayoutStyle> style = parse(R"({"grid": {"linesPerPage": 20}})");
    REQUIRE(style);
    CHECK(style->linesPerPage == 20);
    CHECK(style->charsPerLine == 28);
    CHECK(style->pageNumberGapMm == 7);
    CHECK(style->footerRows.size() == 7);
}
