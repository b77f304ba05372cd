#include "postgressearch.h"

#include "storage/search/searchentries.h"
#include "storage/search/searchkey.h"
#include "storage/sqlutil.h"

#include <QCoreApplication>
#include <QSet>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct PostgresSearchText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::SearchIndex)
};

QString unitField(const QStringList &units) {
    return units.isEmpty() ? QString()
                           : QLatin1Char('|') + units.join(QLatin1Char('|')) + QLatin1Char('|');
}

// Every one- and two-character piece of `text`, lower-cased.
void addGrams(const QString &text, QSet<QString> &grams) {
    const QList<uint> chars = text.toLower().toUcs4();
    for (qsizetype i = 0; i < chars.size(); ++i) {
        grams.insert(
            QString::fromUcs4(reinterpret_cast<const char32_t *>(chars.constData()) + i, 1));
        if (i + 1 < chars.size()) {
            grams.insert(
                QString::fromUcs4(reinterpret_cast<const char32_t *>(chars.constData()) + i, 2));
        }
    }
}

QString likePattern(const QString &text) {
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// A Postgres array literal of `values` (bound as one text parameter and cast).
QString arrayLiteral(const QStringList &values) {
    QStringList quoted;
    quoted.reserve(values.size());
    for (QString v : values) {
        v.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        v.replace(QLatin1Char('"'), QStringLiteral("\\\""));
        quoted.append(QLatin1Char('"') + v + QLatin1Char('"'));
    }
    return QLatin1Char('{') + quoted.join(QLatin1Char(',')) + QLatin1Char('}');
}

} // namespace

