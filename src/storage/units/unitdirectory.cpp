#include "unitdirectory.h"

#include "core/signoff/personname.h"
#include "storage/database.h"
#include "storage/search/searchindexwriter.h"
#include "storage/sqlutil.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct UnitDirectoryText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::UnitDirectory)
};

// The issues whose items or also-took-part lists name `name`.
const QString kIssuesNaming = QStringLiteral(
    "SELECT s.issue_id FROM item_units u JOIN items it ON it.id = u.item_id "
    "JOIN categories c ON c.id = it.category_id JOIN sections s ON s.id = c.section_id "
    "WHERE u.unit = ? UNION SELECT s.issue_id FROM also_units a "
    "JOIN categories c ON c.id = a.category_id JOIN sections s ON s.id = c.section_id "
    "WHERE a.unit = ?");

Result<QString> kindOfName(const QSqlDatabase &db, const QString &name) {
    Result<QVariant> kind =
        scalarSql(db,
                  QStringLiteral("SELECT 'unit' FROM units WHERE name = ? UNION ALL "
                                 "SELECT 'alias' FROM unit_aliases WHERE alias = ? LIMIT 1"),
                  {name, name}, UnitDirectoryText::tr("looking up the unit %1").arg(name));
    if (!kind) {
        return kind.error();
    }
    return kind->toString();
}

Result<QString> checkedName(const QString &raw, const QString &what) {
    const QString name = raw.trimmed();
    if (name.isEmpty()) {
        return Error::badInput(UnitDirectoryText::tr("the %1 must not be empty").arg(what));
    }
    if (name.contains(QLatin1Char('|')) || name.contains(QLatin1Char('\n'))) {
        return Error::badInput(
            UnitDirectoryText::tr("the %1 \"%2\" must not contain '|' or a line break")
                .arg(what, escapeControls(name)));
    }
    // A terminal escape would rewrite the lines of whatever lists the unit; a zero-width or
    // direction mark makes a second unit that looks like the first.
    const auto unseen = [](QChar c) {
        return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format;
    };
    if (std::any_of(name.cbegin(), name.cend(), unseen)) {
        return Error::badInput(
            UnitDirectoryText::tr("the %1 \"%2\" must not contain control or invisible characters "
                                  "(terminal escapes, zero-width spaces, direction marks)")
                .arg(what, escapeControls(name)));
    }
    return name;
}

} // namespace

QStringList UnitDirectory::schemaStatements() {
    return {
        QStringLiteral("CREATE TABLE units (name TEXT PRIMARY KEY, position INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE unit_aliases (alias TEXT PRIMARY KEY, unit TEXT NOT NULL "
                       "REFERENCES units(name) ON UPDATE CASCADE ON DELETE CASCADE)"),
    };
}

Status UnitDirectory::seed(const QSqlDatabase &db, const BulletinTemplate &bulletinTemplate) {
    const QString doing = UnitDirectoryText::tr("storing the template's unit list");
    int position = 0;
    for (const UnitEntry &unit : bulletinTemplate.units()) {
        if (Status s = execSql(
                db,
                QStringLiteral(
                    "INSERT INTO units (name, position) VALUES (?, ?) ON CONFLICT DO NOTHING"),
                {unit.name, position++}, doing);
            !s) {
            return s;
        }
        for (const QString &alias : unit.aliases) {
            if (Status s =
                    execSql(db,
                            QStringLiteral("INSERT INTO unit_aliases (alias, unit) VALUES (?, ?) "
                                           "ON CONFLICT DO NOTHING"),
                            {alias, unit.name}, doing);
                !s) {
                return s;
            }
        }
    }
    return {};
}

