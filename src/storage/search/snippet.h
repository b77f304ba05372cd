#pragma once

#include <QString>

namespace kuaibao {

// A short excerpt around the first occurrence of a query in a text, the match marked 【…】:
// "…查看了【龙湖天街】商场及周边…". An ellipsis shows where the text was cut.
struct Snippet {
    QString text;
    qsizetype matchStart = -1; // where the match starts in the full text (-1: not found)
    qsizetype matchLength = 0;

    static Snippet around(const QString &fullText, const QString &query, int before = 12,
                          int after = 24);
};

constexpr QChar kMatchOpen = QChar(0x3010);  // 【
constexpr QChar kMatchClose = QChar(0x3011); // 】

} // namespace kuaibao
