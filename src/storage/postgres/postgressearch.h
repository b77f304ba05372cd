#pragma once

#include "core/issue.h"
#include "core/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

namespace kuaibao {

struct SearchEntry;

// Search on PostgreSQL: search_text holds the pieces of text (the same rows and keys as on
// SQLite) with a pg_trgm index for queries of three characters and more; search_grams holds,
// per issue, every one- and two-character piece of its text (lower-cased), so that a short
// query finds its issues through an index too. Both answer exactly: the text is then matched
// with ILIKE.
class PostgresSearch {
public:
    explicit PostgresSearch(const QSqlDatabase &db) : m_db(db) {}

    static QStringList schemaStatements();

    // Replaces what is indexed for the issue with `entries` (keys from searchkey::make).
    Status index(qint64 issueId, const Masthead &masthead, const QList<SearchEntry> &entries);
    Status unindex(qint64 issueId);

    // The FROM and WHERE of a search for `text` between the two keys; the caller adds its
    // filters and the ORDER BY. Columns: t = search_text, i = issues.
    static QString matchSql(const QString &text, QVariantList &bindings);
    // The condition that the units field holds `?`.
    static QString unitCondition();

private:
    QSqlDatabase m_db;
};

} // namespace kuaibao
