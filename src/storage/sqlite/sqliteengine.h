#pragma once

#include "storage/engine.h"

namespace kuaibao {

// The embedded engine of one desk: an SQLite file (pragmas, FTS5, user_version).
class SqliteEngine final : public Engine {
public:
    EngineKind kind() const override { return EngineKind::Sqlite; }
    QString statement(EngineStatement name) const override;
    const QList<Migration> &migrations() const override;
    Result<int> schemaVersion(const QSqlDatabase &db) const override;
    Status setSchemaVersion(const QSqlDatabase &db, int version) const override;
    Result<qint64> insertedId(const QSqlDatabase &db, const QSqlQuery &query) const override;
    Error error(const QSqlError &error, const QString &doing) const override;
};

} // namespace kuaibao
