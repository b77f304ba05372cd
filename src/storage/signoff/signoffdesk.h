#pragma once

#include "signoffqueue.h"
#include "signoffservice.h"

#include "core/issue.h"
#include "core/preflight/finding.h"
#include "core/result.h"
#include "core/signoff/canonicalcontent.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kuaibao {

class Database;

// The people list as the sign-off desk offers it.
struct DeskPeople {
    QStringList signers; // who may still sign, in list order (retired people are left out)
    bool anyone = false; // the list holds anybody at all, retired or not
};

// An issue opened for signing, with everything the sign-off screen shows about it.
struct DeskIssue {
    Issue issue;
    QString role;             // the role it waits for from the current person
    CanonicalContent content; // its content as it stands
    QString lastSeen;         // what the current person last saw or signed of it; empty if never
    QList<Finding> findings;  // the preflight's findings
    QList<SignoffLogEntry> log;
    QList<ReturnRemark> openRemarks;
    QStringList drift;    // how it no longer matches what was signed; empty while it does
    QList<Error> reading; // what could not be read or recorded, in order (the rest is shown)
};

// What the sign-off screen does, without widgets: who is at the desk and who signed in, the
// issues waiting for them, the issue they chose (read, preflighted, checked against what was
// signed) and the steps they take on it through SignoffService. An issue counts as seen only
// by the person who signed in (picked their own name), never by whoever happens to be chosen.
// An empty password is refused here, before it can count toward the lock-out.
class SignoffDesk {
public:
    explicit SignoffDesk(Database &database) : m_db(database) {}

    Result<DeskPeople> people() const;

    // The person at the desk; what they open counts as seen only once they signed in.
    void setPerson(const QString &name);
    // `name` picked their own name: they are at the desk and signed in.
    void signIn(const QString &name);
    QString person() const { return m_person; }
    // The person at the desk is the one who signed in.
    bool signedIn() const { return !m_signedIn.isEmpty() && m_signedIn == m_person; }

    // Reads the issues waiting for the person at the desk (none without a person) and closes
    // the issue that was open.
    Result<QList<WaitingIssue>> loadQueue();
    const QList<WaitingIssue> &queue() const { return m_queue; }
    // Opens the queue's `index`th issue, or closes it (out of range). Marks it seen when the
    // person signed in. Fails only when the issue cannot be read; what else could not be read
    // is in the opened issue's `reading`.
    Status open(int index);
    // The queue entry chosen, whether or not its issue could be read.
    std::optional<WaitingIssue> current() const;
    const std::optional<DeskIssue> &opened() const { return m_opened; }

    // Whether the person may pass the opened issue as its role, given its preflight findings
    // (Preflight::allowsPassing); nothing opened passes this check.
    Status mayPass() const;
    // Refuses an empty password: no attempt at all, it must not count toward the lock-out.
    static Status passwordGiven(const QByteArray &password);

    // 通过: signs the chosen issue as its role (after passwordGiven and mayPass).
    Result<Issue> approve(const QByteArray &password);
    // 退回: returns the chosen issue to the editor with `remark` (after passwordGiven).
    Result<Issue> returnIssue(const QByteArray &password, const QString &remark);
    // 已处理: marks an open remark of the chosen issue dealt with, signed by the person.
    Status resolveRemark(qint64 returnId, const QByteArray &password);

private:
    Result<WaitingIssue> chosen() const;

    Database &m_db;
    QString m_person;
    QString m_signedIn; // the person who picked their own name; empty until someone did
    QList<WaitingIssue> m_queue;
    int m_index = -1;
    std::optional<DeskIssue> m_opened;
};

} // namespace kuaibao
