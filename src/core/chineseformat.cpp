#include "chineseformat.h"

#include <QRegularExpression>

namespace kuaibao {

QString chineseDate(const QDate &date) {
    if (!date.isValid()) {
        return {};
    }
    return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

QString issueNumberLabel(int number, bool supplement) {
    const QString label = QStringLiteral("第%1期").arg(number);
    return supplement ? QStringLiteral("增刊") + label : label;
}

std::optional<QDate> parseIsoDate(const QString &text) {
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(),
                     match.captured(3).toInt());
    if (!date.isValid()) {
        return std::nullopt;
    }
    return date;
}

} // namespace kuaibao
