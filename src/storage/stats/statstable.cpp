#include "statstable.h"

#include "core/signoff/personname.h"

namespace kuaibao {

namespace {

QString csvField(const QString &field) {
    if (field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
        field.contains(QLatin1Char('\n'))) {
        return QLatin1Char('"') + QString(field).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
               QLatin1Char('"');
    }
    return field;
}

QString joined(const QStringList &cells, const QString &separator, bool quote) {
    QStringList out;
    for (const QString &cell : cells) {
        out.append(quote ? csvField(cell) : cell);
    }
    return out.join(separator) + QLatin1Char('\n');
}

} // namespace

std::optional<StatsGrouping> statsGroupingFromKey(const QString &key) {
    if (key == QStringLiteral("unit")) {
        return StatsGrouping::Unit;
    }
    if (key == QStringLiteral("category")) {
        return StatsGrouping::Category;
    }
    if (key == QStringLiteral("month")) {
        return StatsGrouping::Month;
    }
    return std::nullopt;
}

QStringList StatsTable::header(StatsGrouping grouping) {
    switch (grouping) {
    case StatsGrouping::Unit:
        return {QStringLiteral("unit"), QStringLiteral("items"), QStringLiteral("mentions")};
    case StatsGrouping::Category:
        return {QStringLiteral("category"), QStringLiteral("items"), QStringLiteral("mentions")};
    case StatsGrouping::Month:
        return {QStringLiteral("month"), QStringLiteral("issues"), QStringLiteral("items"),
                QStringLiteral("mentions")};
    }
    return {};
}

QStringList StatsTable::cells(StatsGrouping grouping, const StatsRow &row) {
    // A unit name stored with a terminal escape in it is shown, never obeyed.
    const QString key = escapeControls(row.key);
    if (grouping == StatsGrouping::Month) {
        return {key, QString::number(row.issues), QString::number(row.items),
                QString::number(row.mentions)};
    }
    return {key, QString::number(row.items), QString::number(row.mentions)};
}

QString StatsTable::csv(StatsGrouping grouping, const QList<StatsRow> &rows) {
    return csv(header(grouping), grouping, rows);
}

QString StatsTable::csv(const QStringList &header, StatsGrouping grouping,
                        const QList<StatsRow> &rows) {
    QString out = joined(header, QStringLiteral(","), true);
    for (const StatsRow &row : rows) {
        out += joined(cells(grouping, row), QStringLiteral(","), true);
    }
    return out;
}

QString StatsTable::text(StatsGrouping grouping, const QList<StatsRow> &rows) {
    QString out = joined(header(grouping), QStringLiteral("\t"), false);
    for (const StatsRow &row : rows) {
        out += joined(cells(grouping, row), QStringLiteral("\t"), false);
    }
    return out;
}

} // namespace kuaibao
