#include "tablecopier.h"

#include "storage/engine.h"
#include "storage/sqlutil.h"

#include <QCoreApplication>
#include <QSqlRecord>

#include <algorithm>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct TableCopierText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::ArchiveCopy)
};

// A stored NULL stays NULL (sqlValue would bind an empty text for a null string).
QVariant copiedValue(const QVariant &value) {
    return value.isNull() ? QVariant() : value;
}

// Inserts one row; returns the target's id of it when the table has one.
Result<qint64> insertRow(const QSqlDatabase &to, const QString &table, const QStringList &columns,
                         const QVariantList &values, bool hasId, const QString &doing) {
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        marks << QStringLiteral("?");
    }
    Result<QSqlQuery> query = runSql(
        to,
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))),
        values, doing);
    if (!query) {
        return query.error();
    }
    if (!hasId) {
        return 0;
    }
    return Engine::of(to).insertedId(to, *query);
}

// The rows of one select, read whole: the column names (less the id) and each row's values.
struct ReadRows {
    QStringList columns;
    QList<qint64> sourceIds;
    QList<QVariantList> values;
};

// Reads every row `select` yields, leaving out the id (kept apart when `hasId`) and mapping
// `references` through `targets`.
Result<ReadRows> readRows(const QSqlDatabase &from, const QString &table, const QString &select,
                          const QVariantList &bindings, const QStringList &references,
                          const QStringList &targets, bool hasId, const IdMaps &maps,
                          const QString &doing) {
    Result<QSqlQuery> rows = runSql(from, select, bindings, doing);
    if (!rows) {
        return rows.error();
    }
    ReadRows read;
    bool named = false;
    while (rows->next()) {
        const QSqlRecord record = rows->record();
        QVariantList values;
        for (int i = 0; i < record.count(); ++i) {
            const QString column = record.fieldName(i);
            if (hasId && column == QLatin1String("id")) {
                read.sourceIds << record.value(i).toLongLong();
                continue;
            }
            QVariant value = copiedValue(record.value(i));
            if (const qsizetype ref = references.indexOf(column); ref >= 0 && !value.isNull()) {
                const QHash<qint64, qint64> &map = maps[targets.at(ref)];
                const auto found = map.constFind(value.toLongLong());
                if (found == map.cend()) {
                    return Error::corrupt(
                        TableCopierText::tr("a %1 row of the source refers to a missing %2 row "
                                            "(%3 %4); the source is damaged")
                            .arg(table, targets.at(ref), column)
                            .arg(value.toLongLong()));
                }
                value = *found;
            }
            if (!named) {
                read.columns << column;
            }
            values << value;
        }
        named = true;
        read.values << values;
    }
    return read;
}

// Inserts the rows into a server table in one statement, each with an id taken from the
// table's sequence beforehand (so that the source's order is kept and every id is known):
// two round trips for the rows of a table, where one insert and one lastval() per row made
// copying 10,000 issues take many minutes.
Result<QList<qint64>> insertOnServer(const QSqlDatabase &to, const QString &table,
                                     const ReadRows &rows, bool hasId, const QString &doing) {
    QList<qint64> ids;
    if (hasId) {
        Result<QSqlQuery> taken =
            runSql(to,
                   QStringLiteral("SELECT nextval(pg_get_serial_sequence('%1', 'id')) FROM "
                                  "generate_series(1, ?)")
                       .arg(table),
                   {rows.values.size()}, doing);
        if (!taken) {
            return taken.error();
        }
        while (taken->next()) {
            ids << taken->value(0).toLongLong();
        }
        std::sort(ids.begin(), ids.end());
        if (ids.size() != rows.values.size()) {
            return Error::storage(TableCopierText::tr("the server gave %1 new %2 ids for %3 rows")
                                      .arg(ids.size())
                                      .arg(table)
                                      .arg(rows.values.size()));
        }
    }
    QStringList marks;
    for (qsizetype i = 0; i < rows.columns.size() + (hasId ? 1 : 0); ++i) {
        marks << QStringLiteral("?");
    }
    const QString tuple = QLatin1Char('(') + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
    QStringList tuples;
    QVariantList bindings;
    for (qsizetype row = 0; row < rows.values.size(); ++row) {
        tuples << tuple;
        if (hasId) {
            bindings << ids.at(row);
        }
        bindings << rows.values.at(row);
    }
    const QString columns =
        (hasId ? QStringLiteral("id, ") : QString()) + rows.columns.join(QStringLiteral(", "));
    if (Status s = execSql(to,
                           QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                               .arg(table, columns, tuples.join(QStringLiteral(", "))),
                           bindings, doing);
        !s) {
        return s.error();
    }
    return ids;
}

