// The trap measured on this machine: Qt maps Noto CJK glyphs back to Kangxi radicals (门 → ⻔).
// The repaired map gives back the characters that were drawn.
#include "poppler.h"
#include "rendersupport.h"
#include "support/testsupport.h"

#include "render/pdftextmap.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFont>
#include <QFontDatabase>
#include <QPainter>
#include <QPdfWriter>

#include <catch2/catch.hpp>

using namespace kuaibao;
using namespace kuaibao::test;

namespace {

const QString kText = QStringLiteral("门头沟区文明城市工作快报 月日小");

bool hasRadicals(const QString &text) {
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF; });
}

QByteArray notoPdf(QRawFont *usedFont) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    QPainter painter(&writer);
    QFont font(QStringLiteral("Noto Serif CJK SC"));
    font.setPixelSize(200);
    font.setBold(true);
    painter.setFont(font);
    painter.drawText(QPointF(100, 400), kText);
    painter.end();
    *usedFont = QRawFont::fromFont(font);
    return bytes;
}

QString textOf(const QByteArray &pdf, const QString &name) {
    const QString path = QDir(renderOutputFolder()).filePath(name);
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(pdf);
    file.close();
    return Poppler::text(path);
}

} // namespace

TEST_CASE("the repaired text map of a Noto CJK PDF gives back the ideographs, not radicals") {
    if (!QFontDatabase::families().contains(QStringLiteral("Noto Serif CJK SC"))) {
        KUAIBAO_SKIP(QStringLiteral("the font Noto Serif CJK SC is not installed"));
    }
    QRawFont font;
    QByteArray pdf = notoPdf(&font);
    const QString before = textOf(pdf, QStringLiteral("textmap-before.pdf"));
    CHECK(hasRadicals(before)); // the trap is real on this machine

    const qsizetype size = pdf.size();
    const int repaired = repairToUnicodeMaps(pdf, kText, {font});
    CHECK(repaired >= 5);
    CHECK(pdf.size() == size); // rewritten in place: cross-reference offsets stay valid
    const QString after = textOf(pdf, QStringLiteral("textmap-after.pdf"));
    CHECK_FALSE(hasRadicals(after));
    CHECK(squeezed(after) == squeezed(kText));
}

TEST_CASE("a radical the text really has is kept") {
    if (!QFontDatabase::families().contains(QStringLiteral("Noto Serif CJK SC"))) {
        KUAIBAO_SKIP(QStringLiteral("the font Noto Serif CJK SC is not installed"));
    }
    QRawFont font;
    QByteArray pdf = notoPdf(&font);
    // Pretend the source itself had ⻔ (U+2ED4) and no 门: the map must not be changed for it.
    QString drawn = kText;
    drawn.replace(QStringLiteral("门"), QStringLiteral("⻔"));
    repairToUnicodeMaps(pdf, drawn, {font});
    CHECK(textOf(pdf, QStringLiteral("textmap-kept.pdf")).contains(QStringLiteral("⻔")));
}
