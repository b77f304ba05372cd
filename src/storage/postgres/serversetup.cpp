#include "serversetup.h"

#include "postgresschema.h"

#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/sqlutil.h"

#include <QCoreApplication>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct ServerSetupText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::ServerSetup)
};

// Refuses anyone but the database's owner: the tables, triggers and grants must belong to it.
Status requireOwner(const QSqlDatabase &db) {
    Result<QSqlQuery> row =
        runSql(db,
               QStringLiteral("SELECT pg_catalog.pg_get_userbyid(d.datdba), current_user, "
                              "current_database() FROM pg_catalog.pg_database d WHERE d.datname "
                              "= current_database()"),
               {}, ServerSetupText::tr("finding the database's owner"));
    if (!row) {
        return row.error();
    }
    if (!row->next()) {
        return Error::storage(ServerSetupText::tr("the server did not name the database's owner"));
    }
    const QString owner = row->value(0).toString();
    const QString user = row->value(1).toString();
    if (owner != user) {
        return Error::forbidden(
            ServerSetupText::tr("server init must be run by the owner of the database %1 (%2); "
                                "you are connected as %3")
                .arg(row->value(2).toString(), owner, user));
    }
    return {};
}

Result<bool> officeRoleExists(const QSqlDatabase &db) {
    Result<QVariant> exists = scalarSql(
        db, QStringLiteral("SELECT count(*) FROM pg_catalog.pg_roles WHERE rolname = ?"),
        {officeRoleName()}, ServerSetupText::tr("looking for the role %1").arg(officeRoleName()));
    if (!exists) {
        return exists.error();
    }
    return exists->toInt() > 0;
}

Result<bool> ensureOfficeRole(const QSqlDatabase &db) {
    Result<bool> exists = officeRoleExists(db);
    if (!exists) {
        return exists.error();
    }
    if (*exists) {
        return false;
    }
    Status created = execSql(db, QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(officeRoleName()), {},
                             ServerSetupText::tr("creating the role %1").arg(officeRoleName()));
    if (!created) {
        // Roles belong to the whole server: the set-up of another database may have created
        // it just now.
        if (Result<bool> now = officeRoleExists(db); now && *now) {
            return false;
        }
        return Error::forbidden(
            ServerSetupText::tr("the role %1 does not exist and your login may not create roles; "
                                "an administrator of the server runs \"CREATE ROLE %1 NOLOGIN;\" "
                                "once, then run server init again (%2)")
                .arg(officeRoleName(), created.error().message));
    }
    return true;
}

} // namespace

Result<ServerSetup::Outcome> ServerSetup::init(Database &database) {
    const QSqlDatabase db = database.connection();
    if (Status owner = requireOwner(db); !owner) {
        return owner.error();
    }
    Outcome outcome;
    Result<int> before = database.engine().schemaVersion(db);
    if (!before) {
        return before.error();
    }
    outcome.fromVersion = *before;
    if (*before > latestSchemaVersion()) {
        return Error::forbidden(
            ServerSetupText::tr("the server database was set up by a newer kuaibao (schema %1; "
                                "this program knows up to %2)")
                .arg(*before)
                .arg(latestSchemaVersion()));
    }
    Result<bool> roleCreated = ensureOfficeRole(db);
    if (!roleCreated) {
        return roleCreated.error();
    }
    outcome.roleCreated = *roleCreated;
    if (Status migrated = migrateSchema(db, latestSchemaVersion()); !migrated) {
        return migrated.error();
    }
    outcome.toVersion = latestSchemaVersion();
    Status granted = database.write([&]() -> Status {
        for (const QString &sql : officeRoleGrants()) {
            if (Status s =
                    execSql(db, sql, {},
                            ServerSetupText::tr("granting %1 its rights").arg(officeRoleName()));
                !s) {
                return s;
            }
        }
        return {};
    });
    if (!granted) {
        return granted.error();
    }
    return outcome;
}

} // namespace kuaibao
