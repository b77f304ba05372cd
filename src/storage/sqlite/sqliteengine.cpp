#include "sqliteengine.h"

#include "storage/migrations.h"
#include "storage/sqlutil.h"

#include <QCoreApplication>

namespace kuaibao {

namespace {
// The translation context of this file's messages (shared with sqlutil.cpp).
struct SqlText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::Sql)
};
} // namespace

QString SqliteEngine::statement(EngineStatement name) const {
    switch (name) {
    case EngineStatement::BeginWrite:
        return QStringLiteral("BEGIN IMMEDIATE");
    case EngineStatement::BeginRead:
        // A connection's statements see one snapshot while any of them is still open.
        return {};
    case EngineStatement::UnitAliasesInOrder:
        return QStringLiteral("SELECT unit, alias FROM unit_aliases ORDER BY rowid");
    case EngineStatement::TableExists:
        return QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = ?");
    case EngineStatement::AnnounceChange:
        // Watchers read PRAGMA data_version, which every commit of another connection moves.
        return {};
    case EngineStatement::ColumnExists:
        return QStringLiteral("SELECT count(*) FROM pragma_table_info(?) WHERE name = ?");
    // CROSS JOIN fixes SQLite's join order: from the issues in the date range (index by date)
    // down to their rows, instead of scanning every unit row of the archive.
    case EngineStatement::ItemUnitsInRange:
        return QStringLiteral(
            "FROM issues i CROSS JOIN sections s ON s.issue_id = i.id CROSS JOIN categories c ON "
            "c.section_id = s.id CROSS JOIN items it ON it.category_id = c.id CROSS JOIN "
            "item_units u ON u.item_id = it.id WHERE i.issue_date BETWEEN ? AND ?");
    case EngineStatement::AlsoUnitsInRange:
        return QStringLiteral(
            "FROM issues i CROSS JOIN sections s ON s.issue_id = i.id CROSS JOIN categories c ON "
            "c.section_id = s.id CROSS JOIN also_units u ON u.category_id = c.id WHERE "
            "i.issue_date BETWEEN ? AND ?");
    }
    return {};
}

const QList<Migration> &SqliteEngine::migrations() const {
    return schemaMigrations();
}

Result<int> SqliteEngine::schemaVersion(const QSqlDatabase &db) const {
    Result<QVariant> version = scalarSql(db, QStringLiteral("PRAGMA user_version"));
    if (!version) {
        return version.error();
    }
    return version->toInt();
}

Status SqliteEngine::setSchemaVersion(const QSqlDatabase &db, int version) const {
    return execSql(db, QStringLiteral("PRAGMA user_version = %1").arg(version));
}

Result<qint64> SqliteEngine::insertedId(const QSqlDatabase &, const QSqlQuery &query) const {
    return query.lastInsertId().toLongLong();
}

Error SqliteEngine::error(const QSqlError &error, const QString &doing) const {
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

} // namespace kuaibao
