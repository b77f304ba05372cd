#include "schema_v1.h"

namespace kuaibao {

QStringList schemaV1Statements() {
    return {
        QStringLiteral(R"(CREATE TABLE issues (
            id INTEGER PRIMARY KEY,
            series TEXT NOT NULL CHECK (series IN ('regular', 'supplement')),
            number INTEGER NOT NULL CHECK (number > 0),
            cumulative_number INTEGER CHECK (cumulative_number IS NULL OR cumulative_number > 0),
            name_lines TEXT NOT NULL,
            office TEXT NOT NULL,
            issue_date TEXT NOT NULL,
            status TEXT NOT NULL,
            template_id TEXT NOT NULL DEFAULT '',
            template_version INTEGER NOT NULL DEFAULT 0,
            print_run INTEGER CHECK (print_run IS NULL OR print_run > 0),
            saved_at TEXT NOT NULL,
            UNIQUE (series, number)))"),
        QStringLiteral(R"(CREATE TABLE sections (
            id INTEGER PRIMARY KEY,
            issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('articles', 'briefs')),
            UNIQUE (issue_id, position)))"),
        QStringLiteral(R"(CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            section_id INTEGER NOT NULL REFERENCES sections(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            title TEXT NOT NULL,
            attribution TEXT NOT NULL,
            UNIQUE (section_id, position)))"),
        QStringLiteral(R"(CREATE TABLE paragraphs (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            plain_text TEXT NOT NULL,
            bold_ranges TEXT NOT NULL DEFAULT '',
            UNIQUE (article_id, position)))"),
        QStringLiteral(R"(CREATE TABLE categories (
            id INTEGER PRIMARY KEY,
            section_id INTEGER NOT NULL REFERENCES sections(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            UNIQUE (section_id, position)))"),
        QStringLiteral(R"(CREATE TABLE items (
            id INTEGER PRIMARY KEY,
            category_id INTEGER NOT NULL REFERENCES categories(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            plain_text TEXT NOT NULL,
            bold_ranges TEXT NOT NULL DEFAULT '',
            UNIQUE (category_id, position)))"),
        QStringLiteral(R"(CREATE TABLE item_units (
            item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            unit TEXT NOT NULL,
            PRIMARY KEY (item_id, position)))"),
        QStringLiteral(R"(CREATE TABLE also_units (
            category_id INTEGER NOT NULL REFERENCES categories(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            unit TEXT NOT NULL,
            PRIMARY KEY (category_id, position)))"),
        QStringLiteral(R"(CREATE TABLE footer_staff (
            issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            role TEXT NOT NULL,
            name TEXT NOT NULL,
            PRIMARY KEY (issue_id, position)))"),
        QStringLiteral(R"(CREATE TABLE footer_lines (
            issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('distribution', 'contact')),
            position INTEGER NOT NULL,
            label TEXT NOT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY (issue_id, kind, position)))"),
        QStringLiteral("CREATE INDEX sections_by_issue ON sections(issue_id)"),
        QStringLiteral("CREATE INDEX articles_by_section ON articles(section_id)"),
        QStringLiteral("CREATE INDEX paragraphs_by_article ON paragraphs(article_id)"),
        QStringLiteral("CREATE INDEX categories_by_section ON categories(section_id)"),
        QStringLiteral("CREATE INDEX items_by_category ON items(category_id)"),
    };
}

} // namespace kuaibao
