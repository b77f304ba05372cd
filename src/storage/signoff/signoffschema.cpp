#include "signoffschema.h"

namespace kuaibao {

namespace {

// The second line of defence: triggers that refuse changes to the rows of an 已签发 issue, for
// each content table with the expression that finds the row's issue from NEW or OLD.
QStringList readOnlyTriggers() {
    const QList<std::pair<QString, QString>> tables = {
        {QStringLiteral("sections"), QStringLiteral("R.issue_id")},
        {QStringLiteral("articles"),
         QStringLiteral("(SELECT issue_id FROM sections WHERE id = R.section_id)")},
        {QStringLiteral("categories"),
         QStringLiteral("(SELECT issue_id FROM sections WHERE id = R.section_id)")},
        {QStringLiteral("paragraphs"),
         QStringLiteral("(SELECT s.issue_id FROM articles a JOIN sections s ON a.section_id = s.id "
                        "WHERE a.id = R.article_id)")},
        {QStringLiteral("items"),
         QStringLiteral(
             "(SELECT s.issue_id FROM categories c JOIN sections s ON c.section_id = s.id "
             "WHERE c.id = R.category_id)")},
        {QStringLiteral("item_units"),
         QStringLiteral("(SELECT s.issue_id FROM items i JOIN categories c ON i.category_id = c.id "
                        "JOIN sections s ON c.section_id = s.id WHERE i.id = R.item_id)")},
        {QStringLiteral("also_units"),
         QStringLiteral(
             "(SELECT s.issue_id FROM categories c JOIN sections s ON c.section_id = s.id "
             "WHERE c.id = R.category_id)")},
        {QStringLiteral("footer_lines"), QStringLiteral("R.issue_id")},
    };
    const QString refuse =
        QStringLiteral("BEGIN SELECT RAISE(ABORT, 'kuaibao: the issue is signed off (已签发) and "
                       "read-only'); END");
    QStringList out;
    for (const auto &[table, issueOf] : tables) {
        for (const auto &[event, row] :
             {std::pair{QStringLiteral("INSERT"), QStringLiteral("NEW")},
              std::pair{QStringLiteral("UPDATE"), QStringLiteral("OLD")},
              std::pair{QStringLiteral("DELETE"), QStringLiteral("OLD")}}) {
            QString issue = issueOf;
            issue.replace(QStringLiteral("R."), row + QLatin1Char('.'));
            out << QStringLiteral(
                       "CREATE TRIGGER signed_%1_%2 BEFORE %3 ON %1 WHEN EXISTS (SELECT 1 FROM "
                       "signoff_locks WHERE issue_id = %4) %5")
                       .arg(table, event.toLower(), event, issue, refuse);
        }
    }
    out << QStringLiteral("CREATE TRIGGER signed_issues_update BEFORE UPDATE ON issues WHEN "
                          "NEW.status = 'published' AND EXISTS (SELECT 1 FROM "
                          "signoff_locks WHERE issue_id = OLD.id) ") +
               refuse;
    out << QStringLiteral("CREATE TRIGGER signed_issues_delete BEFORE DELETE ON issues WHEN "
                          "EXISTS (SELECT 1 FROM signoff_locks WHERE issue_id = OLD.id) ") +
               refuse;
    return out;
}

} // namespace

QStringList signoffSchemaStatements() {
    return QStringList{
               QStringLiteral(R"(CREATE TABLE people (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
            roles TEXT NOT NULL,
            password_hash TEXT NOT NULL,
            failed_attempts INTEGER NOT NULL DEFAULT 0,
            locked_until TEXT,
            created_at TEXT NOT NULL))"),
               QStringLiteral(R"(CREATE TABLE signatures (
            id INTEGER PRIMARY KEY,
            issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
            stage INTEGER NOT NULL CHECK (stage >= 1),
            role TEXT NOT NULL,
            person_id INTEGER NOT NULL REFERENCES people(id),
            person_name TEXT NOT NULL,
            signed_at TEXT NOT NULL,
            content_sha256 TEXT NOT NULL,
            content_snapshot TEXT NOT NULL,
            voided_at TEXT,
            void_reason TEXT,
            voided_by_revision INTEGER))"),
               QStringLiteral("CREATE INDEX signatures_by_issue ON signatures(issue_id, stage)"),
               QStringLiteral(R"(CREATE TABLE signoff_returns (
            id INTEGER PRIMARY KEY,
            issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
            role TEXT NOT NULL,
            person_name TEXT NOT NULL,
            remark TEXT NOT NULL CHECK (length(trim(remark)) > 0),
            returned_at TEXT NOT NULL,
            resolved_at TEXT,
            resolved_by TEXT))"),
               QStringLiteral("CREATE INDEX returns_by_issue ON signoff_returns(issue_id)"),
               QStringLiteral(R"(CREATE TABLE signoff_views (
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
            seen_at TEXT NOT NULL,
            content_snapshot TEXT NOT NULL,
            PRIMARY KEY (person_id, issue_id)))"),
               QStringLiteral(R"(CREATE TABLE signoff_log (
            id INTEGER PRIMARY KEY,
            issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
            at TEXT NOT NULL,
            action TEXT NOT NULL,
            person_name TEXT NOT NULL DEFAULT '',
            role TEXT NOT NULL DEFAULT '',
            detail TEXT NOT NULL DEFAULT '',
            revision INTEGER))"),
               QStringLiteral("CREATE INDEX signoff_log_by_issue ON signoff_log(issue_id, id)"),
               // The issues whose sign-off is complete: the triggers read it.
               QStringLiteral("CREATE TABLE signoff_locks (issue_id INTEGER PRIMARY KEY "
                              "REFERENCES issues(id) ON DELETE CASCADE)"),
           } +
           readOnlyTriggers();
}

} // namespace kuaibao

