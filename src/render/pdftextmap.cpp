#include "pdftextmap.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace kuaibao {

namespace {

// Finds, for a code point the PDF claims, the drawn character that shares its glyph.
class GlyphTwins {
public:
    GlyphTwins(const QString &drawnText, const QList<QRawFont> &fonts) : m_fonts(fonts) {
        for (uint code : drawnText.toUcs4()) {
            if (code < 0x10000 && code > 0x20) {
                m_drawn.insert(code);
            }
        }
        for (uint code : std::as_const(m_drawn)) {
            m_drawnString += QChar(char16_t(code));
        }
    }

    bool wasDrawn(uint code) const { return m_drawn.contains(code); }

    // The drawn character with the same glyph as `code` in some font, or 0.
    uint twinOf(uint code) {
        for (qsizetype f = 0; f < m_fonts.size(); ++f) {
            const QRawFont &font = m_fonts.at(f);
            if (!font.isValid() || !font.supportsCharacter(code)) {
                continue;
            }
            const QList<quint32> glyph = font.glyphIndexesForString(QString(QChar(char16_t(code))));
            if (glyph.size() != 1 || glyph.first() == 0) {
                continue;
            }
            const QList<quint32> &drawnGlyphs = glyphsOfDrawn(f);
            for (qsizetype i = 0; i < drawnGlyphs.size() && i < m_drawnString.size(); ++i) {
                if (drawnGlyphs.at(i) == glyph.first()) {
                    return m_drawnString.at(i).unicode();
                }
            }
        }
        return 0;
    }

private:
    const QList<quint32> &glyphsOfDrawn(qsizetype font) {
        auto it = m_glyphs.find(font);
        if (it == m_glyphs.end()) {
            it = m_glyphs.insert(font, m_fonts.at(font).glyphIndexesForString(m_drawnString));
        }
        return it.value();
    }

    QList<QRawFont> m_fonts;
    QSet<uint> m_drawn;
    QString m_drawnString;
    QHash<qsizetype, QList<quint32>> m_glyphs;
};

bool isHexDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
}

// Rewrites the destination code points of one ToUnicode CMap found in [begin, end).
int repairCMap(QByteArray &pdf, qsizetype begin, qsizetype end, GlyphTwins &twins) {
    int repaired = 0;
    // A destination is a 4-digit <XXXX> token that is either inside [ ] of a bfrange, or the
    // last token of a bfchar pair or a bfrange triple. Walk the tokens and count positions.
    enum Section { None, Char, Range } section = None;
    int tokenInEntry = 0;
    bool inArray = false;
    QByteArray rangeLow; // a bfrange <low> <high> <dst> may only be fixed when it maps one glyph
    QByteArray rangeHigh;
    for (qsizetype i = begin; i < end; ++i) {
        if (pdf.at(i) == 'b' && pdf.mid(i, 11) == "beginbfchar") {
            section = Char;
            tokenInEntry = 0;
            i += 10;
            continue;
        }
        if (pdf.at(i) == 'b' && pdf.mid(i, 12) == "beginbfrange") {
            section = Range;
            tokenInEntry = 0;
            i += 11;
            continue;
        }
        if (pdf.at(i) == 'e' && (pdf.mid(i, 9) == "endbfchar" || pdf.mid(i, 10) == "endbfrange")) {
            section = None;
            continue;
        }
        if (section == None) {
            continue;
        }
        if (pdf.at(i) == '[') {
            inArray = true;
            continue;
        }
        if (pdf.at(i) == ']') {
            inArray = false;
            tokenInEntry = 0;
            continue;
        }
        if (pdf.at(i) != '<') {
            continue;
        }
        qsizetype close = pdf.indexOf('>', i);
        if (close < 0 || close >= end) {
            break;
        }
        const QByteArray hex = pdf.mid(i + 1, close - i - 1);
        const bool destination = inArray || (section == Char && tokenInEntry == 1) ||
                                 (section == Range && tokenInEntry == 2);
        if (section == Range && tokenInEntry == 0) {
            rangeLow = hex;
        } else if (section == Range && tokenInEntry == 1) {
            rangeHigh = hex;
        }
        if (!inArray) {
            tokenInEntry = destination ? 0 : tokenInEntry + 1;
        }
        const bool oneGlyph = inArray || section == Char || rangeLow == rangeHigh;
        if (destination && oneGlyph && hex.size() == 4 &&
            std::all_of(hex.cbegin(), hex.cend(), isHexDigit)) {
            const uint code = hex.toUInt(nullptr, 16);
            if (!twins.wasDrawn(code)) {
                const uint twin = twins.twinOf(code);
                if (twin != 0) {
                    pdf.replace(i + 1, 4,
                                QByteArray::number(twin, 16).toUpper().rightJustified(4, '0'));
                    ++repaired;
                }
            }
        }
        i = close;
    }
    return repaired;
}

} // namespace

int repairToUnicodeMaps(QByteArray &pdf, const QString &drawnText, const QList<QRawFont> &fonts) {
    GlyphTwins twins(drawnText, fonts);
    int repaired = 0;
    qsizetype from = 0;
    while (true) {
        const qsizetype begin = pdf.indexOf("begincmap", from);
        if (begin < 0) {
            break;
        }
        const qsizetype end = pdf.indexOf("endcmap", begin);
        if (end < 0) {
            break;
        }
        repaired += repairCMap(pdf, begin, end, twins);
        from = end;
    }
    return repaired;
}

} // namespace kuaibao
