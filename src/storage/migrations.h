#pragma once

#include "core/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace kuaibao {

// One step of the schema ladder: what it brings and how to apply it to the version below.
struct Migration {
    int version = 0;
    QString description;
    std::function<Status(const QSqlDatabase &)> apply;
};

// Every step of the SQLite ladder, oldest first. Versions rise but need not be consecutive;
// the PostgreSQL ladder (postgres/postgresschema.h) ends at the same latest version.
const QList<Migration> &schemaMigrations();
int latestSchemaVersion();

// Applies, each in its own transaction with the version set inside it, every step of the
// connection's engine above the database's version and up to `targetVersion`. Any failure stops
// with the file at the last step.
Status migrateSchema(const QSqlDatabase &db, int targetVersion);

// The application_id kuaibao writes into its files ("KBAO"), to tell them from other SQLite files.
constexpr int kApplicationId = 0x4B42414F;

} // namespace kuaibao
