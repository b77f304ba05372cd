#include "searchindexwriter.h"

#include "searchentries.h"
#include "searchkey.h"
#include "shortterms.h"

#include "storage/engine.h"
#include "storage/issuerows.h"
#include "storage/postgres/postgressearch.h"
#include "storage/sqlutil.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct SearchIndexText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::SearchIndex)
};

// Units stored as |A|B| so that a filter can look for |A| without matching a longer name.
QString unitField(const QStringList &units) {
    return units.isEmpty() ? QString()
                           : QLatin1Char('|') + units.join(QLatin1Char('|')) + QLatin1Char('|');
}

Status runPrepared(QSqlQuery &query, const QVariantList &values, const QString &doing) {
    for (int i = 0; i < values.size(); ++i) {
        query.bindValue(i, sqlValue(values.at(i)));
    }
    if (!query.exec()) {
        return sqlError(query.lastError(), doing);
    }
    return {};
}

Status prepare(QSqlQuery &query, const QString &sql, const QString &doing) {
    if (!query.prepare(sql)) {
        return sqlError(query.lastError(), doing);
    }
    return {};
}

// Refuses an issue whose search keys would not fit (searchkey::make).
Status checkIndexable(const Masthead &m, const QList<SearchEntry> &entries) {
    if (m.number > searchkey::kMaxNumber || entries.size() > searchkey::kMaxPositions) {
        return Error::badInput(
            SearchIndexText::tr("issue %1 cannot be indexed for search: numbers above %2 or more "
                                "than %3 pieces of text in one issue are not supported")
                .arg(m.number)
                .arg(searchkey::kMaxNumber)
                .arg(searchkey::kMaxPositions));
    }
    return {};
}

} // namespace

