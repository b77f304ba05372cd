#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace kuaibao {

class Database;

// A signature as stored: the stage, who, when, and the content it binds to.
struct SignatureRecord {
    qint64 id = 0;
    int stage = 0; // 1 for the first role
    QString role;
    qint64 personId = 0;
    QString personName;
    QDateTime signedAt;
    QString contentSha256;
    QString contentSnapshot;
    QDateTime voidedAt; // invalid while the signature stands
    QString voidReason; // edit, return, withdraw
    int voidedByRevision = 0;

    bool standing() const { return !voidedAt.isValid(); }
};

// One line of an issue's sign-off log.
struct SignoffLogEntry {
    QDateTime at;
    QString action; // signed, returned, withdrawn, voided, remark-resolved, tampered
    QString personName;
    QString role;
    QString detail;
    int revision = 0; // the save that voided a signature
};

// A 退回 and its remark; open until the editor marks it dealt with.
struct ReturnRemark {
    qint64 id = 0;
    QString role;
    QString personName;
    QString remark;
    QDateTime returnedAt;
    QDateTime resolvedAt; // invalid while open
    QString resolvedBy;
};

// The sign-off rows of issues: signatures, the log, returns and what each person last saw.
// Runs on the caller's connection and transaction.
class SignatureStore {
public:
    explicit SignatureStore(QSqlDatabase db) : m_db(std::move(db)) {}
    explicit SignatureStore(const Database &database);

    // Every signature of the issue, voided ones included, oldest first.
    Result<QList<SignatureRecord>> all(qint64 issueId) const;
    // The signatures that stand, by stage.
    Result<QList<SignatureRecord>> standing(qint64 issueId) const;
    Status insert(qint64 issueId, const SignatureRecord &signature);
    // Voids the standing signatures from `stage` on, each with a log line.
    Status voidFrom(qint64 issueId, int stage, const QString &reason, int revision,
                    const QDateTime &at);

    Status log(qint64 issueId, const SignoffLogEntry &entry);
    Result<QList<SignoffLogEntry>> logOf(qint64 issueId) const;

    Status addReturn(qint64 issueId, const ReturnRemark &remark);
    Result<QList<ReturnRemark>> returnsOf(qint64 issueId, bool openOnly) const;
    Status resolveReturn(qint64 returnId, const QString &by, const QDateTime &at);

    // The content a person last saw of an issue (empty when never), and recording it.
    Result<QString> lastSeen(qint64 personId, qint64 issueId) const;
    Status recordSeen(qint64 personId, qint64 issueId, const QString &snapshot,
                      const QDateTime &at);

private:
    Result<QList<SignatureRecord>> select(qint64 issueId, bool standingOnly) const;
    QSqlDatabase m_db;
};

} // namespace kuaibao
