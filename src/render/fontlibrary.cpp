#include "fontlibrary.h"

#include "core/files/inputfile.h"

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

// A number that tells text styles apart (colour aside), for the caches.
quint64 styleKey(const TextStyle &style) {
    return (quint64(style.role) << 40) | (quint64(qRound(style.sizePt * 100)) << 8) |
           (style.bold ? 1 : 0);
}

} // namespace

// The largest font file read (the biggest CJK collections are about 100 MB).
constexpr qint64 kMaxFontBytes = 256LL * 1024 * 1024;

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
            // Read through InputFile: a FIFO or device named like a font would hang every render.
            const Result<QByteArray> bytes = InputFile::read(dir.filePath(file), kMaxFontBytes);
            const int id = bytes ? QFontDatabase::addApplicationFontFromData(*bytes) : -1;
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

int FontSet::chainFont(const TextStyle &style, qsizetype position) {
    const quint64 key = (styleKey(style) << 8) | quint64(position);
    auto found = m_chainCache.constFind(key);
    if (found != m_chainCache.cend()) {
        return found.value();
    }
    const QString family = m_installed.value(style.role).at(position);
    const QRawFont raw =
        rawFontAt(makeFont(family, style.role, style.sizePt, style.bold), style.sizePt);
    const int index = raw.isValid() ? addFont(raw) : -1;
    m_chainCache.insert(key, index);
    return index;
}

qreal FontSet::advanceOf(int font, quint32 glyph) {
    const QRawFont &raw = m_fonts.at(font);
    if (!m_hmtx.contains(font)) {
        const QByteArray hhea = raw.fontTable("hhea");
        m_hmtx.insert(font, raw.fontTable("hmtx"));
        m_longMetrics.insert(
            font, hhea.size() >= 36 ? (quint8(hhea.at(34)) << 8) | quint8(hhea.at(35)) : 0);
    }
    const QByteArray &hmtx = m_hmtx.value(font);
    const int longMetrics = m_longMetrics.value(font);
    const qreal unitsPerEm = raw.unitsPerEm();
    if (longMetrics <= 0 || hmtx.size() < longMetrics * 4 || unitsPerEm <= 0) {
        return raw.advancesForGlyphIndexes({glyph}).value(0).x(); // no table: ask the engine
    }
    // Glyphs past the last long metric share its advance.
    const qsizetype at = qsizetype(qMin<quint32>(glyph, quint32(longMetrics - 1))) * 4;
    const int units = (quint8(hmtx.at(at)) << 8) | quint8(hmtx.at(at + 1));
    return units * raw.pixelSize() / unitsPerEm;
}

FontSet::Glyph FontSet::glyphFor(const TextStyle &style, char32_t ch) {
    const std::pair<quint64, char32_t> key(styleKey(style), ch);
    auto cached = m_glyphCache.constFind(key);
    if (cached != m_glyphCache.cend()) {
        return cached.value();
    }
    const Glyph glyph = findGlyph(style, ch);
    m_glyphCache.insert(key, glyph);
    return glyph;
}

FontSet::Glyph FontSet::findGlyph(const TextStyle &style, char32_t ch) {
    for (qsizetype i = 0; i < m_installed.value(style.role).size(); ++i) {
        const int index = chainFont(style, i);
        if (index < 0) {
            continue;
        }
        const QRawFont &raw = m_fonts.at(index);
        if (!raw.supportsCharacter(uint(ch))) {
            continue;
        }
        const QString text = QString::fromUcs4(&ch, 1);
        const QList<quint32> glyphs = raw.glyphIndexesForString(text);
        if (glyphs.size() != 1 || glyphs.first() == 0) {
            continue;
        }
        return Glyph{index, glyphs.first(), advanceOf(index, glyphs.first())};
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
        const int first = m_installed.value(style.role).isEmpty() ? -1 : chainFont(style, 0);
        glyph =
            Glyph{first >= 0 ? first : addFont(rawFontAt(QFont(), style.sizePt)), 0, style.sizePt};
    }
    return glyph;
}

} // namespace kuaibao
