#include "numberwords.h"

namespace kuaibao {

namespace {

constexpr qint64 kLimit = 1000000000;

int digitValue(QChar c) {
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9') {
        return u - u'0';
    }
    if (u >= 0xFF10 && u <= 0xFF19) {
        return u - 0xFF10;
    }
    static const QString chinese = QStringLiteral("〇一二三四五六七八九");
    const qsizetype at = chinese.indexOf(c);
    if (at >= 0) {
        return int(at);
    }
    if (c == QChar(u'零') || c == QChar(u'○')) {
        return 0;
    }
    if (c == QChar(u'两')) {
        return 2;
    }
    return -1;
}

int unitValue(QChar c) {
    switch (c.unicode()) {
    case u'十':
        return 10;
    case u'百':
        return 100;
    case u'千':
        return 1000;
    case u'万':
        return 10000;
    default:
        return 0;
    }
}

// 六百七十三, 十二, 二十, 一万零五: digits multiplied by the unit that follows them.
std::optional<int> parseCounted(const QString &text) {
    qint64 total = 0;   // completed groups of ten thousand
    qint64 section = 0; // below ten thousand
    qint64 digit = -1;  // pending digit, -1 when none
    for (QChar c : text) {
        const int d = digitValue(c);
        const int unit = unitValue(c);
        if (d >= 0) {
            if (digit > 0) {
                return std::nullopt; // two digits in a row need a unit between them
            }
            digit = d;
        } else if (unit == 10000) {
            section += digit < 0 ? 0 : digit;
            if (section == 0) {
                return std::nullopt;
            }
            total += section * 10000;
            section = 0;
            digit = -1;
        } else if (unit > 0) {
            section += (digit < 0 ? 1 : digit) * unit;
            digit = -1;
        } else {
            return std::nullopt;
        }
        if (total + section >= kLimit) {
            return std::nullopt;
        }
    }
    const qint64 value = total + section + (digit < 0 ? 0 : digit);
    if (value >= kLimit) {
        return std::nullopt;
    }
    return int(value);
}

} // namespace

std::optional<int> parseNumberWords(const QString &text) {
    if (text.isEmpty()) {
        return std::nullopt;
    }
    bool hasUnit = false;
    for (QChar c : text) {
        if (unitValue(c) > 0) {
            hasUnit = true;
        } else if (digitValue(c) < 0) {
            return std::nullopt;
        }
    }
    if (hasUnit) {
        return parseCounted(text);
    }
    qint64 value = 0;
    for (QChar c : text) {
        value = value * 10 + digitValue(c);
        if (value >= kLimit) {
            return std::nullopt;
        }
    }
    return int(value);
}

} // namespace kuaibao
