#pragma once

#include "layoutstyle.h"
#include "preflight.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QRawFont>
#include <QString>
#include <QStringList>

#include <utility>

namespace kuaibao {

// What loading the office's own fonts found.
struct FontLoadReport {
    QString folder;
    QStringList loadedFamilies;
    QStringList failedFiles; // files Qt could not read as a font
};

// Loads every font file in <app data>/fonts (QStandardPaths::AppDataLocation) into the
// application's font database, once per process; later calls return the first report. Needs a
// QGuiApplication. Both mains call it at start.
FontLoadReport loadApplicationFonts();

// How a piece of text is set: which role's fonts, how large, whether bold, in what colour.
struct TextStyle {
    FontRole role = FontRole::Body;
    qreal sizePt = 16;
    bool bold = false;
    QColor color = Qt::black;
};

// The fonts of one layout: for each role the installed families of its chain, in order, and
// the raw fonts made from them at the sizes the layout asks for. The first family that has a
// glyph for a character draws it.
class FontSet {
public:
    explicit FontSet(const LayoutStyle &style);

    // The first installed family of the role's chain; empty when none of them is installed.
    QString chosenFamily(FontRole role) const;
    QStringList chain(FontRole role) const { return m_chains.value(role); }

    // The index (into font()) of the raw font that draws `ch` in `style`, and its glyph. A
    // character no chain font has is drawn by whatever font the system falls back to.
    struct Glyph {
        int font = 0;
        quint32 index = 0;
        qreal advance = 0;
    };
    Glyph glyphFor(const TextStyle &style, char32_t ch);
    const QRawFont &font(int index) const { return m_fonts.at(index); }
    // All raw fonts handed out, for the PDF's text-map repair.
    const QList<QRawFont> &fonts() const { return m_fonts; }
    // Every character glyphFor() was asked for that no font of its role's chain has.
    const QList<MissingGlyph> &missing() const { return m_missing; }

private:
    // The raw font of the `position`-th installed family of the style's chain, made on first
    // use (most text never needs more than the first); -1 when the family cannot be loaded.
    int chainFont(const TextStyle &style, qsizetype position);
    int addFont(const QRawFont &font);
    Glyph findGlyph(const TextStyle &style, char32_t ch);
    Glyph fallbackGlyph(const TextStyle &style, char32_t ch);

    QMap<FontRole, QStringList> m_chains;
    QMap<FontRole, QStringList> m_installed;
    // The advance of `glyph` in points, read from the font's hmtx table (no glyph loading).
    qreal advanceOf(int font, quint32 glyph);

    QList<QRawFont> m_fonts;
    QHash<int, QByteArray> m_hmtx;    // font index -> its horizontal metrics table
    QHash<int, int> m_longMetrics;    // font index -> hhea.numberOfHMetrics
    QHash<quint64, int> m_chainCache; // style key and chain position -> font index
    QHash<std::pair<quint64, char32_t>, Glyph> m_glyphCache;
    QList<MissingGlyph> m_missing;
};

} // namespace kuaibao
