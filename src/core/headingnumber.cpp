#include "headingnumber.h"

#include <QRegularExpression>

namespace kuaibao {

namespace {

const QString kDigits = QStringLiteral("一二三四五六七八九");

// 一 … 九十九 as counted in Chinese: 十, 十二, 二十, 二十三. 0 for anything else.
int chineseValue(const QString &numeral) {
    const qsizetype ten = numeral.indexOf(QChar(u'十'));
    if (ten < 0) {
        return numeral.size() == 1 ? int(kDigits.indexOf(numeral.at(0))) + 1 : 0;
    }
    if (ten > 1 || numeral.size() - ten > 2 || numeral.count(QChar(u'十')) > 1) {
        return 0;
    }
    const int tens = ten == 0 ? 1 : int(kDigits.indexOf(numeral.at(0))) + 1;
    const int units = ten + 1 < numeral.size() ? int(kDigits.indexOf(numeral.at(ten + 1))) + 1 : 0;
    return tens * 10 + units;
}

int digitValue(const QString &digits) {
    int value = 0;
    for (const QChar c : digits) {
        const int d =
            c.unicode() >= u'０' && c.unicode() <= u'９' ? c.unicode() - u'０' : c.unicode() - u'0';
        value = value * 10 + d;
    }
    return value;
}

QString chineseNumeral(int value) {
    if (value < 1 || value > 99) {
        return QString::number(value);
    }
    QString out;
    if (value >= 10) {
        if (value >= 20) {
            out += kDigits.at(value / 10 - 1);
        }
        out += QChar(u'十');
    }
    if (value % 10 != 0) {
        out += kDigits.at(value % 10 - 1);
    }
    return out;
}

} // namespace

HeadingNumber HeadingNumber::of(const QString &plain) {
    static const QRegularExpression patterns[] = {
        QRegularExpression(QStringLiteral("^([一二三四五六七八九十]{1,3})、")),
        QRegularExpression(QStringLiteral("^[（(]([一二三四五六七八九十]{1,3})[）)]")),
        QRegularExpression(QStringLiteral("^([0-9０-９]{1,2})(?:[.．](?![0-9０-９])|、)")),
        QRegularExpression(QStringLiteral("^[（(]([0-9０-９]{1,2})[）)]")),
    };
    for (int level = 1; level <= 4; ++level) {
        const QRegularExpressionMatch m = patterns[level - 1].match(plain);
        if (!m.hasMatch()) {
            continue;
        }
        const int value = level <= 2 ? chineseValue(m.captured(1)) : digitValue(m.captured(1));
        if (value > 0) {
            return {level, value, m.capturedLength()};
        }
    }
    return {};
}

QString HeadingNumber::text(int level, int value) {
    switch (level) {
    case 1:
        return chineseNumeral(value) + QStringLiteral("、");
    case 2:
        return QStringLiteral("（%1）").arg(chineseNumeral(value));
    case 3:
        return QStringLiteral("%1.").arg(value);
    case 4:
        return QStringLiteral("（%1）").arg(value);
    default:
        return {};
    }
}

} // namespace kuaibao
