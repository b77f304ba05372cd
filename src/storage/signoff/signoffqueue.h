#pragma once

#include "signaturestore.h"

#include "core/issue.h"
#include "core/result.h"
#include "storage/issuerepository.h"

#include <QList>
#include <QString>

namespace kuaibao {

class Database;

// An issue waiting for someone's signature, with what the sign-off screen shows about it.
struct WaitingIssue {
    IssueSummary summary;
    QString nextRole;
    int openRemarks = 0;
};

// What the sign-off screen reads: the issues waiting for a person, and what that person last
// saw or signed of an issue (the base of the "what changed" view).
class SignoffQueue {
public:
    explicit SignoffQueue(Database &database) : m_db(database) {}

    // Issues not yet 已签发 whose next role `person` holds and that `person` has not signed;
    // none for a retired person.
    Result<QList<WaitingIssue>> waitingFor(const QString &person) const;
    // The content snapshot `person` last saw or signed of the issue; empty when never.
    Result<QString> lastSeenBy(const QString &person, qint64 issueId) const;
    // Records that `person` has now seen `snapshot` of the issue.
    Status markSeen(const QString &person, qint64 issueId, const QString &snapshot);

private:
    Database &m_db;
};

} // namespace kuaibao
