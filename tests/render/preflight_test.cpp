// Before output: each role's font, and characters no font of the chain has are an error for the
// PDF and the printer unless the user confirms.
#include "poppler.h"
#include "rendersupport.h"
#include "support/fixtures.h"

#include "render/issuelayout.h"
#include "render/pdfexport.h"

#include <QDir>
#include <QFile>

#include <catch2/catch.hpp>

using namespace kuaibao;
using namespace kuaibao::test;

TEST_CASE("preflight names the font each role prints with") {
    const IssueLayout layout = IssueLayout::build(fullFixtureIssue(), mentougouStyle());
    const PreflightReport &report = layout.preflight();
    REQUIRE(report.fonts.size() == allFontRoles().size());
    for (const RoleFontChoice &choice : report.fonts) {
        INFO(fontRoleKey(choice.role).toStdString());
        CHECK_FALSE(choice.family.isEmpty());
        CHECK(choice.chain.contains(choice.family));
    }
    CHECK_FALSE(report.hasMissingGlyphs());
    CHECK(report.fontLines().first().startsWith(QStringLiteral("masthead: ")));
}

TEST_CASE("a character no font of its chain has is an error naming it, unless confirmed") {
    LayoutStyle style = mentougouStyle();
    style.fontChains[FontRole::Body] = {QStringLiteral("DejaVu Sans")}; // Latin only: no 门
    Issue issue = fullFixtureIssue();
    const IssueLayout layout = IssueLayout::build(issue, style);
    REQUIRE(layout.preflight().hasMissingGlyphs());
    CHECK(layout.preflight().missingCharacters().contains(QStringLiteral("县")));

    const QString path = QDir(renderOutputFolder()).filePath(QStringLiteral("missing-glyphs.pdf"));
    QFile::remove(path);
    const Status refused = writePdf(layout, path, PdfOptions{});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == ErrorKind::BadInput);
    CHECK(refused.error().message.contains(QStringLiteral("U+53BF (body)")));
    CHECK_FALSE(QFile::exists(path));

    PdfOptions confirmed;
    confirmed.allowMissingGlyphs = true;
    REQUIRE(writePdf(layout, path, confirmed));
    CHECK(Poppler::pageCount(path) >= 1);
}

TEST_CASE("a role with no installed font reports none chosen") {
    LayoutStyle style = mentougouStyle();
    style.fontChains[FontRole::Kai] = {QStringLiteral("No Such Font Family 12345")};
    const IssueLayout layout = IssueLayout::build(fullFixtureIssue(), style);
    for (const RoleFontChoice &choice : layout.preflight().fonts) {
        if (choice.role == FontRole::Kai) {
            CHECK(choice.family.isEmpty());
        }
    }
}

TEST_CASE("preflight says which face stands in for a missing preferred face, one line per pair") {
    PreflightReport report;
    const QStringList title{QStringLiteral("方正小标宋简体"), QStringLiteral("Noto Serif CJK SC")};
    const QStringList body{QStringLiteral("仿宋_GB2312"), QStringLiteral("AR PL UMing CN")};
    report.fonts = {RoleFontChoice{FontRole::Masthead, QStringLiteral("Noto Serif CJK SC"), title},
                    RoleFontChoice{FontRole::Title, QStringLiteral("Noto Serif CJK SC"), title},
                    RoleFontChoice{FontRole::Body, QStringLiteral("AR PL UMing CN"), body},
                    RoleFontChoice{FontRole::Kai,
                                   QStringLiteral("楷体_GB2312"),
                                   {QStringLiteral("楷体_GB2312")}},
                    RoleFontChoice{FontRole::Heading, QString(), {QStringLiteral("黑体")}}};
    const QStringList lines = report.standInLines();
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(0).contains(QStringLiteral("方正小标宋简体")));
    CHECK(lines.at(0).contains(QStringLiteral("Noto Serif CJK SC")));
    CHECK(lines.at(0).contains(QStringLiteral("masthead, title")));
    CHECK(lines.at(1).contains(QStringLiteral("仿宋_GB2312")));
    CHECK(lines.at(1).contains(QStringLiteral("AR PL UMing CN")));
    CHECK(lines.at(1).contains(QStringLiteral("body")));
}
