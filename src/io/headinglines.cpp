#include "headinglines.h"

#include "sourcelines.h"

#include "core/headingnumber.h"
#include "core/issue.h"

#include <algorithm>

namespace kuaibao {

int HeadingLines::levelOf(const QString &text, bool blankLineAfter) {
    const QString plain = trimBlank(text);
    const HeadingNumber number = HeadingNumber::of(plain);
    if (number.level == 0 || plain.size() <= number.length) {
        return 0; // no numbering, or numbering alone (its text is on the next line)
    }
    static const QString stops = QStringLiteral("。；.;");
    static const QString cuts = QStringLiteral("，、,");
    const QChar last = plain.back();
    if (plain.size() <= kMaxLength && !stops.contains(last) && !cuts.contains(last)) {
        return number.level;
    }
    // One sentence with a blank line after it; a line of several sentences is a paragraph that
    // starts with its numbering (（一）压实责任。各乡镇要…).
    static const QString sentenceEnds = QStringLiteral("。！？；!?;");
    const QString inside = plain.mid(number.length).chopped(1);
    const bool oneSentence = std::none_of(inside.cbegin(), inside.cend(),
                                          [](QChar c) { return sentenceEnds.contains(c); });
    return blankLineAfter && oneSentence && endsSentence(plain) ? number.level : 0;
}

int HeadingLines::markedLevel(const QString &markup, QString *rest) {
    qsizetype hashes = 0;
    while (hashes < markup.size() && markup.at(hashes) == QLatin1Char('#')) {
        ++hashes;
    }
    if (hashes < 1 || hashes > kMaxHeadingLevel || hashes >= markup.size() ||
        (markup.at(hashes) != QLatin1Char(' ') && markup.at(hashes) != QChar(u'\u3000'))) {
        return 0;
    }
    const QString text = trimBlank(markup.mid(hashes + 1));
    if (text.isEmpty()) {
        return 0;
    }
    if (rest != nullptr) {
        *rest = text;
    }
    return int(hashes);
}

QString HeadingLines::marker(int level) {
    return QString(level, QLatin1Char('#')) + QLatin1Char(' ');
}

} // namespace kuaibao