QStringList SearchIndexWriter::schemaStatements() {
    return {
        QStringLiteral(R"(CREATE TABLE search_text (
            id INTEGER PRIMARY KEY,
            issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
            part TEXT NOT NULL,
            section_pos INTEGER NOT NULL,
            block_pos INTEGER NOT NULL,
            element_pos INTEGER NOT NULL,
            section TEXT NOT NULL,
            category TEXT NOT NULL,
            units TEXT NOT NULL,
            text TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX search_text_by_issue ON search_text(issue_id)"),
        QStringLiteral("CREATE VIRTUAL TABLE search_trigram USING fts5(text, content='', "
                       "tokenize='trigram')"),
        QStringLiteral("CREATE VIRTUAL TABLE search_bigram USING fts5(text, content='', "
                       "detail='none', prefix='1', tokenize=\"%1\")")
            .arg(shortterms::tokenizerSpec()),
    };
}

Status SearchIndexWriter::unindex(qint64 issueId) {
    if (Engine::of(m_db).kind() == EngineKind::Postgres) {
        return PostgresSearch(m_db).unindex(issueId);
    }
    const QString doing = SearchIndexText::tr("updating the search index");
    Result<QSqlQuery> old = runSql(
        m_db, QStringLiteral("SELECT id, text FROM search_text WHERE issue_id = ? ORDER BY id"),
        {issueId}, doing);
    if (!old) {
        return old.error();
    }
    QSqlQuery trigram(m_db);
    trigram.setForwardOnly(true);
    QSqlQuery bigram(m_db);
    bigram.setForwardOnly(true);
    if (Status s = prepare(trigram,
                           QStringLiteral("INSERT INTO search_trigram(search_trigram, rowid, text) "
                                          "VALUES ('delete', ?, ?)"),
                           doing);
        !s) {
        return s;
    }
    if (Status s = prepare(bigram,
                           QStringLiteral("INSERT INTO search_bigram(search_bigram, rowid, text) "
                                          "VALUES ('delete', ?, ?)"),
                           doing);
        !s) {
        return s;
    }
    while (old->next()) {
        const qint64 id = old->value(0).toLongLong();
        const QString text = old->value(1).toString();
        if (Status s = runPrepared(trigram, {id, text}, doing); !s) {
            return s;
        }
        if (Status s = runPrepared(bigram, {id, shortterms::tokens(text)}, doing); !s) {
            return s;
        }
    }
    return execSql(m_db, QStringLiteral("DELETE FROM search_text WHERE issue_id = ?"), {issueId},
                   doing);
}

Status SearchIndexWriter::index(qint64 issueId, const Issue &issue) {
    const QString doing = SearchIndexText::tr("updating the search index");
    const Masthead &m = issue.masthead;
    const QList<SearchEntry> entries = searchEntries(issue);
    if (Status s = checkIndexable(m, entries); !s) {
        return s;
    }
    if (Engine::of(m_db).kind() == EngineKind::Postgres) {
        return PostgresSearch(m_db).index(issueId, m, entries);
    }
    if (Status s = unindex(issueId); !s) {
        return s;
    }
    QSqlQuery text(m_db);
    text.setForwardOnly(true);
    QSqlQuery trigram(m_db);
    trigram.setForwardOnly(true);
    QSqlQuery bigram(m_db);
    bigram.setForwardOnly(true);
    if (Status s =
            prepare(text,
                    QStringLiteral("INSERT INTO search_text (id, issue_id, part, section_pos, "
                                   "block_pos, element_pos, section, category, units, text) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    doing);
        !s) {
        return s;
    }
    if (Status s =
            prepare(trigram,
                    QStringLiteral("INSERT INTO search_trigram(rowid, text) VALUES (?, ?)"), doing);
        !s) {
        return s;
    }
    if (Status s = prepare(
            bigram, QStringLiteral("INSERT INTO search_bigram(rowid, text) VALUES (?, ?)"), doing);
        !s) {
        return s;
    }
    // Rising row ids: FTS5 keeps pending terms in memory only while each insert's row id is
    // above the previous one, and flushes a segment to disk otherwise. Later text has the
    // smaller key, so the pieces go in from the last to the first.
    for (int position = static_cast<int>(entries.size()) - 1; position >= 0; --position) {
        const SearchEntry &e = entries.at(position);
        const qint64 key = searchkey::make(m.date, m.series, m.number, position);
        Status s = runPrepared(text,
                               {key, issueId, searchPartKey(e.location.part), e.location.section,
                                e.location.block, e.location.element, e.section, e.category,
                                unitField(e.units), e.text},
                               doing);
        if (s) {
            s = runPrepared(trigram, {key, e.text}, doing);
        }
        if (s) {
            s = runPrepared(bigram, {key, shortterms::tokens(e.text)}, doing);
        }
        if (!s) {
            return s;
        }
    }
    return {};
}

Result<Issue> SearchIndexWriter::readStored(qint64 issueId) {
    Result<QSqlQuery> row =
        runSql(m_db, QStringLiteral("SELECT series, number, issue_date FROM issues WHERE id = ?"),
               {issueId}, SearchIndexText::tr("reading an issue to index it"));
    if (!row) {
        return row.error();
    }
    if (!row->next()) {
        return Error::notFound(
            SearchIndexText::tr("no issue with id %1 is in the archive").arg(issueId));
    }
    Issue issue;
    issue.storageId = issueId;
    issue.masthead.series = seriesFromKey(row->value(0).toString()).value_or(Series::Regular);
    issue.masthead.number = row->value(1).toInt();
    issue.masthead.date = QDate::fromString(row->value(2).toString(), Qt::ISODate);
    if (Status s = readIssueChildren(m_db, issueId, issue); !s) {
        return s.error();
    }
    return issue;
}

Status SearchIndexWriter::reindexStored(const QList<qint64> &ids) {
    for (qint64 id : ids) {
        Result<Issue> issue = readStored(id);
        if (!issue) {
            return issue.error();
        }
        if (Status s = index(id, *issue); !s) {
            return s;
        }
    }
    return {};
}

Status SearchIndexWriter::indexCopies(const QList<std::pair<qint64, qint64>> &copies,
                                      const QSqlDatabase &copy) {
    const bool onServer = Engine::of(m_db).kind() == EngineKind::Postgres;
    QList<PostgresSearch::NewIssue> fresh;
    for (const auto &[issueId, copyId] : copies) {
        Result<Issue> issue = SearchIndexWriter(copy).readStored(copyId);
        if (!issue) {
            return issue.error();
        }
        if (!onServer) {
            if (Status s = index(issueId, *issue); !s) {
                return s;
            }
            continue;
        }
        QList<SearchEntry> entries = searchEntries(*issue);
        if (Status s = checkIndexable(issue->masthead, entries); !s) {
            return s;
        }
        fresh.append({issueId, issue->masthead, std::move(entries)});
    }
    return onServer ? PostgresSearch(m_db).indexNew(fresh) : Status();
}

Status SearchIndexWriter::reindexEverything() {
    Result<QSqlQuery> ids = runSql(m_db, QStringLiteral("SELECT id FROM issues ORDER BY id"), {},
                                   SearchIndexText::tr("listing the issues to index"));
    if (!ids) {
        return ids.error();
    }
    QList<qint64> all;
    while (ids->next()) {
        all.append(ids->value(0).toLongLong());
    }
    return reindexStored(all);
}

} // namespace kuaibao

namespace kuaibao {

Status SearchIndexWriter::optimize() {
    if (Engine::of(m_db).kind() == EngineKind::Postgres) {
        return {}; // the server's autovacuum looks after its indexes
    }
    for (const QString &table :
         {QStringLiteral("search_trigram"), QStringLiteral("search_bigram")}) {
        if (Status s =
                execSql(m_db, QStringLiteral("INSERT INTO %1(%1) VALUES ('optimize')").arg(table),
                        {}, SearchIndexText::tr("compacting the search index"));
            !s) {
            return s;
        }
    }
    return {};
}

} // namespace kuaibao
