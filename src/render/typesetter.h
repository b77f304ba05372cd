#pragma once

#include "fontlibrary.h"

#include <QGlyphRun>
#include <QList>
#include <QString>

namespace kuaibao {

// A piece of text in one style: what a paragraph is made of before it is set.
struct StyledSpan {
    QString text;
    TextStyle style;
};
using StyledText = QList<StyledSpan>;

// Glyphs of one font and colour, positioned relative to the origin of their line (the left
// end of its baseline).
struct PlacedRun {
    QGlyphRun glyphs;
    QColor color;
};

// One line of type, ready to be put on a baseline anywhere.
struct SetLine {
    QList<PlacedRun> runs;
    qreal width = 0; // from the origin to the end of the last glyph
    QString text;    // the characters it shows, in order

    // Adds `other`'s runs shifted right by `dx`.
    void append(const SetLine &other, qreal dx);
};

// Sets text into lines: picks each character's font from its role's chain, measures it,
// breaks lines by the Chinese rules (no line starts with ，。、；：？！）」》”’ and the like, none
// ends with （「《“‘, Latin words and numbers and ——/…… are never split; a closing mark that
// does not fit is squeezed in with the line's punctuation or takes a character down with it)
// and justifies them.
// Full-width characters take a grid cell of `cell` points when cell > 0.
class Typesetter {
public:
    explicit Typesetter(FontSet &fonts) : m_fonts(fonts) {}

    // Breaks `text` into lines `width` wide; the first line starts `firstIndent` in, the others
    // `restIndent`. Every line but the last is justified to the full width.
    QList<SetLine> setParagraph(const StyledText &text, qreal width, qreal firstIndent,
                                qreal restIndent, qreal cell) const;
    // Sets `text` on one line without breaking; `letterSpacing` is added between characters.
    SetLine setLine(const StyledText &text, qreal cell, qreal letterSpacing = 0) const;

    // Whether a line may break between these two characters.
    static bool canBreakBetween(char32_t before, char32_t after, bool beforeNarrow,
                                bool afterNarrow);

private:
    struct Atom {
        char32_t ch = 0;
        FontSet::Glyph glyph;
        QColor color;
        qreal width = 0;
        bool narrow = false; // Latin letters, digits: not a full-width cell
        bool space = false;
    };
    QList<Atom> shape(const StyledText &text, qreal cell) const;
    bool canBreakBefore(const QList<Atom> &atoms, qsizetype i) const;
    // How much of an atom's width, or of atoms [begin, end)'s, punctuation squeezing can give.
    static qreal squeezable(const Atom &atom);
    static qreal squeezable(const QList<Atom> &atoms, qsizetype begin, qsizetype end);
    SetLine place(const QList<Atom> &atoms, qsizetype begin, qsizetype end, qreal indent,
                  qreal available, bool justify, qreal letterSpacing = 0) const;

    FontSet &m_fonts;
};

} // namespace kuaibao
