#include "archivecopy.h"

#include "tablecopier.h"

#include "core/issue.h"
#include "storage/database.h"
#include "storage/search/searchindexwriter.h"
#include "storage/sqlutil.h"

#include <QCoreApplication>
#include <QHash>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct ArchiveCopyText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::ArchiveCopy)
};

// How many issues are copied together: each table's rows of them go in one statement, so a
// copy onto a server makes a few round trips per batch instead of dozens per issue.
constexpr qsizetype kIssuesPerBatch = 100;

// The rows of some issues (`%1`: their ids), parents before children, with the sub-select
// that finds them.
const QString kSectionsOf = QStringLiteral("SELECT id FROM sections WHERE issue_id IN (%1)");
const QString kCategoriesOf =
    QStringLiteral("SELECT c.id FROM categories c JOIN sections s ON c.section_id = s.id WHERE "
                   "s.issue_id IN (%1)");

QList<CopiedTable> issueTables() {
    return {
        {QStringLiteral("sections"),
         {QStringLiteral("issue_id")},
         {QStringLiteral("issues")},
         QStringLiteral("issue_id IN (%1)"),
         QStringLiteral("id"),
         true},
        {QStringLiteral("articles"),
         {QStringLiteral("section_id")},
         {QStringLiteral("sections")},
         QStringLiteral("section_id IN (%1)").arg(kSectionsOf),
         QStringLiteral("id"),
         true},
        {QStringLiteral("paragraphs"),
         {QStringLiteral("article_id")},
         {QStringLiteral("articles")},
         QStringLiteral("article_id IN (SELECT a.id FROM articles a WHERE a.section_id IN (%1))")
             .arg(kSectionsOf),
         QStringLiteral("id"),
         true},
        {QStringLiteral("categories"),
         {QStringLiteral("section_id")},
         {QStringLiteral("sections")},
         QStringLiteral("section_id IN (%1)").arg(kSectionsOf),
         QStringLiteral("id"),
         true},
        {QStringLiteral("items"),
         {QStringLiteral("category_id")},
         {QStringLiteral("categories")},
         QStringLiteral("category_id IN (%1)").arg(kCategoriesOf),
         QStringLiteral("id"),
         true},
        {QStringLiteral("item_units"),
         {QStringLiteral("item_id")},
         {QStringLiteral("items")},
         QStringLiteral("item_id IN (SELECT i.id FROM items i WHERE i.category_id IN (%1))")
             .arg(kCategoriesOf),
         QStringLiteral("item_id, position"),
         false},
        {QStringLiteral("also_units"),
         {QStringLiteral("category_id")},
         {QStringLiteral("categories")},
         QStringLiteral("category_id IN (%1)").arg(kCategoriesOf),
         QStringLiteral("category_id, position"),
         false},
        {QStringLiteral("footer_staff"),
         {QStringLiteral("issue_id")},
         {QStringLiteral("issues")},
         QStringLiteral("issue_id IN (%1)"),
         QStringLiteral("issue_id, position"),
         false},
        {QStringLiteral("footer_lines"),
         {QStringLiteral("issue_id")},
         {QStringLiteral("issues")},
         QStringLiteral("issue_id IN (%1)"),
         QStringLiteral("issue_id, kind, position"),
         false},
        {QStringLiteral("signatures"),
         {QStringLiteral("issue_id"), QStringLiteral("person_id")},
         {QStringLiteral("issues"), QStringLiteral("people")},
         QStringLiteral("issue_id IN (%1)"),
         QStringLiteral("id"),
         true},
        {QStringLiteral("signoff_returns"),
         {QStringLiteral("issue_id")},
         {QStringLiteral("issues")},
         QStringLiteral("issue_id IN (%1)"),
         QStringLiteral("id"),
         true},
        {QStringLiteral("signoff_views"),
         {QStringLiteral("issue_id"), QStringLiteral("person_id")},
         {QStringLiteral("issues"), QStringLiteral("people")},
         QStringLiteral("issue_id IN (%1)"),
         QStringLiteral("issue_id, person_id"),
         false},
        {QStringLiteral("signoff_log"),
         {QStringLiteral("issue_id")},
         {QStringLiteral("issues")},
         QStringLiteral("issue_id IN (%1)"),
         QStringLiteral("id"),
         true},
        {QStringLiteral("signoff_acts"),
         {QStringLiteral("issue_id")},
         {QStringLiteral("issues")},
         QStringLiteral("issue_id IN (%1)"),
         QStringLiteral("issue_id, seq"),
         true},
        // Last: once an issue is locked as signed, its content rows refuse changes.
        {QStringLiteral("signoff_locks"),
         {QStringLiteral("issue_id")},
         {QStringLiteral("issues")},
         QStringLiteral("issue_id IN (%1)"),
         QStringLiteral("issue_id"),
         false},
    };
}

struct SourceIssue {
    qint64 id = 0;
    QString series;
    int number = 0;
};

Result<QList<SourceIssue>> listIssues(const QSqlDatabase &db) {
    Result<QSqlQuery> rows =
        runSql(db, QStringLiteral("SELECT id, series, number FROM issues ORDER BY id"), {},
               ArchiveCopyText::tr("listing the issues to copy"));
    if (!rows) {
        return rows.error();
    }
    QList<SourceIssue> out;
    while (rows->next()) {
        out.append(
            {rows->value(0).toLongLong(), rows->value(1).toString(), rows->value(2).toInt()});
    }
    return out;
}

QString issueName(const SourceIssue &issue) {
    return issue.series == QLatin1String("supplement")
               ? ArchiveCopyText::tr("增刊 %1").arg(issue.number)
               : QString::number(issue.number);
}

