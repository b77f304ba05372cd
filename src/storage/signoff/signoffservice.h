#pragma once

#include "peoplestore.h"
#include "signaturestore.h"

#include "core/issue.h"
#include "core/result.h"
#include "core/signoff/signedstatement.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <functional>

namespace kuaibao {

class Database;

// Which issue a sign-off step is about.
struct IssueRef {
    int number = 0;
    Series series = Series::Regular;
};

// The sign-off steps people take: 通过 (sign), 退回 (return, with a remark), 撤销签发 (withdraw,
// with a reason), and marking a remark dealt with (已处理). Each checks the rules first, then
// the password (which opens the person's private key), then writes everything in one
// transaction, including the act signed with that key and linked to the issue's previous act;
// a refused step changes nothing (beyond the wrong-password count).
class SignoffService {
public:
    explicit SignoffService(Database &database,
                            std::function<QDateTime()> now = &QDateTime::currentDateTimeUtc);

    // Signs the issue as `role`; returns the issue with its new status.
    Result<Issue> sign(const IssueRef &ref, const QString &role, const QString &person,
                       const QByteArray &password);
    // Sends the issue back to 草稿 with `remark`, voiding its signatures.
    Result<Issue> returnIssue(const IssueRef &ref, const QString &role, const QString &person,
                              const QByteArray &password, const QString &remark);
    // Withdraws the last signature of an 已签发 issue, back to the stage before it.
    Result<Issue> withdraw(const IssueRef &ref, const QString &person, const QByteArray &password,
                           const QString &reason);
    // Marks an open return remark dealt with, by `by` (a person, with their password).
    Status resolveRemark(const IssueRef &ref, qint64 returnId, const QString &by,
                         const QByteArray &password);

    // The whole log of an issue, oldest first.
    Result<QList<SignoffLogEntry>> log(const IssueRef &ref);

private:
    // What a step sees of the issue and the person.
    struct Step;
    // Gathers the step and runs `check` without writing; then the password; then, inside one
    // write transaction, gathers and checks again and runs `apply` and the state that follows.
    // `apply` returns the act to sign (its action, stage, role and text); run() fills in the
    // issue, the content hash, the person and the time, signs it and appends it.
    Result<Issue> run(const IssueRef &ref, const QString &person, const QByteArray &password,
                      const std::function<Status(const Step &)> &check,
                      const std::function<Result<ActStatement>(const Step &)> &apply);

    Database &m_db;
    std::function<QDateTime()> m_now;
    PeopleStore m_people;
};

} // namespace kuaibao
