#pragma once

#include "layoutstyle.h"
#include "preflight.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QRawFont>
#include <QString>
#include <QStringList>

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
    QStringList installedChain(FontRole role) const { return m_installed.value(role); }
    QStringList chain(FontRole role) const { return m_chains.value(role); }

    // Whether some font of the role's chain has a glyph for `ch`.
    bool canDraw(FontRole role, char32_t ch);

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
    QList<int> chainFonts(const TextStyle &style);
    int addFont(const QRawFont &font);
    Glyph fallbackGlyph(const TextStyle &style, char32_t ch);

    QMap<FontRole, QStringList> m_chains;
    QMap<FontRole, QStringList> m_installed;
    QList<QRawFont> m_fonts;
    QHash<QString, QList<int>> m_chainCache; // role/size/bold -> font indexes
    QHash<QString, Glyph> m_fallbackCache;
    QList<MissingGlyph> m_missing;
};

} // namespace kuaibao
