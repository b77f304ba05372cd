#pragma once

#include <QString>

#include <optional>

namespace kuaibao {

// Reads a whole number written as Arabic digits (ASCII or full-width: 673, ６７３) or in Chinese
// numerals, either counted (六百七十三, 二十, 十二, 两千) or digit by digit (二〇二二). Nothing for
// anything else, or for numbers of a billion and more.
std::optional<int> parseNumberWords(const QString &text);

// Digits and Chinese numeral characters, for building patterns that find such numbers.
inline constexpr char16_t kNumberWordClass[] = u"0-9０-９〇○零一二三四五六七八九十百千万两";

} // namespace kuaibao