QStringList PostgresSearch::schemaStatements() {
    return {
        QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm"),
        QStringLiteral(R"(CREATE TABLE search_text (
            id BIGINT PRIMARY KEY,
            issue_id BIGINT NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
            part TEXT NOT NULL, section_pos INTEGER NOT NULL, block_pos INTEGER NOT NULL,
            element_pos INTEGER NOT NULL, section TEXT NOT NULL, category TEXT NOT NULL,
            units TEXT NOT NULL, text TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX search_text_by_issue ON search_text(issue_id)"),
        QStringLiteral("CREATE INDEX search_text_trigram ON search_text USING gin "
                       "(text gin_trgm_ops)"),
        QStringLiteral("CREATE TABLE search_grams (gram TEXT NOT NULL, issue_id BIGINT NOT NULL "
                       "REFERENCES issues(id) ON DELETE CASCADE, PRIMARY KEY (gram, issue_id))"),
        QStringLiteral("CREATE INDEX search_grams_by_issue ON search_grams(issue_id)"),
    };
}

QStringList PostgresSearch::piecesStatements() {
    return {
        QStringLiteral("CREATE TABLE search_pieces (issue_id BIGINT PRIMARY KEY REFERENCES "
                       "issues(id) ON DELETE CASCADE, pieces TEXT[] NOT NULL)"),
        QStringLiteral("INSERT INTO search_pieces (issue_id, pieces) SELECT issue_id, "
                       "array_agg(gram ORDER BY gram) FROM search_grams GROUP BY issue_id"),
        QStringLiteral("CREATE INDEX search_pieces_gin ON search_pieces USING gin (pieces)"),
        QStringLiteral("DROP TABLE search_grams"),
    };
}

Status PostgresSearch::unindex(qint64 issueId) {
    const QString doing = PostgresSearchText::tr("updating the search index");
    if (Status s = execSql(m_db, QStringLiteral("DELETE FROM search_pieces WHERE issue_id = ?"),
                           {issueId}, doing);
        !s) {
        return s;
    }
    return execSql(m_db, QStringLiteral("DELETE FROM search_text WHERE issue_id = ?"), {issueId},
                   doing);
}

Status PostgresSearch::index(qint64 issueId, const Masthead &m, const QList<SearchEntry> &entries) {
    if (Status s = unindex(issueId); !s) {
        return s;
    }
    return indexNew({{issueId, m, entries}});
}

Status PostgresSearch::indexNew(const QList<NewIssue> &issues) {
    const QString doing = PostgresSearchText::tr("updating the search index");
    // One statement per table: the rows go in as arrays, unnested on the server, and each
    // issue's pieces as one array.
    QStringList issueIds, ids, parts, sectionPos, blockPos, elementPos, sections, categories, units,
        texts;
    QStringList pieceRows;
    QVariantList pieceBindings;
    for (const NewIssue &issue : issues) {
        const Masthead &m = issue.masthead;
        QSet<QString> grams;
        for (int position = 0; position < issue.entries.size(); ++position) {
            const SearchEntry &e = issue.entries.at(position);
            issueIds << QString::number(issue.issueId);
            ids << QString::number(searchkey::make(m.date, m.series, m.number, position));
            parts << searchPartKey(e.location.part);
            sectionPos << QString::number(e.location.section);
            blockPos << QString::number(e.location.block);
            elementPos << QString::number(e.location.element);
            sections << e.section;
            categories << e.category;
            units << unitField(e.units);
            texts << e.text;
            addGrams(e.text, grams);
        }
        if (grams.isEmpty()) {
            continue;
        }
        QStringList pieces(grams.begin(), grams.end());
        pieces.sort();
        pieceRows << QStringLiteral("(?, ?::text[])");
        pieceBindings << issue.issueId << arrayLiteral(pieces);
    }
    if (ids.isEmpty()) {
        return {};
    }
    if (Status s = execSql(
            m_db,
            QStringLiteral(
                "INSERT INTO search_text (id, issue_id, part, section_pos, block_pos, "
                "element_pos, section, category, units, text) SELECT u.id, u.issue, u.part, u.sp, "
                "u.bp, u.ep, u.section, u.category, u.units, u.text FROM unnest(?::bigint[], "
                "?::bigint[], ?::text[], ?::int[], ?::int[], ?::int[], ?::text[], ?::text[], "
                "?::text[], ?::text[]) AS u(id, issue, part, sp, bp, ep, section, category, "
                "units, text)"),
            {arrayLiteral(ids), arrayLiteral(issueIds), arrayLiteral(parts),
             arrayLiteral(sectionPos), arrayLiteral(blockPos), arrayLiteral(elementPos),
             arrayLiteral(sections), arrayLiteral(categories), arrayLiteral(units),
             arrayLiteral(texts)},
            doing);
        !s) {
        return s;
    }
    if (pieceRows.isEmpty()) {
        return {};
    }
    return execSql(m_db,
                   QStringLiteral("INSERT INTO search_pieces (issue_id, pieces) VALUES %1")
                       .arg(pieceRows.join(QStringLiteral(", "))),
                   pieceBindings, doing);
}

QString PostgresSearch::matchSql(const QString &text, const QVariant &lowest,
                                 const QVariant &highest, int newestPieces,
                                 QVariantList &bindings) {
    QString sql;
    if (newestPieces > 0) {
        sql = QStringLiteral("FROM (SELECT * FROM search_text WHERE id BETWEEN ? AND ? ORDER BY "
                             "id DESC LIMIT ?) t JOIN issues i ON i.id = t.issue_id WHERE ");
        bindings << lowest << highest << newestPieces;
    } else {
        sql = QStringLiteral("FROM search_text t JOIN issues i ON i.id = t.issue_id WHERE t.id "
                             "BETWEEN ? AND ? AND ");
        bindings << lowest << highest;
    }
    if (text.toUcs4().size() < 3) {
        sql += QStringLiteral("t.issue_id IN (SELECT issue_id FROM search_pieces WHERE pieces "
                              "@> ARRAY[?::text]) AND ");
        bindings.append(text.toLower());
    }
    // Text without cased letters (Chinese, digits, punctuation) is matched as it is: the same
    // answer as ILIKE, without folding every row's case.
    const bool caseless = text.toLower() == text && text.toUpper() == text;
    sql += caseless ? QStringLiteral("t.text LIKE ?") : QStringLiteral("t.text ILIKE ?");
    bindings.append(likePattern(text));
    return sql;
}

QString PostgresSearch::unitCondition() {
    return QStringLiteral("strpos(t.units, ?) > 0");
}

} // namespace kuaibao
