#include "sqlutil.h"

#include <QCoreApplication>

namespace kuaibao {

namespace {
// The translation context of this file's messages.
struct SqlText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::Sql)
};
} // namespace

Error sqlError(const QSqlError &error, const QString &doing) {
    // QSQLITE reports SQLite's extended result code; its low byte is the primary code.
    const int code = error.nativeErrorCode().toInt() & 0xff;
    const QString what = doing.isEmpty() ? SqlText::tr("database operation") : doing;
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return Error::busy(
            SqlText::tr(
                "%1 failed: the database is busy (another program is writing it); try again "
                "when it has finished")
                .arg(what));
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return Error::corrupt(
            SqlText::tr("%1 failed: the database file is damaged or is not a kuaibao database (%2)")
                .arg(what, error.databaseText()));
    case 13: // SQLITE_FULL
        return Error::storage(
            SqlText::tr(
                "%1 failed: the disk is full; nothing was changed, free some space and try again")
                .arg(what));
    case 8: // SQLITE_READONLY
        return Error::storage(SqlText::tr("%1 failed: the database is read-only").arg(what));
    case 10: // SQLITE_IOERR
        return Error::storage(SqlText::tr("%1 failed: the disk reported an error (%2)")
                                  .arg(what, error.databaseText()));
    case 19: // SQLITE_CONSTRAINT
        return Error::conflict(SqlText::tr("%1 failed: %2").arg(what, error.databaseText()));
    case 20: // SQLITE_MISMATCH: a stored value of the wrong type where SQLite needs an integer
        return Error::corrupt(
            SqlText::tr(
                "%1 failed: the database holds a value of the wrong type (%2); it is damaged")
                .arg(what, error.databaseText()));
    case 1: // SQLITE_ERROR: in a file that opened as a kuaibao archive, a table or column the
            // schema promises is missing, so the file was damaged or edited by hand.
        if (error.databaseText().startsWith(QLatin1String("no such table")) ||
            error.databaseText().startsWith(QLatin1String("no such column"))) {
            return Error::corrupt(SqlText::tr("%1 failed: the database lacks part of the kuaibao "
                                              "structure (%2); it is damaged or was changed by "
                                              "another program")
                                      .arg(what, error.databaseText()));
        }
        break;
    default:
        break;
    }
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return Error::storage(SqlText::tr("%1 failed: %2").arg(what, detail));
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
