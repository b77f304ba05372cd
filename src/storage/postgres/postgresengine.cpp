#include "postgresengine.h"

#include "postgresschema.h"

#include "storage/migrations.h"
#include "storage/sqlutil.h"

#include <QCoreApplication>

namespace kuaibao {

namespace {
// The translation context of this file's messages.
struct PostgresText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::Postgres)
};
} // namespace

QString PostgresEngine::statement(EngineStatement name) const {
    switch (name) {
    case EngineStatement::BeginWrite:
        return QStringLiteral("BEGIN");
    case EngineStatement::BeginRead:
        // Each statement would otherwise see the commits made since the one before.
        return QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    case EngineStatement::UnitAliasesInOrder:
        return QStringLiteral("SELECT unit, alias FROM unit_aliases ORDER BY added");
    case EngineStatement::TableExists:
        return QStringLiteral("SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = "
                              "current_schema() AND tablename = ?");
    case EngineStatement::AnnounceChange:
        // Delivered to every LISTENing session when (and only if) the transaction commits.
        return QStringLiteral("NOTIFY %1").arg(changeChannel());
    case EngineStatement::ColumnExists:
        return QStringLiteral("SELECT count(*) FROM pg_catalog.pg_attribute WHERE attrelid = "
                              "to_regclass(?) AND attname = ? AND attnum > 0 AND NOT "
                              "attisdropped");
    case EngineStatement::ItemUnitsInRange:
        return QStringLiteral(
            "FROM issues i JOIN sections s ON s.issue_id = i.id JOIN categories c ON "
            "c.section_id = s.id JOIN items it ON it.category_id = c.id JOIN item_units u ON "
            "u.item_id = it.id WHERE i.issue_date BETWEEN ? AND ?");
    case EngineStatement::AlsoUnitsInRange:
        return QStringLiteral(
            "FROM issues i JOIN sections s ON s.issue_id = i.id JOIN categories c ON "
            "c.section_id = s.id JOIN also_units u ON u.category_id = c.id WHERE i.issue_date "
            "BETWEEN ? AND ?");
    }
    return {};
}

const QList<Migration> &PostgresEngine::migrations() const {
    return postgresMigrations();
}

Result<int> PostgresEngine::schemaVersion(const QSqlDatabase &db) const {
    Result<QVariant> present =
        scalarSql(db, QStringLiteral("SELECT to_regclass('kuaibao_meta') IS NOT NULL"), {},
                  PostgresText::tr("reading the schema version"));
    if (!present) {
        return present.error();
    }
    if (!present->toBool()) {
        return 0;
    }
    Result<QVariant> version =
        scalarSql(db, QStringLiteral("SELECT value FROM kuaibao_meta WHERE key = 'schema_version'"),
                  {}, PostgresText::tr("reading the schema version"));
    if (!version) {
        return version.error();
    }
    return version->toInt();
}

Status PostgresEngine::setSchemaVersion(const QSqlDatabase &db, int version) const {
    return execSql(db,
                   QStringLiteral("INSERT INTO kuaibao_meta (key, value) VALUES "
                                  "('schema_version', ?) ON CONFLICT (key) DO UPDATE SET "
                                  "value = excluded.value"),
                   {QString::number(version)});
}

Result<qint64> PostgresEngine::insertedId(const QSqlDatabase &db, const QSqlQuery &) const {
    // lastval() answers the sequence this connection advanced last: the INSERT just run.
    Result<QVariant> id = scalarSql(db, QStringLiteral("SELECT lastval()"));
    if (!id) {
        return id.error();
    }
    return id->toLongLong();
}

Error PostgresEngine::error(const QSqlError &error, const QString &doing) const {
    const QString state = error.nativeErrorCode();
    const QString what = doing.isEmpty() ? PostgresText::tr("database operation") : doing;
    const QString detail =
        (error.databaseText().isEmpty() ? error.text() : error.databaseText()).simplified();
    if (state.startsWith(QLatin1String("23")) || state == QLatin1String("P0001")) {
        // Integrity constraints and the refusals of kuaibao's own triggers.
        return Error::conflict(PostgresText::tr("%1 failed: %2").arg(what, detail));
    }
    if (state == QLatin1String("40001") || state == QLatin1String("40P01") ||
        state == QLatin1String("55P03")) {
        return Error::busy(PostgresText::tr("%1 failed: the server was busy with another "
                                            "person's change; try again")
                               .arg(what));
    }
    if (state == QLatin1String("42501")) {
        return Error::forbidden(
            PostgresText::tr("%1 failed: your database login may not do this (%2)")
                .arg(what, detail));
    }
    if (state == QLatin1String("42P01") || state == QLatin1String("42703")) {
        return Error::corrupt(PostgresText::tr("%1 failed: the server database lacks part of the "
                                               "kuaibao structure (%2)")
                                  .arg(what, detail));
    }
    if (state == QLatin1String("53100")) {
        return Error::storage(
            PostgresText::tr("%1 failed: the server's disk is full; nothing was changed")
                .arg(what));
    }
    if (state == QLatin1String("08003") && detail.isEmpty()) {
        return Error::storage(PostgresText::tr("%1 failed: there is no connection to the database "
                                               "server (it was lost, and the server cannot be "
                                               "reached yet); try again")
                                  .arg(what));
    }
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P"))) {
        return Error::storage(
            PostgresText::tr("%1 failed: the connection to the database server was lost (%2)")
                .arg(what, detail));
    }
    return Error::storage(PostgresText::tr("%1 failed: %2").arg(what, detail));
}

} // namespace kuaibao
