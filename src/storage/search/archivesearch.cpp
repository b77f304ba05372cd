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
    const QSqlDatabase db = m_db.connection();
    const bool onServer = m_db.isServer();
    const bool shortQuery = text.toUcs4().size() < 3;
    const QString table =
        shortQuery ? QStringLiteral("search_bigram") : QStringLiteral("search_trigram");
    QString sql =
        QStringLiteral(
            "SELECT t.issue_id, t.part, t.section_pos, t.block_pos, t.element_pos, t.section, "
            "t.category, t.text, i.series, i.number, i.issue_date, i.status "
            "FROM %1 f JOIN search_text t ON t.id = f.rowid JOIN issues i ON i.id = t.issue_id "
            "WHERE %1 MATCH ? AND f.rowid BETWEEN ? AND ?")
            .arg(table);
    QVariantList bindings;
    if (onServer) {
        sql = QStringLiteral("SELECT t.issue_id, t.part, t.section_pos, t.block_pos, "
                             "t.element_pos, t.section, t.category, t.text, i.series, i.number, "
                             "i.issue_date, i.status ") +
              PostgresSearch::matchSql(text, bindings);
    } else {
        bindings.append(shortQuery ? shortterms::matchExpression(text) : trigramExpression(text));
    }
    bindings << searchkey::lowest(query.from) << searchkey::highest(query.to);
    if (!query.unit.trimmed().isEmpty()) {
        Result<UnitNormalizer> normalizer = UnitDirectory::normalizer(db);
        if (!normalizer) {
            return normalizer.error();
        }
        sql += onServer ? QStringLiteral(" AND ") + PostgresSearch::unitCondition()
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
    sql +=
        onServer ? QStringLiteral(" ORDER BY t.id DESC") : QStringLiteral(" ORDER BY f.rowid DESC");
    // A short query with a character the bigram index folds together with others is checked
    // hit by hit below, so the limit is applied after that check.
    const bool checkEachHit = !onServer && shortQuery && !shortterms::answersExactly(text);
    if (query.limit > 0 && !checkEachHit) {
        sql += QStringLiteral(" LIMIT ?");
        bindings.append(query.limit);
    }
    Result<QSqlQuery> rows =
        runSql(db, sql, bindings, ArchiveSearchText::tr("searching the archive"));
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
        if (query.limit > 0 && hits.size() >= query.limit) {
            break;
        }
    }
    if (rows->lastError().isValid()) {
        return sqlError(rows->lastError(), ArchiveSearchText::tr("searching the archive"));
    }
    return hits;
}

} // namespace kuaibao
