#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace kuaibao {

class Database;

// The checks `kuaibao-cli check` and the backups run: each returns the problems it found, one
// sentence each, and an empty list when the archive is sound.
// SQLite's own check of pages, records and indexes (PRAGMA integrity_check).
Result<QStringList> integrityProblems(const QSqlDatabase &db);
Result<QStringList> integrityProblems(const Database &database);
// Rows whose parent row is gone (PRAGMA foreign_key_check).
Result<QStringList> foreignKeyProblems(const QSqlDatabase &db);
Result<QStringList> foreignKeyProblems(const Database &database);
// Issues that cannot be read back whole (wrong types, impossible values, missing rows).
Result<QStringList> unreadableIssues(Database &database);

// integrityProblems() of a file that is not open as an archive (a backup just written),
// opened read-only so that nothing in it changes.
Result<QStringList> integrityProblemsOfFile(const QString &path);

} // namespace kuaibao
