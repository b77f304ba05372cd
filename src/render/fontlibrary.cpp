#include "fontlibrary.h"

#include <QDir>
#include <QFont>
#include <QFontDatabase>
#include <QGlyphRun>
#include <QStandardPaths>
#include <QTextLayout>

#include <algorithm>

namespace kuaibao {

namespace {

// Masthead and titles want a heavy face: a family's Bold style when it has one (Noto Serif CJK),
// its regular face otherwise (方正小标宋 is heavy as it is).
bool wantsHeavyFace(FontRole role) {
    return role == FontRole::Masthead || role == FontRole::Title;
}

QFont makeFont(const QString &family, FontRole role, qreal sizePt, bool bold) {
    QFont font(family);
    // Layout units are points: a raw font of pixel size 16 draws 16 pt type.
    font.setPixelSize(qMax(1, qRound(sizePt)));
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setStyleStrategy(QFont::NoFontMerging);
    if (wantsHeavyFace(role)) {
        const bool hasBold = QFontDatabase::styles(family).contains(QStringLiteral("Bold"));
        font.setBold(hasBold);
    } else {
        font.setBold(bold);
    }
    return font;
}

QRawFont rawFontAt(const QFont &font, qreal sizePt) {
    QRawFont raw = QRawFont::fromFont(font);
    // Resizing clones the face; do it only for fractional sizes (masthead fits), which never
    // need synthetic bold.
    if (raw.isValid() && !qFuzzyCompare(sizePt, qreal(qRound(sizePt)))) {
        raw.setPixelSize(sizePt);
    }
    return raw;
}

} // namespace

FontLoadReport loadApplicationFonts() {
    static const FontLoadReport report = [] {
        FontLoadReport r;
        const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        if (data.isEmpty()) {
            return r;
        }
        r.folder = QDir(data).filePath(QStringLiteral("fonts"));
        const QDir dir(r.folder);
        const QStringList files = dir.entryList({QStringLiteral("*.ttf"), QStringLiteral("*.otf"),
                                                 QStringLiteral("*.ttc"), QStringLiteral("*.TTF"),
                                                 QStringLiteral("*.OTF"), QStringLiteral("*.TTC")},
                                                QDir::Files, QDir::Name);
        for (const QString &file : files) {
            const int id = QFontDatabase::addApplicationFont(dir.filePath(file));
            if (id < 0) {
                r.failedFiles << dir.filePath(file);
                continue;
            }
            r.loadedFamilies << QFontDatabase::applicationFontFamilies(id);
        }
        r.loadedFamilies.removeDuplicates();
        return r;
    }();
    return report;
}

FontSet::FontSet(const LayoutStyle &style) : m_chains(style.fontChains) {
    const QStringList families = QFontDatabase::families();
    for (auto it = m_chains.cbegin(); it != m_chains.cend(); ++it) {
        QStringList installed;
        for (const QString &family : it.value()) {
            if (families.contains(family, Qt::CaseInsensitive)) {
                installed << family;
            }
        }
        m_installed.insert(it.key(), installed);
    }
}

QString FontSet::chosenFamily(FontRole role) const {
    const QStringList installed = m_installed.value(role);
    return installed.isEmpty() ? QString() : installed.first();
}

int FontSet::addFont(const QRawFont &font) {
    m_fonts.append(font);
    return int(m_fonts.size() - 1);
}

QList<int> FontSet::chainFonts(const TextStyle &style) {
    const QString key =
        QStringLiteral("%1/%2/%3").arg(int(style.role)).arg(style.sizePt).arg(style.bold ? 1 : 0);
    auto found = m_chainCache.constFind(key);
    if (found != m_chainCache.cend()) {
        return found.value();
    }
    QList<int> indexes;
    for (const QString &family : m_installed.value(style.role)) {
        const QRawFont raw =
            rawFontAt(makeFont(family, style.role, style.sizePt, style.bold), style.sizePt);
        if (raw.isValid()) {
            indexes << addFont(raw);
        }
    }
    m_chainCache.insert(key, indexes);
    return indexes;
}

bool FontSet::canDraw(FontRole role, char32_t ch) {
    for (int index : chainFonts(TextStyle{role, 16, false, Qt::black})) {
        if (m_fonts.at(index).supportsCharacter(uint(ch))) {
            return true;
        }
    }
    return false;
}

FontSet::Glyph FontSet::glyphFor(const TextStyle &style, char32_t ch) {
    for (int index : chainFonts(style)) {
        const QRawFont &raw = m_fonts.at(index);
        if (!raw.supportsCharacter(uint(ch))) {
            continue;
        }
        const QString text = QString::fromUcs4(&ch, 1);
        const QList<quint32> glyphs = raw.glyphIndexesForString(text);
        if (glyphs.size() != 1 || glyphs.first() == 0) {
            continue;
        }
        const QList<QPointF> advances = raw.advancesForGlyphIndexes(glyphs);
        return Glyph{index, glyphs.first(), advances.value(0).x()};
    }
    const bool recorded =
        std::any_of(m_missing.cbegin(), m_missing.cend(), [&](const MissingGlyph &m) {
            return m.role == style.role && m.character == ch;
        });
    if (!recorded) {
        m_missing.append(MissingGlyph{style.role, ch});
    }
    return fallbackGlyph(style, ch);
}

FontSet::Glyph FontSet::fallbackGlyph(const TextStyle &style, char32_t ch) {
    const QString key = QStringLiteral("%1/%2/%3/%4")
                            .arg(int(style.role))
                            .arg(style.sizePt)
                            .arg(style.bold ? 1 : 0)
                            .arg(uint(ch));
    auto found = m_fallbackCache.constFind(key);
    if (found != m_fallbackCache.cend()) {
        return found.value();
    }
    // Let Qt's own font merging find a face that has the character, as the system would.
    QFont font(chosenFamily(style.role));
    font.setPixelSize(qMax(1, qRound(style.sizePt)));
    font.setBold(style.bold);
    font.setHintingPreference(QFont::PreferNoHinting);
    QTextLayout layout(QString::fromUcs4(&ch, 1), font);
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    Glyph glyph;
    const QList<QGlyphRun> runs = layout.glyphRuns();
    if (!runs.isEmpty() && !runs.first().glyphIndexes().isEmpty()) {
        QRawFont raw = runs.first().rawFont();
        raw.setPixelSize(style.sizePt);
        const quint32 index = runs.first().glyphIndexes().first();
        glyph = Glyph{addFont(raw), index, raw.advancesForGlyphIndexes({index}).value(0).x()};
    } else {
        const QList<int> chain = chainFonts(style);
        const QRawFont raw =
            chain.isEmpty() ? rawFontAt(QFont(), style.sizePt) : m_fonts.at(chain.first());
        glyph = Glyph{chain.isEmpty() ? addFont(raw) : chain.first(), 0, style.sizePt};
    }
    m_fallbackCache.insert(key, glyph);
    return glyph;
}

} // namespace kuaibao
