#pragma once

#include "core/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace kuaibao {

struct Migration;

// Which database engine holds an archive.
enum class EngineKind { Sqlite, Postgres };

// The few statements whose text differs between the engines. Repositories ask for a statement
// by name and never build engine-specific SQL themselves.
enum class EngineStatement {
    BeginWrite,         // starts a write transaction
    BeginRead,          // starts a read of one snapshot (empty where open statements keep one)
    UnitAliasesInOrder, // unit, alias of every alias, in the order they were added
    TableExists,        // count of tables named ? (1 or 0)
    ColumnExists,       // count of columns of the table named ? that are named ? (1 or 0)
    AnnounceChange,     // tells watchers, at commit, that a write changed the archive (empty
                        // where they poll for changes instead)
    ItemUnitsInRange,   // FROM … WHERE of the item_units rows u of issues i dated ? to ?
    AlsoUnitsInRange,   // FROM … WHERE of the also_units rows u of issues i dated ? to ?
};

// What differs between SQLite and PostgreSQL below the repositories: the statements above,
// the schema ladder and how its version is kept, inserted row ids and error messages.
class Engine {
public:
    virtual ~Engine() = default;

    virtual EngineKind kind() const = 0;
    virtual QString statement(EngineStatement name) const = 0;

    // Every schema step of this engine, oldest first; the versions mean the same on each
    // engine, although an engine's ladder may start higher.
    virtual const QList<Migration> &migrations() const = 0;
    virtual Result<int> schemaVersion(const QSqlDatabase &db) const = 0;
    virtual Status setSchemaVersion(const QSqlDatabase &db, int version) const = 0;

    // The row id the INSERT `query` just made (its table has an `id` column).
    virtual Result<qint64> insertedId(const QSqlDatabase &db, const QSqlQuery &query) const = 0;

    // Turns the engine's error into an Error people can act on.
    virtual Error error(const QSqlError &error, const QString &doing) const = 0;

    // The engine a connection talks to (by its Qt driver).
    static const Engine &of(const QSqlDatabase &db);
    static const Engine &sqlite();
    static const Engine &postgres();
};

} // namespace kuaibao
