#include "archivestatistics.h"

#include "storage/database.h"
#include "storage/engine.h"
#include "storage/sqlutil.h"
#include "storage/units/unitdirectory.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct ArchiveStatisticsText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::ArchiveStatistics)
};

QVariantList rangeBindings(const StatsRange &range) {
    return {range.from.isValid() ? range.from.toString(Qt::ISODate) : QStringLiteral("0000-01-01"),
            range.to.isValid() ? range.to.toString(Qt::ISODate) : QStringLiteral("9999-12-31")};
}

// The FROM and WHERE of the unit rows of items, and of also-took-part lists, in a date range.
QString itemsInRange(const QSqlDatabase &db) {
    return Engine::of(db).statement(EngineStatement::ItemUnitsInRange);
}
QString mentionsInRange(const QSqlDatabase &db) {
    return Engine::of(db).statement(EngineStatement::AlsoUnitsInRange);
}

// Runs `sql` (key, count) and adds each count to the row of its key through `add`.
Status accumulate(const QSqlDatabase &db, const QString &sql, const StatsRange &range,
                  const std::function<void(const QString &, int)> &add) {
    Result<QSqlQuery> rows =
        runSql(db, sql, rangeBindings(range), ArchiveStatisticsText::tr("counting items"));
    if (!rows) {
        return rows.error();
    }
    while (rows->next()) {
        add(rows->value(0).toString(), rows->value(1).toInt());
    }
    return {};
}

Status checkRange(const StatsRange &range) {
    if (range.from.isValid() && range.to.isValid() && range.from > range.to) {
        return Error::badInput(
            ArchiveStatisticsText::tr("the date range is empty: %1 is after %2")
                .arg(range.from.toString(Qt::ISODate), range.to.toString(Qt::ISODate)));
    }
    return {};
}

// Rows keyed by name, in the order their keys were first seen.
class RowTable {
public:
    StatsRow &row(const QString &key) {
        auto found = m_index.constFind(key);
        if (found != m_index.constEnd()) {
            return m_rows[*found];
        }
        m_index.insert(key, m_rows.size());
        m_rows.append(StatsRow{key, 0, 0, 0, true});
        return m_rows.last();
    }
    QList<StatsRow> &rows() { return m_rows; }

private:
    QList<StatsRow> m_rows;
    QHash<QString, qsizetype> m_index;
};

} // namespace

Result<QList<StatsRow>> ArchiveStatistics::byUnit(const StatsRange &range) const {
    if (Status s = checkRange(range); !s) {
        return s.error();
    }
    const QSqlDatabase db = m_db.connection();
    Result<QStringList> units = UnitDirectory::names(db);
    if (!units) {
        return units.error();
    }
    RowTable table;
    for (const QString &unit : *units) {
        table.row(unit);
    }
    const qsizetype known = table.rows().size();
    Status s = accumulate(db,
                          QStringLiteral("SELECT u.unit, count(DISTINCT u.item_id) ") +
                              itemsInRange(db) + QStringLiteral(" GROUP BY u.unit"),
                          range, [&](const QString &unit, int n) { table.row(unit).items += n; });
    if (s) {
        s = accumulate(db,
                       QStringLiteral("SELECT u.unit, count(DISTINCT u.category_id) ") +
                           mentionsInRange(db) + QStringLiteral(" GROUP BY u.unit"),
                       range, [&](const QString &unit, int n) { table.row(unit).mentions += n; });
    }
    if (!s) {
        return s.error();
    }
    QList<StatsRow> rows = table.rows();
    for (qsizetype i = known; i < rows.size(); ++i) {
        rows[i].knownUnit = false;
    }
    std::stable_sort(rows.begin(), rows.end(), [](const StatsRow &a, const StatsRow &b) {
        return a.items != b.items ? a.items > b.items : a.mentions > b.mentions;
    });
    return rows;
}

Result<QList<StatsRow>> ArchiveStatistics::byCategory(const StatsRange &range) const {
    if (Status s = checkRange(range); !s) {
        return s.error();
    }
    const QSqlDatabase db = m_db.connection();
    RowTable table;
    Status s =
        accumulate(db,
                   QStringLiteral("SELECT c.name, count(DISTINCT u.item_id) ") + itemsInRange(db) +
                       QStringLiteral(" GROUP BY c.name ORDER BY min(c.position), c.name"),
                   range, [&](const QString &name, int n) { table.row(name).items += n; });
    if (s) {
        s = accumulate(db,
                       QStringLiteral("SELECT c.name, count(*) ") + mentionsInRange(db) +
                           QStringLiteral(" GROUP BY c.name ORDER BY min(c.position), c.name"),
                       range, [&](const QString &name, int n) { table.row(name).mentions += n; });
    }
    if (!s) {
        return s.error();
    }
    QList<StatsRow> rows = table.rows();
    std::stable_sort(rows.begin(), rows.end(),
                     [](const StatsRow &a, const StatsRow &b) { return a.items > b.items; });
    return rows;
}

Result<QList<StatsRow>> ArchiveStatistics::byMonth(const StatsRange &range) const {
    if (Status s = checkRange(range); !s) {
        return s.error();
    }
    const QSqlDatabase db = m_db.connection();
    RowTable table;
    Status s = accumulate(
        db,
        QStringLiteral("SELECT substr(i.issue_date, 1, 7) AS month, count(*) FROM issues i "
                       "WHERE i.issue_date BETWEEN ? AND ? GROUP BY month ORDER BY month"),
        range, [&](const QString &month, int n) { table.row(month).issues += n; });
    if (s) {
        s = accumulate(
            db,
            QStringLiteral(
                "SELECT substr(i.issue_date, 1, 7) AS month, count(DISTINCT u.item_id) ") +
                itemsInRange(db) + QStringLiteral(" GROUP BY month"),
            range, [&](const QString &month, int n) { table.row(month).items += n; });
    }
    if (s) {
        s = accumulate(db,
                       QStringLiteral("SELECT substr(i.issue_date, 1, 7) AS month, count(*) ") +
                           mentionsInRange(db) + QStringLiteral(" GROUP BY month"),
                       range, [&](const QString &month, int n) { table.row(month).mentions += n; });
    }
    if (!s) {
        return s.error();
    }
    return table.rows();
}

} // namespace kuaibao
