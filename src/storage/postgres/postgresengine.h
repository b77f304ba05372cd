#pragma once

#include "storage/engine.h"

namespace kuaibao {

// The shared engine of an office: a PostgreSQL database reached through Qt's QPSQL driver;
// its schema version lives in the kuaibao_meta table.
class PostgresEngine final : public Engine {
public:
    EngineKind kind() const override { return EngineKind::Postgres; }
    QString statement(EngineStatement name) const override;
    const QList<Migration> &migrations() const override;
    Result<int> schemaVersion(const QSqlDatabase &db) const override;
    Status setSchemaVersion(const QSqlDatabase &db, int version) const override;
    Result<qint64> insertedId(const QSqlDatabase &db, const QSqlQuery &query) const override;
    Error error(const QSqlError &error, const QString &doing) const override;

    // The LISTEN/NOTIFY channel every committed write is announced on.
    static QString changeChannel() { return QStringLiteral("kuaibao_changes"); }
};

} // namespace kuaibao