// The target's id of each issue the source has, where the target has that number: the
// target's issues are listed once (one statement, where one per issue made 10,000 round trips
// to a server).
Result<QHash<qint64, qint64>> existingTargets(const QSqlDatabase &target,
                                              const QList<SourceIssue> &issues) {
    Result<QSqlQuery> rows = runSql(target, QStringLiteral("SELECT series, number, id FROM issues"),
                                    {}, ArchiveCopyText::tr("looking for the issue"));
    if (!rows) {
        return rows.error();
    }
    QHash<QString, qint64> targetIds; // "series number" -> id
    while (rows->next()) {
        targetIds.insert(rows->value(0).toString() + QLatin1Char(' ') + rows->value(1).toString(),
                         rows->value(2).toLongLong());
    }
    QHash<qint64, qint64> found;
    for (const SourceIssue &issue : issues) {
        const auto id =
            targetIds.constFind(issue.series + QLatin1Char(' ') + QString::number(issue.number));
        if (id != targetIds.cend()) {
            found.insert(issue.id, *id);
        }
    }
    return found;
}

// Removes the target's issue `targetId` (and its search entries) that `issue` replaces.
Status replaceTarget(const QSqlDatabase &to, SearchIndexWriter &search, qint64 targetId,
                     const SourceIssue &issue) {
    if (Status s = search.unindex(targetId); !s) {
        return s;
    }
    return execSql(to, QStringLiteral("DELETE FROM issues WHERE id = ?"), {targetId},
                   ArchiveCopyText::tr("replacing issue %1").arg(issueName(issue)));
}

// Copies the issue rows of `sourceIds`, then each of their tables, counting the sign-off
// rows into `report`.
Status copyIssueRows(TableCopier &copier, const CopiedTable &issuesTable,
                     const QList<qint64> &sourceIds, IdMaps &maps, ArchiveCopy::Report &report) {
    if (Result<int> rows = copier.copy(issuesTable, sourceIds, maps); !rows) {
        return rows.error();
    }
    for (const CopiedTable &table : issueTables()) {
        Result<int> rows = copier.copy(table, sourceIds, maps);
        if (!rows) {
            return rows.error();
        }
        if (table.name == QLatin1String("signatures")) {
            report.signatures += *rows;
        } else if (table.name == QLatin1String("signoff_log")) {
            report.logRows += *rows;
        } else if (table.name == QLatin1String("signoff_acts")) {
            report.acts += *rows;
        } else if (table.name == QLatin1String("signoff_locks")) {
            report.signedIssues += *rows;
        }
    }
    return {};
}

} // namespace

Result<ArchiveCopy::Report> ArchiveCopy::copy(Database &source, Database &target,
                                              const Options &options) {
    const QSqlDatabase from = source.connection();
    const QSqlDatabase to = target.connection();
    Result<QList<SourceIssue>> issues = listIssues(from);
    if (!issues) {
        return issues.error();
    }
    Report report;
    Status done = target.write([&]() -> Status {
        Result<QHash<qint64, qint64>> taken = existingTargets(to, *issues);
        if (!taken) {
            return taken.error();
        }
        if (!taken->isEmpty() && !options.replace) {
            QStringList names;
            for (const SourceIssue &issue : *issues) {
                if (taken->contains(issue.id)) {
                    names << issueName(issue);
                }
            }
            return Error::conflict(
                ArchiveCopyText::tr("the target already has issue(s) %1; nothing was copied "
                                    "(--replace overwrites them)")
                    .arg(names.join(QStringLiteral(", "))));
        }
        IdMaps maps;
        Result<ArchiveCopy::Report> shared = copySharedRows(from, to, maps);
        if (!shared) {
            return shared.error();
        }
        report = *shared;
        SearchIndexWriter search(to);
        TableCopier copier(from, to);
        QList<qint64> copied; // indexed at the end, from what the target stored
        // Onto a server from a file, the text is read back from the file: one query per table
        // there costs microseconds, on the server a round trip each.
        const bool readSourceText = target.isServer() && !source.isServer();
        const CopiedTable issuesTable{
            QStringLiteral("issues"), {},  {}, QStringLiteral("id IN (%1)"),
            QStringLiteral("id"),     true};
        for (qsizetype first = 0; first < issues->size(); first += kIssuesPerBatch) {
            const QList<SourceIssue> batch = issues->mid(first, kIssuesPerBatch);
            QList<qint64> sourceIds;
            for (const SourceIssue &issue : batch) {
                sourceIds << issue.id;
                if (const auto old = taken->constFind(issue.id); old != taken->cend()) {
                    if (Status s = replaceTarget(to, search, *old, issue); !s) {
                        return s;
                    }
                }
            }
            if (Status s = copyIssueRows(copier, issuesTable, sourceIds, maps, report); !s) {
                return s;
            }
            report.issues += static_cast<int>(batch.size());
            const QHash<qint64, qint64> &targetIds = maps[QStringLiteral("issues")];
            QList<std::pair<qint64, qint64>> copies; // target id, source id
            for (qint64 sourceId : std::as_const(sourceIds)) {
                copies.append({targetIds.value(sourceId), sourceId});
            }
            if (!readSourceText) {
                for (const auto &[targetId, sourceId] : std::as_const(copies)) {
                    copied.append(targetId);
                }
            } else if (Status s = search.indexCopies(copies, from); !s) {
                return s;
            }
        }
        return search.reindexStored(copied);
    });
    if (!done) {
        return done.error();
    }
    return report;
}

} // namespace kuaibao