// Copies every row `select` yields into `table`, leaving out the id (the target's new id is
// recorded in maps[table] when `hasId`), and mapping `references` through `targets`.
Result<int> copyRows(const QSqlDatabase &from, const QSqlDatabase &to, const QString &table,
                     const QString &select, const QVariantList &bindings,
                     const QStringList &references, const QStringList &targets, bool hasId,
                     IdMaps &maps) {
    const QString doing = TableCopierText::tr("copying the %1 rows").arg(table);
    Result<ReadRows> rows =
        readRows(from, table, select, bindings, references, targets, hasId, maps, doing);
    if (!rows) {
        return rows.error();
    }
    if (rows->values.isEmpty()) {
        return 0;
    }
    if (Engine::of(to).kind() == EngineKind::Postgres) {
        Result<QList<qint64>> ids = insertOnServer(to, table, *rows, hasId, doing);
        if (!ids) {
            return ids.error();
        }
        for (qsizetype row = 0; row < ids->size(); ++row) {
            maps[table].insert(rows->sourceIds.at(row), ids->at(row));
        }
        return static_cast<int>(rows->values.size());
    }
    for (qsizetype row = 0; row < rows->values.size(); ++row) {
        Result<qint64> id = insertRow(to, table, rows->columns, rows->values.at(row), hasId, doing);
        if (!id) {
            return id.error();
        }
        if (hasId) {
            maps[table].insert(rows->sourceIds.at(row), *id);
        }
    }
    return static_cast<int>(rows->values.size());
}

Result<QVariant> keyOf(const QSqlDatabase &db, const QString &sql, const QVariantList &bindings) {
    return scalarSql(db, sql, bindings, TableCopierText::tr("comparing the signing keys"));
}

// People are matched by name: one already in the target must have the same key.
Result<int> copyPeople(const QSqlDatabase &from, const QSqlDatabase &to, IdMaps &maps) {
    Result<QSqlQuery> people =
        runSql(from, QStringLiteral("SELECT id, name, public_key FROM people ORDER BY id"), {},
               TableCopierText::tr("reading the people"));
    if (!people) {
        return people.error();
    }
    // Read whole before copying: on a server the rows come one at a time, and the next
    // statement on the source connection would discard those not read yet.
    struct Person {
        qint64 id;
        QString name;
        QByteArray key;
    };
    QList<Person> all;
    while (people->next()) {
        all.append({people->value(0).toLongLong(), people->value(1).toString(),
                    people->value(2).toByteArray()});
    }
    int added = 0;
    for (const auto &[id, name, key] : std::as_const(all)) {
        Result<QSqlQuery> there =
            runSql(to, QStringLiteral("SELECT id, public_key FROM people WHERE name = ?"), {name},
                   TableCopierText::tr("looking for %1").arg(name));
        if (!there) {
            return there.error();
        }
        if (there->next()) {
            if (there->value(1).toByteArray() != key) {
                return Error::conflict(
                    TableCopierText::tr("%1 is a person in both archives, with different signing "
                                        "keys; nothing was copied")
                        .arg(name));
            }
            maps[QStringLiteral("people")].insert(id, there->value(0).toLongLong());
            continue;
        }
        Result<int> copied =
            copyRows(from, to, QStringLiteral("people"),
                     QStringLiteral("SELECT id, name, roles, password_hash, "
                                    "failed_attempts, locked_until, created_at, "
                                    "public_key, sealed_key, retired_at FROM people WHERE id = ?"),
                     {id}, {}, {}, true, maps);
        if (!copied) {
            return copied.error();
        }
        added += *copied;
    }
    return added;
}

Status copyAdministrator(const QSqlDatabase &from, const QSqlDatabase &to, IdMaps &maps) {
    Result<QVariant> source =
        keyOf(from, QStringLiteral("SELECT public_key FROM signoff_admin WHERE id = 1"), {});
    Result<QVariant> target =
        keyOf(to, QStringLiteral("SELECT public_key FROM signoff_admin WHERE id = 1"), {});
    if (!source || !target) {
        return !source ? source.error() : target.error();
    }
    if (source->isNull()) {
        return {};
    }
    if (!target->isNull()) {
        if (target->toByteArray() != source->toByteArray()) {
            return Error::conflict(TableCopierText::tr(
                "the two archives have different administrator keys, so the source's signatures "
                "could not be verified in the target; nothing was copied"));
        }
        return {};
    }
    Result<int> copied =
        copyRows(from, to, QStringLiteral("signoff_admin"),
                 QStringLiteral("SELECT id, person_id, public_key, created_at FROM signoff_admin"),
                 {}, {QStringLiteral("person_id")}, {QStringLiteral("people")}, false, maps);
    return copied ? Status() : Status(copied.error());
}

} // namespace

