#include "serverchecks.h"

#include "postgresschema.h"

#include "storage/database.h"
#include "storage/sqlutil.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlDriver>

namespace kuaibao::ServerChecks {

namespace {

// The translation context of this file's messages.
struct ServerChecksText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::ServerChecks)
};

// A trigger fires in normal operation only when enabled as origin ('O') or always ('A'); 'D' is
// disabled and 'R' fires only on a replica.
bool firesNormally(const QString &enabled) {
    return enabled == QLatin1String("O") || enabled == QLatin1String("A");
}

// The guard triggers as they are on the server, by name: whether each fires and on what table.
struct TriggerState {
    QString table;
    bool fires = false;
};

Result<QHash<QString, TriggerState>> guardTriggersOnServer(const QSqlDatabase &db) {
    Result<QSqlQuery> q = runSql(
        db,
        QStringLiteral("SELECT t.tgname, c.relname, t.tgenabled FROM pg_catalog.pg_trigger t "
                       "JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid JOIN "
                       "pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = "
                       "current_schema() AND NOT t.tgisinternal"),
        {}, ServerChecksText::tr("listing the server's triggers"));
    if (!q) {
        return q.error();
    }
    QHash<QString, TriggerState> found;
    while (q->next()) {
        found.insert(q->value(0).toString(),
                     {q->value(1).toString(), firesNormally(q->value(2).toString())});
    }
    return found;
}

Result<QStringList> triggerProblems(const QSqlDatabase &db) {
    Result<QHash<QString, TriggerState>> found = guardTriggersOnServer(db);
    if (!found) {
        return found.error();
    }
    QStringList problems;
    for (const QString &name : guardTriggerNames()) {
        const auto it = found->constFind(name);
        if (it == found->cend()) {
            problems << ServerChecksText::tr(
                            "the guard trigger %1 is missing, so what it protects can be "
                            "changed; the database's owner runs kuaibao-cli server init again")
                            .arg(name);
        } else if (!it->fires) {
            problems << ServerChecksText::tr(
                            "the guard trigger %1 on table %2 is disabled, so the table can be "
                            "changed unguarded; the database's owner runs ALTER TABLE %2 ENABLE "
                            "TRIGGER %1")
                            .arg(name, it->table);
        }
    }
    return problems;
}

Result<bool> serverAnswers(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                           const QString &doing) {
    Result<QVariant> answer = scalarSql(db, sql, values, doing);
    if (!answer) {
        return answer.error();
    }
    return answer->toBool();
}

// What the office role may do that it must not: change or remove append-only rows, empty a
// guarded table (TRUNCATE fires no row trigger), or act as the database's owner.
Result<QStringList> officeRoleProblems(const QSqlDatabase &db) {
    const QString role = officeRoleName();
    Result<bool> exists = serverAnswers(
        db, QStringLiteral("SELECT count(*) > 0 FROM pg_catalog.pg_roles WHERE rolname = ?"),
        {role}, ServerChecksText::tr("looking for the role %1").arg(role));
    if (!exists) {
        return exists.error();
    }
    if (!*exists) {
        return QStringList{ServerChecksText::tr("the office role %1 is missing; the database's "
                                                "owner runs kuaibao-cli server init again")
                               .arg(role)};
    }
    QStringList problems;
    const QString doing = ServerChecksText::tr("reading what the role %1 may do").arg(role);
    Result<bool> owns = serverAnswers(
        db,
        QStringLiteral("SELECT pg_catalog.pg_has_role(?, d.datdba, 'MEMBER') FROM "
                       "pg_catalog.pg_database d WHERE d.datname = current_database()"),
        {role}, doing);
    if (!owns) {
        return owns.error();
    }
    if (*owns) {
        problems << ServerChecksText::tr("the office role %1 is a member of the database's owner, "
                                         "so every office login can disable the guards")
                        .arg(role);
    }
    QStringList guarded = appendOnlyTables();
    guarded << QStringLiteral("issues");
    for (const QString &table : guarded) {
        const bool appendOnly = table != QLatin1String("issues");
        const QStringList forbidden =
            appendOnly ? QStringList{QStringLiteral("UPDATE"), QStringLiteral("DELETE"),
                                     QStringLiteral("TRUNCATE")}
                       : QStringList{QStringLiteral("TRUNCATE")};
        for (const QString &privilege : forbidden) {
            Result<bool> granted =
                serverAnswers(db, QStringLiteral("SELECT pg_catalog.has_table_privilege(?, ?, ?)"),
                              {role, table, privilege}, doing);
            if (!granted) {
                return granted.error();
            }
            if (*granted) {
                problems << ServerChecksText::tr("the office role %1 may %2 table %3, which "
                                                 "only the server's guards may touch; the "
                                                 "database's owner runs REVOKE %2 ON %3 FROM %1")
                                .arg(role, privilege, table);
            }
        }
    }
    return problems;
}

