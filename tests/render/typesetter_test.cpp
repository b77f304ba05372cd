// Line breaking on the grid: Chinese rules for line starts and ends, punctuation squeezed in or
// a character taken down instead of hanging, Latin words and numbers kept whole, justified
// full lines.
#include "rendersupport.h"

#include "render/typesetter.h"

#include <catch2/catch.hpp>

using namespace kuaibao;

namespace {

// A body paragraph set 28 cells wide, first line indented two cells.
QList<SetLine> setBodyLines(const QString &text) {
    const LayoutStyle style = test::mentougouStyle();
    FontSet fonts(style);
    const Typesetter typesetter(fonts);
    const qreal cell = style.charPitchPt();
    return typesetter.setParagraph({{text, TextStyle{FontRole::Body, 16, false, Qt::black}}},
                                   style.typeWidthPt(), 2 * cell, 0, cell);
}

QStringList setBody(const QString &text) {
    QStringList out;
    for (const SetLine &line : setBodyLines(text)) {
        out << line.text;
    }
    return out;
}

// The right end of the ink of a line's last glyph (its cell for a blank glyph).
qreal inkRight(const SetLine &line) {
    const PlacedRun &run = line.runs.last();
    const quint32 glyph = run.glyphs.glyphIndexes().last();
    const QRectF box = run.glyphs.rawFont().boundingRect(glyph);
    return run.glyphs.positions().last().x() + box.right();
}

} // namespace

TEST_CASE("a full line holds 28 characters, the indented first line 26") {
    const QStringList lines = setBody(QString(60, QChar(u'国')));
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(0).size() == 26);
    CHECK(lines.at(1).size() == 28);
    CHECK(lines.at(2).size() == 6);
}

TEST_CASE("a closing mark after a full line with no other punctuation takes a character down") {
    // Hanging it past the right edge, as this once did, is what Word and WPS avoid.
    const QList<SetLine> set = setBodyLines(QString(26, QChar(u'国')) + QStringLiteral("，后面"));
    REQUIRE(set.size() == 2);
    CHECK(set.at(0).text == QString(25, QChar(u'国')));
    CHECK(set.at(1).text == QStringLiteral("国，后面"));
    CHECK(set.at(0).width <= test::mentougouStyle().typeWidthPt() + 0.01);
}

TEST_CASE("a closing mark after a full line is squeezed in with the line's punctuation, inside "
          "the right edge") {
    // 26 cells filled, then a 、 that would start the next line.
    const QString text =
        QStringLiteral("区委宣传部、区创城办、区城管委、区住建委、区国资委办、区商务局、区文旅局");
    const QList<SetLine> set = setBodyLines(text);
    const qreal width = test::mentougouStyle().typeWidthPt();
    REQUIRE(set.size() == 2);
    CHECK(set.at(0).text.endsWith(QStringLiteral("区国资委办、")));
    CHECK(set.at(0).width <= width + 0.01);
    CHECK(inkRight(set.at(0)) <= width + 0.5);
    // A line that needs no squeezing keeps every character on the grid.
    const QList<SetLine> plain = setBodyLines(QString(60, QChar(u'国')));
    CHECK(plain.at(1).width == Approx(width));
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