Result<int> TableCopier::copy(const CopiedTable &table, const QList<qint64> &issueIds,
                              IdMaps &maps) {
    QStringList ids;
    ids.reserve(issueIds.size());
    for (qint64 id : issueIds) {
        ids << QString::number(id);
    }
    return copyRows(
        m_from, m_to, table.name,
        QStringLiteral("SELECT * FROM %1 WHERE %2 ORDER BY %3")
            .arg(table.name, table.whereIssues.arg(ids.join(QLatin1Char(','))), table.orderBy),
        {}, table.references, table.referencedTables, table.hasId, maps);
}

namespace {

// Copies the rows of a table of administrator-signed statements (a person's certificate or
// retirement) whose statement the target does not hold yet.
Status copyMissingStatements(const QSqlDatabase &from, const QSqlDatabase &to, const QString &table,
                             const QString &otherColumns, const QString &reading, IdMaps &maps) {
    Result<QSqlQuery> rows = runSql(
        from, QStringLiteral("SELECT id, statement FROM %1 ORDER BY id").arg(table), {}, reading);
    if (!rows) {
        return rows.error();
    }
    QList<std::pair<qint64, QByteArray>> source; // read whole before writing, as the people
    while (rows->next()) {
        source.append({rows->value(0).toLongLong(), rows->value(1).toByteArray()});
    }
    for (const auto &[id, statement] : std::as_const(source)) {
        Result<QVariant> there =
            scalarSql(to, QStringLiteral("SELECT count(*) FROM %1 WHERE statement = ?").arg(table),
                      {statement});
        if (!there) {
            return there.error();
        }
        if (there->toInt() > 0) {
            continue;
        }
        Result<int> copied =
            copyRows(from, to, table,
                     QStringLiteral("SELECT id, person_id, statement, %1 FROM %2 WHERE id = ?")
                         .arg(otherColumns, table),
                     {id}, {QStringLiteral("person_id")}, {QStringLiteral("people")}, true, maps);
        if (!copied) {
            return copied.error();
        }
    }
    return {};
}

} // namespace

Result<ArchiveCopy::Report> copySharedRows(const QSqlDatabase &from, const QSqlDatabase &to,
                                           IdMaps &maps) {
    ArchiveCopy::Report report;
    Result<int> people = copyPeople(from, to, maps);
    if (!people) {
        return people.error();
    }
    report.people = *people;
    if (Status s = copyAdministrator(from, to, maps); !s) {
        return s.error();
    }
    // Certificates and retirements the target lacks (the same statement signed by the same
    // administrator).
    if (Status s = copyMissingStatements(from, to, QStringLiteral("signoff_certificates"),
                                         QStringLiteral("admin_signature, created_at"),
                                         TableCopierText::tr("reading the certificates"), maps);
        !s) {
        return s.error();
    }
    if (Status s = copyMissingStatements(from, to, QStringLiteral("signoff_retirements"),
                                         QStringLiteral("admin_signature"),
                                         TableCopierText::tr("reading the retirements"), maps);
        !s) {
        return s.error();
    }
    // Units, aliases and template versions the target lacks.
    for (const auto &[table, columns, key] :
         {std::tuple{QStringLiteral("units"), QStringLiteral("name, position"),
                     QStringLiteral("name")},
          std::tuple{QStringLiteral("unit_aliases"), QStringLiteral("alias, unit"),
                     QStringLiteral("alias")},
          std::tuple{QStringLiteral("template_versions"),
                     QStringLiteral("template_id, version, source, stored_at"),
                     QStringLiteral("template_id, version")}}) {
        Result<QSqlQuery> rows =
            runSql(from, QStringLiteral("SELECT %1 FROM %2").arg(columns, table), {},
                   TableCopierText::tr("copying the %1 rows").arg(table));
        if (!rows) {
            return rows.error();
        }
        const int width = int(columns.count(QLatin1Char(',')) + 1);
        QStringList marks;
        for (int i = 0; i < width; ++i) {
            marks << QStringLiteral("?");
        }
        while (rows->next()) {
            QVariantList values;
            for (int i = 0; i < width; ++i) {
                values << copiedValue(rows->value(i));
            }
            Result<QSqlQuery> inserted =
                runSql(to,
                       QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) DO NOTHING")
                           .arg(table, columns, marks.join(QStringLiteral(", ")), key),
                       values, TableCopierText::tr("copying the %1 rows").arg(table));
            if (!inserted) {
                return inserted.error();
            }
            const int added = inserted->numRowsAffected() > 0 ? 1 : 0;
            if (table == QLatin1String("template_versions")) {
                report.templateVersions += added;
            } else if (table == QLatin1String("units")) {
                report.units += added;
            }
        }
    }
    return report;
}

} // namespace kuaibao
