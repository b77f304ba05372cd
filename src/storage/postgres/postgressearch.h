#pragma once

#include "core/issue.h"
#include "core/result.h"
#include "storage/search/searchentries.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

namespace kuaibao {

// Search on PostgreSQL: search_text holds the pieces of text (the same rows and keys as on
// SQLite) with a pg_trgm index for queries of three characters and more; search_pieces holds,
// in one row per issue, every one- and two-character piece of its text (lower-cased) under a
// GIN index, so that a short query finds its issues through an index too. Both answer exactly:
// the text is then matched with ILIKE.
class PostgresSearch {
public:
    explicit PostgresSearch(const QSqlDatabase &db) : m_db(db) {}

    // The search tables as of schema 7 (search_text, and search_grams: a row per piece).
    static QStringList schemaStatements();
    // Schema 11: search_grams turned into search_pieces, one row per issue.
    static QStringList piecesStatements();

    // Replaces what is indexed for the issue with `entries` (keys from searchkey::make).
    Status index(qint64 issueId, const Masthead &masthead, const QList<SearchEntry> &entries);
    // An issue with nothing indexed yet, and the entries to index for it.
    struct NewIssue {
        qint64 issueId = 0;
        Masthead masthead;
        QList<SearchEntry> entries;
    };
    // Indexes issues that have nothing indexed yet, all in two statements.
    Status indexNew(const QList<NewIssue> &issues);
    Status unindex(qint64 issueId);

    // A search for K hits first reads the newest K × this many pieces (see ArchiveSearch): a
    // phrase in one piece of 400 or more has its K newest hits there.
    static constexpr int kNewestPiecesPerHit = 400;

    // The FROM and WHERE of a search for `text` between the two keys, among the newest
    // `newestPieces` pieces in that range (0: all); the caller adds its filters and the ORDER
    // BY. Columns: t = search_text, i = issues.
    static QString matchSql(const QString &text, const QVariant &lowest, const QVariant &highest,
                            int newestPieces, QVariantList &bindings);
    // The condition that the units field holds `?`.
    static QString unitCondition();

private:
    QSqlDatabase m_db;
};

} // namespace kuaibao
