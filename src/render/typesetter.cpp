#include "typesetter.h"

namespace kuaibao {

namespace {

// Characters that must not start a line (closing punctuation and marks that follow a word).
bool isNoLineStart(char32_t c) {
    static const std::u32string chars = U"，。、；：？！）」》”’』〕】〉〗｝］％‰,.;:?!)]}%·・°℃";
    return chars.find(c) != std::u32string::npos;
}

// Characters that must not end a line (opening punctuation).
bool isNoLineEnd(char32_t c) {
    static const std::u32string chars = U"（「《“‘『〔【〈〖｛［([{";
    return chars.find(c) != std::u32string::npos;
}

// Closing punctuation that may stay at the end of a full line when the line's punctuation is
// squeezed to make room for it.
bool isSqueezedIn(char32_t c) {
    static const std::u32string chars = U"，。、；：？！”’）》」』";
    return chars.find(c) != std::u32string::npos;
}

// Full-width punctuation whose ink fills half its cell: the empty half may be squeezed out.
bool isClosingHalf(char32_t c) {
    static const std::u32string chars = U"，。、；：”’）》」』〕】〉";
    return chars.find(c) != std::u32string::npos;
}
bool isOpeningHalf(char32_t c) {
    static const std::u32string chars = U"“‘（《「『〔【〈";
    return chars.find(c) != std::u32string::npos;
}

bool isSpace(char32_t c) {
    return c == U' ' || c == U'\t' || c == 0x3000 || c == 0x00A0;
}

} // namespace

void SetLine::append(const SetLine &other, qreal dx) {
    for (PlacedRun run : other.runs) {
        QList<QPointF> positions = run.glyphs.positions();
        for (QPointF &p : positions) {
            p.rx() += dx;
        }
        run.glyphs.setPositions(positions);
        runs << run;
    }
    width = qMax(width, dx + other.width);
    text += other.text;
}

bool Typesetter::canBreakBetween(char32_t before, char32_t after, bool beforeNarrow,
                                 bool afterNarrow) {
    if (isNoLineStart(after) || isNoLineEnd(before)) {
        return false;
    }
    if (beforeNarrow && afterNarrow && !isSpace(before) && !isSpace(after)) {
        return false; // inside a Latin word or a number
    }
    if (before == after && (before == U'—' || before == U'…')) {
        return false;
    }
    return true;
}

QList<Typesetter::Atom> Typesetter::shape(const StyledText &text, qreal cell) const {
    QList<Atom> atoms;
    for (const StyledSpan &span : text) {
        const QList<uint> codes = span.text.toUcs4();
        for (uint code : codes) {
            const char32_t ch = char32_t(code);
            if (ch == U'\n' || ch == U'\r') {
                continue;
            }
            Atom atom;
            atom.ch = ch;
            atom.glyph = m_fonts.glyphFor(span.style, ch);
            atom.color = span.style.color;
            atom.space = isSpace(ch);
            const qreal advance = atom.glyph.advance;
            atom.narrow = advance < 0.7 * span.style.sizePt && ch != 0x3000;
            // On the grid a full-width character takes one cell and a narrow one its share of
            // a cell (half for a digit), as a character grid in Word or WPS sets them.
            if (cell > 0) {
                atom.width = atom.narrow ? advance * cell / span.style.sizePt : cell;
            } else {
                atom.width = advance;
            }
            atoms << atom;
        }
    }
    return atoms;
}

qreal Typesetter::squeezable(const Atom &atom) {
    if (atom.narrow || !(isClosingHalf(atom.ch) || isOpeningHalf(atom.ch))) {
        return 0;
    }
    return atom.width / 2;
}

qreal Typesetter::squeezable(const QList<Atom> &atoms, qsizetype begin, qsizetype end) {
    qreal total = 0;
    for (qsizetype i = begin; i < end; ++i) {
        total += squeezable(atoms.at(i));
    }
    return total;
}

bool Typesetter::canBreakBefore(const QList<Atom> &atoms, qsizetype i) const {
    const Atom &a = atoms.at(i - 1);
    const Atom &b = atoms.at(i);
    return canBreakBetween(a.ch, b.ch, a.narrow, b.narrow);
}

SetLine Typesetter::place(const QList<Atom> &atoms, qsizetype begin, qsizetype end, qreal indent,
                          qreal available, bool justify, qreal letterSpacing) const {
    qsizetype last = end - 1;
    while (last > begin && atoms.at(last).space) {
        --last;
    }
    qreal natural = 0;
    for (qsizetype i = begin; i <= last; ++i) {
        natural += atoms.at(i).width;
    }
    natural += letterSpacing * qreal(last - begin);
    qreal gap = letterSpacing;
    if (justify && last > begin && natural < available) {
        gap += (available - natural) / qreal(last - begin);
    }
    // A line wider than its measure takes the excess out of the empty halves of its
    // punctuation, shared in proportion, as Word and WPS compress punctuation. The last mark
    // keeps its cell, so its ink stays inside the right edge.
    QList<qreal> squeeze(last - begin + 1, 0);
    const qreal excess = available > 0 ? natural - available : 0;
    const qreal room = squeezable(atoms, begin, last);
    if (excess > 0.001 && room > 0) {
        const qreal share = qMin<qreal>(1, excess / room);
        for (qsizetype i = begin; i < last; ++i) {
            squeeze[i - begin] = share * squeezable(atoms.at(i));
        }
    }
    SetLine line;
    qreal x = indent;
    PlacedRun current;
    QList<quint32> glyphs;
    QList<QPointF> positions;
    int currentFont = -1;
    auto flush = [&] {
        if (!glyphs.isEmpty()) {
            current.glyphs.setRawFont(m_fonts.font(currentFont));
            current.glyphs.setGlyphIndexes(glyphs);
            current.glyphs.setPositions(positions);
            line.runs << current;
        }
        glyphs.clear();
        positions.clear();
        current = PlacedRun();
    };
    for (qsizetype i = begin; i <= last; ++i) {
        const Atom &atom = atoms.at(i);
        line.text += QString::fromUcs4(&atom.ch, 1);
        if (!atom.space) {
            if (atom.glyph.font != currentFont || atom.color != current.color) {
                flush();
                currentFont = atom.glyph.font;
                current.color = atom.color;
            }
            // A full-width glyph is centred in its cell; a narrow one starts at its left edge.
            // A squeezed opening mark loses the left half of its cell, a closing one the right.
            qreal offset = atom.narrow ? 0 : (atom.width - atom.glyph.advance) / 2;
            if (isOpeningHalf(atom.ch)) {
                offset -= squeeze.at(i - begin);
            }
            glyphs << atom.glyph.index;
            positions << QPointF(x + offset, 0);
        }
        x += atom.width - squeeze.at(i - begin) + (i < last ? gap : 0);
    }
    flush();
    line.width = x;
    return line;
}

QList<SetLine> Typesetter::setParagraph(const StyledText &text, qreal width, qreal firstIndent,
                                        qreal restIndent, qreal cell) const {
    const QList<Atom> atoms = shape(text, cell);
    QList<SetLine> lines;
    qsizetype start = 0;
    bool first = true;
    const qsizetype n = atoms.size();
    while (start < n) {
        if (!first) {
            while (start < n && atoms.at(start).space) {
                ++start;
            }
            if (start == n) {
                break;
            }
        }
        const qreal indent = first ? firstIndent : restIndent;
        const qreal available = width - indent;
        qreal used = 0;
        qsizetype end = start;
        while (end < n && used + atoms.at(end).width <= available + 0.01) {
            used += atoms.at(end).width;
            ++end;
        }
        if (end == n) {
            lines << place(atoms, start, n, indent, available, false);
            break;
        }
        // A comma or full stop that would start the next line stays at the end of this one when
        // squeezing the line's punctuation makes room for it; otherwise the character before
        // it goes down with it (below). Nothing hangs past the right edge.
        const qreal overflow = used + atoms.at(end).width - available;
        if (end > start && isSqueezedIn(atoms.at(end).ch) &&
            (end + 1 == n || !isNoLineStart(atoms.at(end + 1).ch)) &&
            squeezable(atoms, start, end) + 0.01 >= overflow) {
            ++end;
            if (end == n) {
                lines << place(atoms, start, n, indent, available, false);
                break;
            }
            lines << place(atoms, start, end, indent, available, true);
            start = end;
            first = false;
            continue;
        }
        if (end == start) {
            end = start + 1; // one character wider than the line: it goes alone
        }
        qsizetype breakAt = end;
        while (breakAt > start && !canBreakBefore(atoms, breakAt)) {
            --breakAt;
        }
        if (breakAt == start) {
            breakAt = end; // nowhere legal to break: break where the line is full
        }
        lines << place(atoms, start, breakAt, indent, available, true);
        start = breakAt;
        first = false;
    }
    return lines;
}

SetLine Typesetter::setLine(const StyledText &text, qreal cell, qreal letterSpacing) const {
    const QList<Atom> atoms = shape(text, cell);
    if (atoms.isEmpty()) {
        return {};
    }
    return place(atoms, 0, atoms.size(), 0, 0, false, letterSpacing);
}

} // namespace kuaibao
