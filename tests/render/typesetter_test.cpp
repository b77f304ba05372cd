// Line breaking on the grid: Chinese rules for line starts and ends, hanging punctuation,
// Latin words and numbers kept whole, justified full lines.
#include "rendersupport.h"

#include "render/typesetter.h"

#include <catch2/catch.hpp>

using namespace kuaibao;

namespace {

// A body paragraph set 28 cells wide, first line indented two cells.
QStringList setBody(const QString &text) {
    const LayoutStyle style = test::mentougouStyle();
    FontSet fonts(style);
    const Typesetter typesetter(fonts);
    const qreal cell = style.charPitchPt();
    const QList<SetLine> lines =
        typesetter.setParagraph({{text, TextStyle{FontRole::Body, 16, false, Qt::black}}},
                                style.typeWidthPt(), 2 * cell, 0, cell);
    QStringList out;
    for (const SetLine &line : lines) {
        out << line.text;
    }
    return out;
}

} // namespace

TEST_CASE("a full line holds 28 characters, the indented first line 26") {
    const QStringList lines = setBody(QString(60, QChar(u'国')));
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(0).size() == 26);
    CHECK(lines.at(1).size() == 28);
    CHECK(lines.at(2).size() == 6);
}

TEST_CASE(
    "a closing mark after a full line hangs in the margin instead of starting the next line") {
    const QStringList lines = setBody(QString(26, QChar(u'国')) + QStringLiteral("，后面的字"));
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(0).endsWith(QStringLiteral("国，")));
    CHECK(lines.at(1) == QStringLiteral("后面的字"));
}

TEST_CASE("two closing marks after a full line pull a character down with them") {
    const QStringList lines = setBody(QString(26, QChar(u'国')) + QStringLiteral("”。后面"));
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(0).size() == 25);
    CHECK(lines.at(1) == QStringLiteral("国”。后面"));
}

TEST_CASE("an opening mark never ends a line") {
    const QStringList lines = setBody(QString(25, QChar(u'国')) + QStringLiteral("“门前三包”"));
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(0).size() == 25);
    CHECK(lines.at(1).startsWith(QStringLiteral("“门")));
}

TEST_CASE("a number or a Latin word is never split across lines") {
    const QStringList lines = setBody(QString(25, QChar(u'国')) + QStringLiteral("202212345日"));
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(1).startsWith(QStringLiteral("202212345")));
}

TEST_CASE("a dash or an ellipsis stays in one piece") {
    const QStringList lines = setBody(QString(25, QChar(u'国')) + QStringLiteral("——后面"));
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(1).startsWith(QStringLiteral("——")));
}

TEST_CASE("half-width digits take half a cell") {
    // 24 ideographs and four digits fill the 26 cells of an indented first line exactly.
    const QStringList lines = setBody(QString(24, QChar(u'国')) + QStringLiteral("2022年"));
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(0) == QString(24, QChar(u'国')) + QStringLiteral("2022"));
}
