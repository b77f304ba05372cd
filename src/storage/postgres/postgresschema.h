#pragma once

#include "core/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace kuaibao {

struct Migration;

// The PostgreSQL schema ladder. It starts at version 7, the SQLite ladder's version 7 in one
// step (the server engine came after it); later versions get a step on both ladders.
const QList<Migration> &postgresMigrations();

// The role every office login is a member of, and what it may do: read and save issues, add
// (never change or remove) signatures, sign-off acts and log rows; no schema changes.
// Idempotent: `server init` applies it after every ladder step.
QString officeRoleName();
QStringList officeRoleGrants();

// The triggers that keep signed issues read-only and sign-off rows append-only, by name; a
// server where one is missing or disabled no longer guards its signatures.
QStringList guardTriggerNames();

// The tables whose rows the office role may only add to, never change or remove.
QStringList appendOnlyTables();

} // namespace kuaibao