Status UnitDirectory::normalizeStored(const QSqlDatabase &db) {
    Result<QSqlQuery> aliases = runSql(db, QStringLiteral("SELECT alias, unit FROM unit_aliases"),
                                       {}, UnitDirectoryText::tr("reading the unit aliases"));
    if (!aliases) {
        return aliases.error();
    }
    QList<std::pair<QString, QString>> pairs;
    while (aliases->next()) {
        pairs.append({aliases->value(0).toString(), aliases->value(1).toString()});
    }
    QList<qint64> touched;
    for (const auto &[alias, unit] : pairs) {
        Result<QSqlQuery> issues = runSql(db, kIssuesNaming, {alias, alias});
        if (!issues) {
            return issues.error();
        }
        while (issues->next()) {
            touched.append(issues->value(0).toLongLong());
        }
        for (const QString &table : {QStringLiteral("item_units"), QStringLiteral("also_units")}) {
            if (Status s =
                    execSql(db, QStringLiteral("UPDATE %1 SET unit = ? WHERE unit = ?").arg(table),
                            {unit, alias});
                !s) {
                return s;
            }
        }
    }
    for (const auto &[table, owner] :
         {std::pair{QStringLiteral("item_units"), QStringLiteral("item_id")},
          std::pair{QStringLiteral("also_units"), QStringLiteral("category_id")}}) {
        const QString dedupe =
            QStringLiteral("DELETE FROM %1 WHERE EXISTS (SELECT 1 FROM %1 b WHERE b.%2 = %1.%2 "
                           "AND b.unit = %1.unit AND b.position < %1.position)");
        if (Status s = execSql(db, dedupe.arg(table, owner)); !s) {
            return s;
        }
    }
    std::sort(touched.begin(), touched.end());
    touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
    return SearchIndexWriter(db).reindexStored(touched);
}

Result<UnitNormalizer> UnitDirectory::normalizer(const QSqlDatabase &db) {
    Result<QVariant> present = scalarSql(db, Engine::of(db).statement(EngineStatement::TableExists),
                                         {QStringLiteral("unit_aliases")});
    if (!present) {
        return present.error();
    }
    if (present->toInt() == 0) {
        return UnitNormalizer(); // before schema step 6, which maps what was stored before it
    }
    Result<QSqlQuery> rows =
        runSql(db,
               QStringLiteral(
                   "SELECT name, name FROM units UNION ALL SELECT alias, unit FROM unit_aliases"),
               {}, UnitDirectoryText::tr("reading the unit list"));
    if (!rows) {
        return rows.error();
    }
    QHash<QString, QString> map;
    while (rows->next()) {
        map.insert(rows->value(0).toString(), rows->value(1).toString());
    }
    return UnitNormalizer(std::move(map));
}

Result<UnitNormalizer> UnitDirectory::normalizer(const Database &database) {
    return normalizer(database.connection());
}

Result<QStringList> UnitDirectory::names(const Database &database) {
    return names(database.connection());
}

Result<QStringList> UnitDirectory::names(const QSqlDatabase &db) {
    Result<QSqlQuery> rows =
        runSql(db, QStringLiteral("SELECT name FROM units ORDER BY position, name"), {},
               UnitDirectoryText::tr("reading the unit list"));
    if (!rows) {
        return rows.error();
    }
    QStringList out;
    while (rows->next()) {
        out.append(rows->value(0).toString());
    }
    return out;
}

Result<QList<UnitEntry>> UnitDirectory::list() const {
    const QSqlDatabase db = m_db.connection();
    Result<QStringList> unitNames = names(db);
    if (!unitNames) {
        return unitNames.error();
    }
    Result<QSqlQuery> aliases =
        runSql(db, m_db.engine().statement(EngineStatement::UnitAliasesInOrder), {},
               UnitDirectoryText::tr("reading the unit aliases"));
    if (!aliases) {
        return aliases.error();
    }
    QList<UnitEntry> out;
    for (const QString &name : *unitNames) {
        out.append({name, {}});
    }
    while (aliases->next()) {
        for (UnitEntry &entry : out) {
            if (entry.name == aliases->value(0).toString()) {
                entry.aliases.append(aliases->value(1).toString());
            }
        }
    }
    return out;
}

Status UnitDirectory::add(const QString &rawName) {
    Result<QString> name = checkedName(rawName, UnitDirectoryText::tr("unit name"));
    if (!name) {
        return name.error();
    }
    return m_db.write([&]() -> Status {
        Result<QString> kind = kindOfName(m_db.connection(), *name);
        if (!kind) {
            return kind.error();
        }
        if (!kind->isEmpty()) {
            return Error::conflict(
                UnitDirectoryText::tr("%1 is already a unit or an alias").arg(*name));
        }
        return execSql(
            m_db.connection(),
            QStringLiteral("INSERT INTO units (name, position) "
                           "VALUES (?, (SELECT coalesce(max(position), -1) + 1 FROM units))"),
            {*name}, UnitDirectoryText::tr("adding the unit %1").arg(*name));
    });
}

