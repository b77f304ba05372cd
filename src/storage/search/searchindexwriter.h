#pragma once

#include "core/issue.h"
#include "core/result.h"

#include <QList>
#include <QSqlDatabase>

#include <utility>

namespace kuaibao {

// Keeps the search tables in step with one issue: search_text (the pieces of text with their
// filters) and the two full-text indexes over it (trigram for queries of three characters and
// more, bigram for shorter ones). Runs inside the caller's transaction.
class SearchIndexWriter {
public:
    explicit SearchIndexWriter(const QSqlDatabase &db) : m_db(db) {}

    // Replaces whatever was indexed for the issue with its current text.
    Status index(qint64 issueId, const Issue &issue);
    // Removes the issue from the index.
    Status unindex(qint64 issueId);
    // Indexes again, from what is stored, the issues with these ids, or every issue: after a
    // migration or a change made outside a save (mapping a unit name).
    Status reindexStored(const QList<qint64> &ids);
    // Indexes issues just copied in, not indexed yet, each (target id, source id) with the text
    // of its copy stored in `copy` (another archive): a copy onto a server reads the text from
    // the local file it came from instead of asking the server for every row it was just sent,
    // and sends the entries of all of them at once.
    Status indexCopies(const QList<std::pair<qint64, qint64>> &copies, const QSqlDatabase &copy);
    Status reindexEverything();
    // Merges the full-text indexes' segments, which makes queries faster after a bulk fill.
    Status optimize();

    // The statements that create the search tables (schema step 4).
    static QStringList schemaStatements();

private:
    Result<Issue> readStored(qint64 issueId);

    QSqlDatabase m_db;
};

} // namespace kuaibao
