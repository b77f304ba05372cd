#include "sqlutil.h"

#include "engine.h"

namespace kuaibao {

Error sqlError(const QSqlError &error, const QString &doing) {
    // PostgreSQL reports a five-character SQLSTATE; SQLite's result codes have at most four
    // digits.
    const bool sqlState = error.nativeErrorCode().size() == 5;
    return (sqlState ? Engine::postgres() : Engine::sqlite()).error(error, doing);
}

QVariant sqlValue(const QVariant &value) {
    if (value.typeId() == QMetaType::QString && value.toString().isNull()) {
        return QVariant(QStringLiteral(""));
    }
    return value;
}

Result<QSqlQuery> runSql(const QSqlDatabase &db, const QString &sql, const QVariantList &bindings,
                         const QString &doing) {
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // QPSQL prepares on the server, which takes no DDL; a statement without values runs as is.
    if (bindings.isEmpty() && Engine::of(db).kind() == EngineKind::Postgres) {
        if (!query.exec(sql)) {
            return sqlError(query.lastError(), doing);
        }
        return query;
    }
    if (!query.prepare(sql)) {
        return sqlError(query.lastError(), doing);
    }
    for (const QVariant &value : bindings) {
        query.addBindValue(sqlValue(value));
    }
    if (!query.exec()) {
        return sqlError(query.lastError(), doing);
    }
    return query;
}

Status execSql(const QSqlDatabase &db, const QString &sql, const QVariantList &bindings,
               const QString &doing) {
    Result<QSqlQuery> result = runSql(db, sql, bindings, doing);
    if (!result) {
        return result.error();
    }
    return {};
}

Result<QVariant> scalarSql(const QSqlDatabase &db, const QString &sql, const QVariantList &bindings,
                           const QString &doing) {
    Result<QSqlQuery> result = runSql(db, sql, bindings, doing);
    if (!result) {
        return result.error();
    }
    if (!result->next()) {
        if (result->lastError().isValid()) {
            return sqlError(result->lastError(), doing);
        }
        return QVariant();
    }
    return result->value(0);
}

} // namespace kuaibao