Result<int> UnitDirectory::addAlias(const QString &unit, const QString &alias) {
    return map(alias, unit);
}

Status UnitDirectory::removeAlias(const QString &alias) {
    return m_db.write([&]() -> Status {
        Result<QSqlQuery> q =
            runSql(m_db.connection(), QStringLiteral("DELETE FROM unit_aliases WHERE alias = ?"),
                   {alias.trimmed()}, UnitDirectoryText::tr("removing the alias %1").arg(alias));
        if (!q) {
            return q.error();
        }
        if (q->numRowsAffected() == 0) {
            return Error::notFound(
                UnitDirectoryText::tr("%1 is not an alias").arg(alias.trimmed()));
        }
        return {};
    });
}

Result<QList<UnknownUnit>> UnitDirectory::unknown() const {
    Result<QSqlQuery> rows =
        runSql(m_db.connection(),
               QStringLiteral("SELECT unit, sum(item), sum(mention) FROM ("
                              "SELECT unit, 1 AS item, 0 AS mention FROM item_units UNION ALL "
                              "SELECT unit, 0, 1 FROM also_units) AS occurrences "
                              "WHERE unit NOT IN (SELECT name FROM units) AND unit NOT IN (SELECT "
                              "alias FROM unit_aliases) "
                              "GROUP BY unit ORDER BY sum(item) + sum(mention) DESC, unit"),
               {}, UnitDirectoryText::tr("finding unknown units"));
    if (!rows) {
        return rows.error();
    }
    QList<UnknownUnit> out;
    while (rows->next()) {
        out.append({rows->value(0).toString(), rows->value(1).toInt(), rows->value(2).toInt()});
    }
    return out;
}

Result<int> UnitDirectory::countOccurrences(const QString &name) const {
    Result<QVariant> count =
        scalarSql(m_db.connection(),
                  QStringLiteral("SELECT (SELECT count(*) FROM item_units WHERE unit = ?) + "
                                 "(SELECT count(*) FROM also_units WHERE unit = ?)"),
                  {name, name}, UnitDirectoryText::tr("counting the occurrences of %1").arg(name));
    if (!count) {
        return count.error();
    }
    return count->toInt();
}

Result<int> UnitDirectory::map(const QString &rawName, const QString &rawUnit) {
    Result<QString> name = checkedName(rawName, UnitDirectoryText::tr("name to map"));
    Result<QString> unit = checkedName(rawUnit, UnitDirectoryText::tr("unit name"));
    if (!name || !unit) {
        return !name ? name.error() : unit.error();
    }
    int changed = 0;
    Status done = m_db.write([&]() -> Status {
        const QSqlDatabase db = m_db.connection();
        Result<QString> target = kindOfName(db, *unit);
        Result<QString> source = kindOfName(db, *name);
        if (!target || !source) {
            return !target ? target.error() : source.error();
        }
        if (*target != QStringLiteral("unit")) {
            return Error::notFound(
                UnitDirectoryText::tr("%1 is not a unit of the list; add it first").arg(*unit));
        }
        if (*source == QStringLiteral("unit")) {
            return Error::conflict(
                UnitDirectoryText::tr("%1 is a unit of the list itself and cannot become an alias")
                    .arg(*name));
        }
        // Replaced as a new row, so that it lists last, as a new alias does.
        if (Status s =
                execSql(db, QStringLiteral("DELETE FROM unit_aliases WHERE alias = ?"), {*name});
            !s) {
            return s;
        }
        if (Status s =
                execSql(db, QStringLiteral("INSERT INTO unit_aliases (alias, unit) VALUES (?, ?)"),
                        {*name, *unit});
            !s) {
            return s;
        }
        Result<int> occurrences = countOccurrences(*name);
        if (!occurrences) {
            return occurrences.error();
        }
        changed = *occurrences;
        return normalizeStored(db);
    });
    if (!done) {
        return done.error();
    }
    return changed;
}

} // namespace kuaibao
