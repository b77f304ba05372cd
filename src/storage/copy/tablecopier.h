#pragma once

#include "archivecopy.h"

#include "core/result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

namespace kuaibao {

// Source row id to target row id, per table.
using IdMaps = QHash<QString, QHash<qint64, qint64>>;

// One table of the issues' rows: which columns point at rows of which tables (mapped to the
// target's ids), the condition that selects the rows of some issues (`%1` stands for the list
// of their ids), the order they go in, and whether the table has its own id (then the target
// gives a new one).
struct CopiedTable {
    QString name;
    QStringList references;
    QStringList referencedTables;
    QString whereIssues;
    QString orderBy;
    bool hasId = false;
};

// Copies the rows of some issues, table by table, from one archive into another.
class TableCopier {
public:
    TableCopier(const QSqlDatabase &from, const QSqlDatabase &to) : m_from(from), m_to(to) {}

    // Copies the rows of `table` for the source issues `issueIds`; returns how many.
    Result<int> copy(const CopiedTable &table, const QList<qint64> &issueIds, IdMaps &maps);

private:
    QSqlDatabase m_from;
    QSqlDatabase m_to;
};

// The rows that belong to no issue: people (matched by name), the administrator,
// certificates, units and aliases, template versions. Refuses a different administrator key
// or a person of the same name with another key. Fills the people map; counts into a Report.
Result<ArchiveCopy::Report> copySharedRows(const QSqlDatabase &from, const QSqlDatabase &to,
                                           IdMaps &maps);

} // namespace kuaibao
