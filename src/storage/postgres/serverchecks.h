#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace kuaibao {

class Database;

// What `kuaibao-cli check` asks of a PostgreSQL archive where SQLite's PRAGMA checks have no
// equivalent: the server keeps its own pages sound, so the checks are of what guards the
// signatures, and of the links between rows. Each returns one sentence per problem.
namespace ServerChecks {

// The guard triggers are there and enabled, and the office role cannot change, remove or
// truncate what is append-only.
Result<QStringList> guardProblems(const QSqlDatabase &db);
Result<QStringList> guardProblems(const Database &database);

// Rows whose parent row is gone (possible only if a superuser disabled the server's own link
// triggers), and links the server was told not to check.
Result<QStringList> linkProblems(const QSqlDatabase &db);
Result<QStringList> linkProblems(const Database &database);

} // namespace ServerChecks

} // namespace kuaibao
