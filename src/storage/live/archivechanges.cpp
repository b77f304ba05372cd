#include "archivechanges.h"

#include "storage/database.h"
#include "storage/issuerepository.h"
#include "storage/sqlutil.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct ArchiveChangesText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::ArchiveChanges)
};

} // namespace

Status ArchiveChanges::readIssues(QHash<qint64, IssueState> &issues) const {
    Result<QList<IssueSummary>> listed = IssueRepository(m_db).list();
    if (!listed) {
        return listed.error();
    }
    for (const IssueSummary &s : *listed) {
        issues.insert(s.storageId, IssueState{s.number, s.series, s.revision, s.status});
    }
    return {};
}

Status ArchiveChanges::readLog(qint64 afterId, QList<LogRow> &log) const {
    Result<QSqlQuery> rows =
        runSql(m_db.connection(),
               QStringLiteral("SELECT id, issue_id, action, person_name FROM signoff_log WHERE "
                              "id > ? ORDER BY id"),
               {afterId}, ArchiveChangesText::tr("reading the sign-off log"));
    if (!rows) {
        return rows.error();
    }
    while (rows->next()) {
        log.append(LogRow{rows->value(0).toLongLong(), rows->value(1).toLongLong(),
                          rows->value(2).toString(), rows->value(3).toString()});
    }
    return {};
}

Status ArchiveChanges::start() {
    QHash<qint64, IssueState> issues;
    qint64 lastLogId = 0;
    Status looked = m_db.read([&]() -> Status {
        if (Status s = readIssues(issues); !s) {
            return s;
        }
        Result<QVariant> last =
            scalarSql(m_db.connection(), QStringLiteral("SELECT max(id) FROM signoff_log"), {},
                      ArchiveChangesText::tr("reading the sign-off log"));
        if (!last) {
            return last.error();
        }
        lastLogId = last->toLongLong(); // NULL (an empty log) reads as 0
        return {};
    });
    if (!looked) {
        return looked;
    }
    m_issues = std::move(issues);
    m_lastLogId = lastLogId;
    return {};
}

Result<QList<ArchiveChange>> ArchiveChanges::next() {
    QHash<qint64, IssueState> issues;
    QList<LogRow> log;
    Status looked = m_db.read([&]() -> Status {
        Status s = readIssues(issues);
        return s ? readLog(m_lastLogId, log) : s;
    });
    if (!looked) {
        return looked.error();
    }
    QList<ArchiveChange> out;
    QSet<qint64> explained; // issues whose change a sign-off step reports
    for (const LogRow &row : std::as_const(log)) {
        explained.insert(row.issueId);
    }
    for (auto it = issues.cbegin(); it != issues.cend(); ++it) {
        const auto before = m_issues.constFind(it.key());
        const IssueState &now = it.value();
        if (before == m_issues.cend()) {
            out.append({now.number, now.series, QStringLiteral("created"), {}, now.status});
        } else if (before->revision != now.revision && !explained.contains(it.key())) {
            out.append({now.number, now.series, QStringLiteral("saved"), {}, now.status});
        }
    }
    // In the order of the issues' numbers, as a hash holds them in none.
    std::sort(out.begin(), out.end(), [](const ArchiveChange &a, const ArchiveChange &b) {
        return std::pair{a.series, a.number} < std::pair{b.series, b.number};
    });
    for (const LogRow &row : std::as_const(log)) {
        // An issue deleted since keeps the state it was last seen in.
        const IssueState state = issues.value(row.issueId, m_issues.value(row.issueId));
        if (state.number > 0) {
            out.append({state.number, state.series, row.action, row.person, state.status});
        }
    }
    for (auto it = m_issues.cbegin(); it != m_issues.cend(); ++it) {
        if (!issues.contains(it.key())) {
            out.append({it->number, it->series, QStringLiteral("deleted"), {}, it->status});
        }
    }
    m_issues = std::move(issues);
    if (!log.isEmpty()) {
        m_lastLogId = log.last().id;
    }
    return out;
}

} // namespace kuaibao
