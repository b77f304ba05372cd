#include "numbering.h"

#include <QRegularExpression>

namespace kuaibao {

namespace {

const QString kDigits = QStringLiteral("〇一二三四五六七八九");

} // namespace

int parseChineseNumeral(const QString &numeral) {
    const QChar ten(u'十');
    if (numeral.isEmpty() || numeral.size() > 3) {
        return 0;
    }
    const qsizetype tenAt = numeral.indexOf(ten);
    if (tenAt < 0) {
        const qsizetype d = numeral.size() == 1 ? kDigits.indexOf(numeral.at(0)) : -1;
        return d > 0 ? int(d) : 0;
    }
    if (numeral.count(ten) != 1) {
        return 0;
    }
    int tens = 1;
    if (tenAt == 1) {
        tens = int(kDigits.indexOf(numeral.at(0)));
        if (tens < 2) {
            return 0; // 一十 and 〇十 are not written
        }
    } else if (tenAt != 0) {
        return 0;
    }
    int ones = 0;
    if (tenAt + 1 < numeral.size()) {
        if (tenAt + 2 != numeral.size()) {
            return 0;
        }
        ones = int(kDigits.indexOf(numeral.at(tenAt + 1)));
        if (ones < 1) {
            return 0;
        }
    }
    return tens * 10 + ones;
}

QString chineseNumeral(int value) {
    if (value < 1 || value > 99) {
        return QString::number(value);
    }
    const int tens = value / 10;
    const int ones = value % 10;
    QString text;
    if (tens > 1) {
        text += kDigits.at(tens);
    }
    if (tens > 0) {
        text += QChar(u'十');
    }
    if (ones > 0) {
        text += kDigits.at(ones);
    }
    return text;
}

QString numberingNumeral(int level, int ordinal) {
    return level <= 2 ? chineseNumeral(ordinal) : QString::number(ordinal);
}

std::optional<NumberingPrefix> recogniseNumbering(const QString &text) {
    // Leading blanks (full-width ones included) are allowed before the numbering.
    static const QRegularExpression patterns[] = {
        QRegularExpression(QStringLiteral("^[\\s\\x{3000}]*([〇一二三四五六七八九十]{1,3})、")),
        QRegularExpression(
            QStringLiteral("^[\\s\\x{3000}]*[（(]([〇一二三四五六七八九十]{1,3})[）)]")),
        QRegularExpression(QStringLiteral("^[\\s\\x{3000}]*([0-9]{1,3})[.．、](?![0-9])")),
        QRegularExpression(QStringLiteral("^[\\s\\x{3000}]*[（(]([0-9]{1,3})[）)]")),
    };
    for (int level = 1; level <= 4; ++level) {
        const QRegularExpressionMatch m = patterns[level - 1].match(text);
        if (!m.hasMatch()) {
            continue;
        }
        const int ordinal = level <= 2 ? parseChineseNumeral(m.captured(1)) : m.captured(1).toInt();
        if (ordinal < 1) {
            continue;
        }
        return NumberingPrefix{level, ordinal, m.capturedStart(1), m.capturedLength(1),
                               m.capturedEnd(0)};
    }
    return std::nullopt;
}

} // namespace kuaibao
