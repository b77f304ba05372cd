#include "sqlutil.h"

#include "engine.h"
#include "inlinebindings.h"

#include <QSqlDriver>
#include <QSqlField>

namespace kuaibao {

Error sqlError(const QSqlError &error, const QString &doing) {
    // PostgreSQL reports a five-character SQLSTATE; SQLite's result codes have at most four
    // digits.
    const bool sqlState = error.nativeErrorCode().size() == 5;
    return (sqlState ? Engine::postgres() : Engine::sqlite()).error(error, doing);
}

Error sqlError(const QSqlDatabase &db, const QSqlError &error, const QString &doing) {
    const Engine &engine = Engine::of(db);
    if (engine.kind() == EngineKind::Postgres && !db.isOpen()) {
        return engine.error(
            QSqlError(QString(), QString(), QSqlError::ConnectionError, QStringLiteral("08003")),
            doing);
    }
    return engine.error(error, doing);
}

QVariant sqlValue(const QVariant &value) {
    if (value.typeId() == QMetaType::QString && value.toString().isNull()) {
        return QVariant(QStringLiteral(""));
    }
    return value;
}

QString inlineBindings(const QSqlDatabase &db, const QString &sql, const QVariantList &bindings) {
    QString out;
    out.reserve(sql.size() + bindings.size() * 16);
    qsizetype next = 0;
    QChar quote;
    for (const QChar c : sql) {
        if (!quote.isNull()) {
            quote = c == quote ? QChar() : quote;
            out += c;
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
            out += c;
        } else if (c == QLatin1Char('?') && next < bindings.size()) {
            const QVariant value = sqlValue(bindings.at(next++));
            QSqlField field(QString(), value.metaType());
            if (value.isNull()) {
                field.clear();
            } else {
                field.setValue(value);
            }
            out += db.driver()->formatValue(field);
        } else {
            out += c;
        }
    }
    return out;
}

Result<QSqlQuery> runSql(const QSqlDatabase &db, const QString &sql, const QVariantList &bindings,
                         const QString &doing) {
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (Engine::of(db).kind() == EngineKind::Postgres) {
        // A connection that is closed (lost, not made again yet: Database::connection() tries
        // between transactions) is not asked at all.
        if (!db.isOpen() || !query.exec(inlineBindings(db, sql, bindings))) {
            return sqlError(db, query.lastError(), doing);
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
            return sqlError(db, result->lastError(), doing);
        }
        return QVariant();
    }
    return result->value(0);
}

} // namespace kuaibao
