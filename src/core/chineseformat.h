#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace kuaibao {

// 2022年4月13日, as a masthead prints a date.
QString chineseDate(const QDate &date);

// 第673期; a supplement reads 增刊第2期.
QString issueNumberLabel(int number, bool supplement);

// Strict ISO date (YYYY-MM-DD) that must exist on the calendar.
std::optional<QDate> parseIsoDate(const QString &text);

} // namespace kuaibao