namespace kuaibao {

QStringList signoffKeySchemaStatements() {
    return {
        QStringLiteral("ALTER TABLE people ADD COLUMN public_key BLOB"),
        QStringLiteral("ALTER TABLE people ADD COLUMN sealed_key TEXT"),
        QStringLiteral(R"(CREATE TABLE signoff_admin (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            person_id INTEGER NOT NULL REFERENCES people(id),
            public_key BLOB NOT NULL,
            created_at TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE signoff_certificates (
            id INTEGER PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES people(id),
            statement BLOB NOT NULL,
            admin_signature BLOB NOT NULL,
            created_at TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE signoff_acts (
            id INTEGER PRIMARY KEY,
            issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL CHECK (seq >= 1),
            statement BLOB NOT NULL,
            signature BLOB NOT NULL,
            UNIQUE (issue_id, seq)))"),
        QStringLiteral("CREATE TRIGGER signoff_acts_append_only BEFORE UPDATE ON signoff_acts "
                       "BEGIN SELECT RAISE(ABORT, 'signed sign-off acts cannot be changed'); END"),
        QStringLiteral("CREATE TRIGGER signoff_certificates_append_only BEFORE UPDATE ON "
                       "signoff_certificates BEGIN SELECT RAISE(ABORT, 'certificates cannot be "
                       "changed'); END"),
    };
}

} // namespace kuaibao

namespace kuaibao {

QStringList signoffRetirementSchemaStatements() {
    return {
        QStringLiteral("ALTER TABLE people ADD COLUMN retired_at TEXT"),
        QStringLiteral(R"(CREATE TABLE signoff_retirements (
            id INTEGER PRIMARY KEY,
            person_id INTEGER NOT NULL UNIQUE REFERENCES people(id),
            statement BLOB NOT NULL,
            admin_signature BLOB NOT NULL))"),
        QStringLiteral("CREATE TRIGGER signoff_retirements_no_update BEFORE UPDATE ON "
                       "signoff_retirements BEGIN SELECT RAISE(ABORT, 'retirements cannot be "
                       "changed'); END"),
        QStringLiteral("CREATE TRIGGER signoff_retirements_no_delete BEFORE DELETE ON "
                       "signoff_retirements BEGIN SELECT RAISE(ABORT, 'retirements cannot be "
                       "removed'); END"),
    };
}

} // namespace kuaibao
