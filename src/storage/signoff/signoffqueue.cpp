#include "signoffqueue.h"

#include "peoplestore.h"

#include "core/signoff/signoffflow.h"
#include "core/signoff/signoffroles.h"
#include "storage/database.h"

#include <QDateTime>

namespace kuaibao {

Result<QList<WaitingIssue>> SignoffQueue::waitingFor(const QString &person) const {
    Result<Person> who = PeopleStore(m_db).find(person);
    if (!who) {
        return who.error();
    }
    if (who->retired()) {
        return QList<WaitingIssue>{}; // a retired person signs nothing
    }
    IssueRepository repository(m_db);
    Result<QList<IssueSummary>> all = repository.list();
    if (!all) {
        return all.error();
    }
    SignatureStore store(m_db.connection());
    QList<WaitingIssue> out;
    for (const IssueSummary &summary : *all) {
        if (summary.status == IssueStatus::Published || summary.status == IssueStatus::Past) {
            continue;
        }
        Result<Issue> issue = repository.loadById(summary.storageId);
        Result<QList<SignatureRecord>> standing = store.standing(summary.storageId);
        Result<QList<ReturnRemark>> remarks = store.returnsOf(summary.storageId, true);
        if (!issue || !standing || !remarks) {
            return !issue ? issue.error() : !standing ? standing.error() : remarks.error();
        }
        QList<StageSignature> stages;
        for (const SignatureRecord &s : *standing) {
            stages << StageSignature{s.role, s.personName};
        }
        const SignoffFlow flow(signoffRolesFor(*issue), stages);
        const std::optional<QString> next = flow.nextRole();
        if (next && who->roles.contains(*next) && !flow.roleSignedBy(who->name)) {
            out << WaitingIssue{summary, *next, int(remarks->size())};
        }
    }
    return out;
}

Result<QString> SignoffQueue::lastSeenBy(const QString &person, qint64 issueId) const {
    Result<Person> who = PeopleStore(m_db).find(person);
    if (!who) {
        return who.error();
    }
    SignatureStore store(m_db.connection());
    Result<QString> seen = store.lastSeen(who->id, issueId);
    if (!seen || !seen->isEmpty()) {
        return seen;
    }
    Result<QList<SignatureRecord>> all = store.all(issueId);
    if (!all) {
        return all.error();
    }
    for (qsizetype i = all->size() - 1; i >= 0; --i) {
        if (all->at(i).personId == who->id) {
            return all->at(i).contentSnapshot;
        }
    }
    return QString();
}

Status SignoffQueue::markSeen(const QString &person, qint64 issueId, const QString &snapshot) {
    Result<Person> who = PeopleStore(m_db).find(person);
    if (!who) {
        return who.error();
    }
    return m_db.write([&]() {
        return SignatureStore(m_db.connection())
            .recordSeen(who->id, issueId, snapshot, QDateTime::currentDateTimeUtc());
    });
}

} // namespace kuaibao