// One link between tables, as the server's catalogue has it.
struct Link {
    QString name;
    QString childTable;
    QString childColumn;
    QString parentTable;
    QString parentColumn;
    bool validated = true;
};

Result<QList<Link>> linksOnServer(const QSqlDatabase &db) {
    Result<QSqlQuery> q = runSql(
        db,
        QStringLiteral(
            "SELECT con.conname, child.relname, ca.attname, parent.relname, pa.attname, "
            "con.convalidated FROM pg_catalog.pg_constraint con JOIN pg_catalog.pg_class child "
            "ON child.oid = con.conrelid JOIN pg_catalog.pg_class parent ON parent.oid = "
            "con.confrelid JOIN pg_catalog.pg_namespace n ON n.oid = child.relnamespace JOIN "
            "pg_catalog.pg_attribute ca ON ca.attrelid = con.conrelid AND ca.attnum = "
            "con.conkey[1] JOIN pg_catalog.pg_attribute pa ON pa.attrelid = con.confrelid AND "
            "pa.attnum = con.confkey[1] WHERE con.contype = 'f' AND n.nspname = "
            "current_schema() AND array_length(con.conkey, 1) = 1 ORDER BY child.relname, "
            "con.conname"),
        {}, ServerChecksText::tr("listing the links between tables"));
    if (!q) {
        return q.error();
    }
    QList<Link> links;
    while (q->next()) {
        links << Link{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                      q->value(3).toString(), q->value(4).toString(), q->value(5).toBool()};
    }
    return links;
}

// The tables whose link checks the server has switched off (a superuser's DISABLE TRIGGER ALL).
Result<QSet<QString>> tablesWithLinkChecksOff(const QSqlDatabase &db) {
    Result<QSqlQuery> q = runSql(
        db,
        QStringLiteral("SELECT DISTINCT c.relname FROM pg_catalog.pg_trigger t JOIN "
                       "pg_catalog.pg_class c ON c.oid = t.tgrelid JOIN pg_catalog.pg_namespace "
                       "n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND "
                       "t.tgisinternal AND t.tgconstraint <> 0 AND t.tgenabled NOT IN ('O', "
                       "'A')"),
        {}, ServerChecksText::tr("listing the server's link checks"));
    if (!q) {
        return q.error();
    }
    QSet<QString> tables;
    while (q->next()) {
        tables.insert(q->value(0).toString());
    }
    return tables;
}

} // namespace

Result<QStringList> guardProblems(const QSqlDatabase &db) {
    Result<QStringList> problems = triggerProblems(db);
    if (!problems) {
        return problems;
    }
    Result<QStringList> role = officeRoleProblems(db);
    if (!role) {
        return role;
    }
    return *problems + *role;
}

Result<QStringList> linkProblems(const QSqlDatabase &db) {
    Result<QList<Link>> links = linksOnServer(db);
    if (!links) {
        return links.error();
    }
    Result<QSet<QString>> unchecked = tablesWithLinkChecksOff(db);
    if (!unchecked) {
        return unchecked.error();
    }
    QStringList problems;
    for (const QString &table : *unchecked) {
        problems << ServerChecksText::tr("the server's link checks on table %1 are switched "
                                         "off; a superuser runs ALTER TABLE %1 ENABLE TRIGGER "
                                         "ALL")
                        .arg(table);
    }
    const QSqlDriver *driver = db.driver();
    const auto quoted = [driver](const QString &name) {
        return driver->escapeIdentifier(name, QSqlDriver::TableName);
    };
    for (const Link &link : *links) {
        if (!link.validated) {
            problems << ServerChecksText::tr("the link %1 from table %2 to table %3 is not "
                                             "checked by the server (NOT VALID)")
                            .arg(link.name, link.childTable, link.parentTable);
        }
        Result<QVariant> orphans = scalarSql(
            db,
            QStringLiteral("SELECT count(*) FROM %1 c WHERE c.%2 IS NOT NULL AND NOT EXISTS "
                           "(SELECT 1 FROM %3 p WHERE p.%4 = c.%2)")
                .arg(quoted(link.childTable), quoted(link.childColumn), quoted(link.parentTable),
                     quoted(link.parentColumn)),
            {},
            ServerChecksText::tr("checking the links from table %1 to table %2")
                .arg(link.childTable, link.parentTable));
        if (!orphans) {
            return orphans.error();
        }
        if (const int count = orphans->toInt(); count > 0) {
            problems << ServerChecksText::tr(
                            "%n row(s) of table %1 refer to a missing row of table %2", nullptr,
                            count)
                            .arg(link.childTable, link.parentTable);
        }
    }
    return problems;
}

Result<QStringList> guardProblems(const Database &database) {
    return guardProblems(database.connection());
}

Result<QStringList> linkProblems(const Database &database) {
    return linkProblems(database.connection());
}

} // namespace kuaibao::ServerChecks
