#include "archivesearch.h"

#include "searchkey.h"
#include "shortterms.h"

#include "storage/database.h"
#include "storage/postgres/postgressearch.h"
#include "storage/sqlutil.h"
#include "storage/units/unitdirectory.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct ArchiveSearchText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::ArchiveSearch)
};

QString trigramExpression(const QString &query) {
    QString escaped = query;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

// The columns hitFromRow reads, of search_text t and issues i.
QString hitColumns() {
    return QStringLiteral("t.issue_id, t.part, t.section_pos, t.block_pos, t.element_pos, "
                          "t.section, t.category, t.text, i.series, i.number, i.issue_date, "
                          "i.status");
}

Result<SearchHit> hitFromRow(const QSqlQuery &q, const QString &query) {
    SearchHit hit;
    hit.storageId = q.value(0).toLongLong();
    const std::optional<SearchPart> part = searchPartFromKey(q.value(1).toString());
    const std::optional<Series> series = seriesFromKey(q.value(8).toString());
    const std::optional<IssueStatus> status = statusFromKey(q.value(11).toString());
    if (!part || !series || !status) {
        return Error::corrupt(
            ArchiveSearchText::tr("the search index entry of issue id %1 is damaged; "
                                  "the index must be rebuilt")
                .arg(hit.storageId));
    }
    hit.location = {*part, q.value(2).toInt(), q.value(3).toInt(), q.value(4).toInt()};
    hit.section = q.value(5).toString();
    hit.category = q.value(6).toString();
    hit.text = q.value(7).toString();
    hit.series = *series;
    hit.number = q.value(9).toInt();
    hit.date = QDate::fromString(q.value(10).toString(), Qt::ISODate);
    hit.status = *status;
    hit.snippet = Snippet::around(hit.text, query);
    return hit;
}

} // namespace

Result<QList<SearchHit>> ArchiveSearch::find(const SearchQuery &query) const {
    const QString text = query.text.trimmed();
    if (text.isEmpty()) {
        return Error::badInput(
            ArchiveSearchText::tr("the search text is empty; give at least one character"));
    }
    if (query.from.isValid() && query.to.isValid() && query.from > query.to) {
        return Error::badInput(
            ArchiveSearchText::tr("the date range is empty: %1 is after %2")
                .arg(query.from.toString(Qt::ISODate), query.to.toString(Qt::ISODate)));
    }
    if (query.limit < 0) {
        return Error::badInput(
            ArchiveSearchText::tr("the number of hits to show must be 0 (all) or more"));
    }
    QString filterSql;
    QVariantList filterBindings;
    if (Status s = filters(query, filterSql, filterBindings); !s) {
        return s.error();
    }
    if (m_db.isServer()) {
        return findOnServer(query, text, filterSql, filterBindings);
    }
    const bool shortQuery = text.toUcs4().size() < 3;
    const QString table =
        shortQuery ? QStringLiteral("search_bigram") : QStringLiteral("search_trigram");
    QString sql = QStringLiteral("SELECT %1 FROM %2 f JOIN search_text t ON t.id = f.rowid JOIN "
                                 "issues i ON i.id = t.issue_id WHERE %2 MATCH ? AND f.rowid "
                                 "BETWEEN ? AND ?")
                      .arg(hitColumns(), table) +
                  filterSql + QStringLiteral(" ORDER BY f.rowid DESC");
    QVariantList bindings{shortQuery ? shortterms::matchExpression(text) : trigramExpression(text),
                          searchkey::lowest(query.from), searchkey::highest(query.to)};
    bindings << filterBindings;
    // A short query with a character the bigram index folds together with others is checked
    // hit by hit, so the limit is applied after that check.
    const bool checkEachHit = shortQuery && !shortterms::answersExactly(text);
    if (query.limit > 0 && !checkEachHit) {
        sql += QStringLiteral(" LIMIT ?");
        bindings.append(query.limit);
    }
    return hitsOf(sql, bindings, text, query.limit, checkEachHit);
}

Result<QList<SearchHit>> ArchiveSearch::findOnServer(const SearchQuery &query, const QString &text,
                                                     const QString &filterSql,
                                                     const QVariantList &filterBindings) const {
    const QVariant lowest = searchkey::lowest(query.from);
    const QVariant highest = searchkey::highest(query.to);
    const auto run = [&](int newestPieces) {
        QVariantList bindings;
        QString sql = QStringLiteral("SELECT %1 ").arg(hitColumns()) +
                      PostgresSearch::matchSql(text, lowest, highest, newestPieces, bindings) +
                      filterSql + QStringLiteral(" ORDER BY t.id DESC");
        bindings << filterBindings;
        if (query.limit > 0) {
            sql += QStringLiteral(" LIMIT ?");
            bindings.append(query.limit);
        }
        return hitsOf(sql, bindings, text, query.limit, false);
    };
    if (query.limit > 0) {
        // The newest pieces first: a frequent phrase has its newest hits there, and reading
        // them in key order stops early, where the index would gather every hit and sort them.
        // Fewer hits than asked for there means a rarer phrase, which the index finds at once.
        const qint64 window = qint64(query.limit) * PostgresSearch::kNewestPiecesPerHit;
        Result<QList<SearchHit>> newest = run(int(qMin<qint64>(window, 1 << 30)));
        if (!newest || newest->size() >= query.limit) {
            return newest;
        }
    }
    return run(0);
}

Status ArchiveSearch::filters(const SearchQuery &query, QString &sql,
                              QVariantList &bindings) const {
    if (!query.unit.trimmed().isEmpty()) {
        Result<UnitNormalizer> normalizer = UnitDirectory::normalizer(m_db.connection());
        if (!normalizer) {
            return normalizer.error();
        }
        sql += m_db.isServer() ? QStringLiteral(" AND ") + PostgresSearch::unitCondition()
                               : QStringLiteral(" AND instr(t.units, ?) > 0");
        bindings.append(QLatin1Char('|') + normalizer->canonical(query.unit) + QLatin1Char('|'));
    }
    if (!query.section.trimmed().isEmpty()) {
        sql += QStringLiteral(" AND t.section = ?");
        bindings.append(query.section.trimmed());
    }
    if (!query.category.trimmed().isEmpty()) {
        sql += QStringLiteral(" AND t.category = ?");
        bindings.append(query.category.trimmed());
    }
    if (query.status) {
        sql += QStringLiteral(" AND i.status = ?");
        bindings.append(statusKey(*query.status));
    }
    return {};
}

Result<QList<SearchHit>> ArchiveSearch::hitsOf(const QString &sql, const QVariantList &bindings,
                                               const QString &text, int limit,
                                               bool checkEachHit) const {
    Result<QSqlQuery> rows =
        runSql(m_db.connection(), sql, bindings, ArchiveSearchText::tr("searching the archive"));
    if (!rows) {
        return rows.error();
    }
    QList<SearchHit> hits;
    while (rows->next()) {
        Result<SearchHit> hit = hitFromRow(*rows, text);
        if (!hit) {
            return hit.error();
        }
        if (checkEachHit && hit->snippet.matchStart < 0) {
            continue;
        }
        hits.append(std::move(hit).value());
        if (limit > 0 && hits.size() >= limit) {
            break;
        }
    }
    if (rows->lastError().isValid()) {
        return sqlError(rows->lastError(), ArchiveSearchText::tr("searching the archive"));
    }
    return hits;
}

} // namespace kuaibao
