#pragma once

#include <QString>

namespace kuaibao {

// The numbering a 公文 heading starts with, read from the start of a paragraph's text:
// 一、 (level 1), （一） (level 2), 1. or 1、 (level 3), （1） (level 4), in full-width or ASCII
// brackets and stops. "1.5万" is a number, not a heading.
struct HeadingNumber {
    int level = 0;        // 1–4; 0 when the text does not start with heading numbering
    int value = 0;        // 一、 → 1, （十二） → 12, 3. → 3
    qsizetype length = 0; // characters the numbering takes, its punctuation included

    static HeadingNumber of(const QString &plain);
    // The numbering of heading `value` at `level`, as an office writes it: 一、 （一） 1. （1）.
    static QString text(int level, int value);
};

} // namespace kuaibao
