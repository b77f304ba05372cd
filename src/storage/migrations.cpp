#include "migrations.h"

#include "engine.h"
#include "schema_v1.h"
#include "search/searchmigration.h"
#include "signoff/signoffschema.h"
#include "sqlutil.h"
#include "units/unitsmigration.h"

#include <QCoreApplication>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct MigrationsText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::Migrations)
};

Status applyStatements(const QSqlDatabase &db, const QStringList &statements, int version) {
    for (const QString &sql : statements) {
        Status s = execSql(db, sql, {}, MigrationsText::tr("schema step %1").arg(version));
        if (!s) {
            return s;
        }
    }
    return {};
}

// v2: a revision per issue so that two writers of one issue find out instead of mixing,
// and the indexes that statistics and listing by date use.
Status revisionsAndIndexes(const QSqlDatabase &db) {
    return applyStatements(
        db,
        {QStringLiteral("ALTER TABLE issues ADD COLUMN revision INTEGER NOT NULL DEFAULT 1"),
         QStringLiteral("CREATE INDEX issues_by_date ON issues(issue_date, number)"),
         QStringLiteral("CREATE INDEX item_units_by_unit ON item_units(unit)"),
         QStringLiteral("CREATE INDEX also_units_by_unit ON also_units(unit)")},
        2);
}

// v5: the source of each template version issues were saved with, so an old issue prints as
// it was set.
Status templateVersions(const QSqlDatabase &db) {
    return applyStatements(db,
                           {QStringLiteral("CREATE TABLE template_versions ("
                                           "template_id TEXT NOT NULL, version INTEGER NOT NULL, "
                                           "source BLOB NOT NULL, stored_at TEXT NOT NULL, "
                                           "PRIMARY KEY (template_id, version))")},
                           5);
}

// v7: signing keys for sign-off (signoff/signoffschema.h).
Status signoffKeys(const QSqlDatabase &db) {
    return applyStatements(db, signoffKeySchemaStatements(), 7);
}

// v8: a paragraph's heading level (0 body text, 1–4 一、（一）1.（1）); existing paragraphs are
// body text.
Status paragraphLevels(const QSqlDatabase &db) {
    return applyStatements(
        db,
        {QStringLiteral("ALTER TABLE paragraphs ADD COLUMN level INTEGER NOT NULL "
                        "DEFAULT 0 CHECK (level BETWEEN 0 AND 4)")},
        8);
}

// v9: retired people and the retirements the administrator signed.
Status retiredPeople(const QSqlDatabase &db) {
    return applyStatements(db, signoffRetirementSchemaStatements(), 9);
}

// v10: one editor per issue: the lease a window holds on the issue it edits
// (live/editingleases.h).
Status editingLeases(const QSqlDatabase &db) {
    return applyStatements(
        db,
        {QStringLiteral("CREATE TABLE editing_leases (issue_id INTEGER PRIMARY KEY REFERENCES "
                        "issues(id) ON DELETE CASCADE, holder TEXT NOT NULL, holder_name TEXT "
                        "NOT NULL, since_ms INTEGER NOT NULL, renewed_ms INTEGER NOT NULL)")},
        10);
}

// v11: nothing in a file. On a server the short-query search pieces become one row per issue
// (postgres/postgressearch.h); the step keeps the two ladders at one version.
Status serverSearchPieces(const QSqlDatabase &) {
    return {};
}

} // namespace

const QList<Migration> &schemaMigrations() {
    static const QList<Migration> steps = {
        {1, QStringLiteral("issues, sections, articles, paragraphs, briefs, footer"),
         [](const QSqlDatabase &db) { return applyStatements(db, schemaV1Statements(), 1); }},
        {2, QStringLiteral("issue revisions; indexes by date and unit"), revisionsAndIndexes},
        {3, QStringLiteral("sign-off: people, signatures, returns, log"),
         [](const QSqlDatabase &db) { return applyStatements(db, signoffSchemaStatements(), 3); }},
        {4, QStringLiteral("full-text search index"), addSearchIndex},
        {5, QStringLiteral("template versions issues were set with"), templateVersions},
        {6, QStringLiteral("unit list with aliases"), addUnitList},
        {7, QStringLiteral("sign-off keys, administrator, certificates, signed acts"), signoffKeys},
        {8, QStringLiteral("heading levels of paragraphs"), paragraphLevels},
        {9, QStringLiteral("retired people"), retiredPeople},
        {10, QStringLiteral("editing leases, one editor per issue"), editingLeases},
        {11, QStringLiteral("short-query search pieces, one row per issue (on a server)"),
         serverSearchPieces},
    };
    return steps;
}

int latestSchemaVersion() {
    return schemaMigrations().last().version;
}

Status migrateSchema(const QSqlDatabase &db, int targetVersion) {
    const Engine &engine = Engine::of(db);
    for (const Migration &step : engine.migrations()) {
        if (step.version > targetVersion) {
            break;
        }
        Result<int> current = engine.schemaVersion(db);
        if (!current) {
            return current.error();
        }
        if (*current >= step.version) {
            continue;
        }
        Status begun = execSql(db, engine.statement(EngineStatement::BeginWrite), {},
                               MigrationsText::tr("starting schema step %1").arg(step.version));
        if (!begun) {
            return begun;
        }
        Status applied = step.apply(db);
        if (applied) {
            applied = engine.setSchemaVersion(db, step.version);
        }
        if (applied) {
            applied = execSql(db, QStringLiteral("COMMIT"), {},
                              MigrationsText::tr("finishing schema step %1").arg(step.version));
        }
        if (!applied) {
            (void)execSql(db, QStringLiteral("ROLLBACK"));
            return Error{applied.error().kind,
                         MigrationsText::tr("upgrading the database to schema %1 (%2) failed: %3")
                             .arg(step.version)
                             .arg(step.description, applied.error().message)};
        }
    }
    return {};
}

} // namespace kuaibao
