#include "signoffschema.h"

namespace kuaibao {

QStringList signoffSchemaStatements() {
    return {
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
    };
}

} // namespace kuaibao
