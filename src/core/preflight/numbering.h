#pragma once

#include <QString>

#include <optional>

namespace kuaibao {

// The 公文 numbering at the start of a paragraph (GB/T 9704 §7.3.3): 一、 is level 1, （一） level
// 2, 1. or 1、 level 3, （1） level 4. Positions are in the paragraph's text.
struct NumberingPrefix {
    int level = 0;   // 1 … 4
    int ordinal = 0; // the number it gives: 四 → 4
    qsizetype numeralOffset = 0;
    qsizetype numeralLength = 0;
    qsizetype length = 0; // the whole prefix, from the start of the text (leading blanks included)
};

// Recognises the numbering prefix of a paragraph from its text (ASCII brackets and dots too).
std::optional<NumberingPrefix> recogniseNumbering(const QString &text);

// The numeral of `ordinal` as `level` writes it: 四 for levels 1 and 2, 4 for levels 3 and 4.
QString numberingNumeral(int level, int ordinal);

// 一 … 九十九 as a number; 0 when it is not such a numeral.
int parseChineseNumeral(const QString &numeral);
QString chineseNumeral(int value); // 1 … 99

} // namespace kuaibao
