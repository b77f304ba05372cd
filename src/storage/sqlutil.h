#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

namespace kuaibao {

// Turns an SQLite or PostgreSQL error into an Error people can act on (busy, full disk, damaged
// file …).
Error sqlError(const QSqlError &error, const QString &doing);
// The same, told by `db` which engine it is; a server connection that is closed (lost, not made
// again yet) says so, where the driver leaves its error empty.
Error sqlError(const QSqlDatabase &db, const QSqlError &error, const QString &doing);

// A bound value as SQLite should see it: an empty QString is '' (Qt would bind NULL).
QVariant sqlValue(const QVariant &value);

// Runs one statement with positional bindings; the error says what was being done.
Result<QSqlQuery> runSql(const QSqlDatabase &db, const QString &sql,
                         const QVariantList &bindings = {}, const QString &doing = {});

// Runs a statement whose result is not needed.
Status execSql(const QSqlDatabase &db, const QString &sql, const QVariantList &bindings = {},
               const QString &doing = {});

// Runs a statement that yields one value (first column of the first row).
Result<QVariant> scalarSql(const QSqlDatabase &db, const QString &sql,
                           const QVariantList &bindings = {}, const QString &doing = {});

} // namespace kuaibao
