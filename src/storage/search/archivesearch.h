#pragma once

#include "searchentries.h"
#include "snippet.h"

#include "core/issue.h"
#include "core/result.h"

#include <QDate>
#include <QList>
#include <QVariantList>

#include <optional>

namespace kuaibao {

class Database;

// What to look for and where: the text (one character or more) and the optional filters.
struct SearchQuery {
    QString text;
    QDate from;       // invalid: no lower bound
    QDate to;         // invalid: no upper bound
    QString unit;     // hits in items credited to, or lists naming, this unit
    QString section;  // section name, e.g. 检查督导
    QString category; // 简讯 category, e.g. 文明培育
    std::optional<IssueStatus> status;
    int limit = 0; // 0: every hit
};

// One place where the text occurs: the issue, where in it, and an excerpt with the match marked.
struct SearchHit {
    qint64 storageId = 0;
    Series series = Series::Regular;
    int number = 0;
    QDate date;
    IssueStatus status = IssueStatus::Draft;
    QString section;
    QString category;
    SearchLocation location;
    QString text; // the whole piece of text the hit is in
    Snippet snippet;
};

// Finds text in the archive: every piece of text (title, paragraph, item, unit list) that
// contains the query, newest issue first and in reading order within an issue. Queries of
// three characters and more use the trigram index, shorter ones the bigram index.
class ArchiveSearch {
public:
    explicit ArchiveSearch(Database &database) : m_db(database) {}

    Result<QList<SearchHit>> find(const SearchQuery &query) const;

private:
    Result<QList<SearchHit>> findOnServer(const SearchQuery &query, const QString &text,
                                          const QString &filterSql,
                                          const QVariantList &filterBindings) const;
    // The query's unit, section, category and state filters as " AND …" conditions on
    // search_text t and issues i.
    Status filters(const SearchQuery &query, QString &sql, QVariantList &bindings) const;
    // Runs a search statement and reads its hits, up to `limit` (0: all); with `checkEachHit`
    // a row whose text does not hold the query is skipped.
    Result<QList<SearchHit>> hitsOf(const QString &sql, const QVariantList &bindings,
                                    const QString &text, int limit, bool checkEachHit) const;

    Database &m_db;
};

} // namespace kuaibao
