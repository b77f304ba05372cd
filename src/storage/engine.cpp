#include "engine.h"

#include "postgres/postgresengine.h"
#include "sqlite/sqliteengine.h"

#include <QSqlDriver>

namespace kuaibao {

const Engine &Engine::sqlite() {
    static const SqliteEngine engine;
    return engine;
}

const Engine &Engine::postgres() {
    static const PostgresEngine engine;
    return engine;
}

const Engine &Engine::of(const QSqlDatabase &db) {
    const QSqlDriver *driver = db.driver();
    return driver && driver->dbmsType() == QSqlDriver::PostgreSQL ? postgres() : sqlite();
}

} // namespace kuaibao
