#pragma once

#include "core/issue.h"
#include "core/result.h"

#include <QHash>
#include <QList>
#include <QString>

namespace kuaibao {

class Database;

// One change to an issue of the archive, as `kuaibao-cli watch` reports it.
struct ArchiveChange {
    int number = 0;
    Series series = Series::Regular;
    // created, saved, deleted, or a sign-off step from the log: signed, returned, withdrawn,
    // voided, remark-resolved.
    QString event;
    QString who;                             // the person of a sign-off step; empty for a save
    IssueStatus status = IssueStatus::Draft; // the issue's state after the change
};

// What changed in the archive since the last look, from whoever changed it: issues created,
// saved (a new revision) and deleted, and new rows of the sign-off log. A save that comes
// with a sign-off step is reported once, as that step.
class ArchiveChanges {
public:
    explicit ArchiveChanges(Database &database) : m_db(database) {}

    // The first look: nothing before it is reported.
    Status start();
    // The changes since the last look, oldest sign-off step first.
    Result<QList<ArchiveChange>> next();

private:
    struct IssueState {
        int number = 0;
        Series series = Series::Regular;
        int revision = 0;
        IssueStatus status = IssueStatus::Draft;
    };
    struct LogRow {
        qint64 id = 0;
        qint64 issueId = 0;
        QString action;
        QString person;
    };

    Status readIssues(QHash<qint64, IssueState> &issues) const;
    Status readLog(qint64 afterId, QList<LogRow> &log) const;

    Database &m_db;
    QHash<qint64, IssueState> m_issues;
    qint64 m_lastLogId = 0;
};

} // namespace kuaibao
