#pragma once

#include "core/result.h"
#include "core/signoff/chainverifier.h"
#include "core/signoff/signedstatement.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace kuaibao {

// The archive's administrator: who, and the public key that signs certificates.
struct AdminKey {
    qint64 personId = 0;
    QString name;
    QByteArray publicKey;
};

// The key rows of sign-off: the administrator, the certificates, the retirements and each
// issue's chain of signed acts. Runs on the caller's connection and transaction.
class KeyStore {
public:
    explicit KeyStore(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<std::optional<AdminKey>> admin() const;
    Status setAdmin(qint64 personId, const QByteArray &publicKey, const QDateTime &at);

    // Every certificate, oldest first (a person re-keyed has several; the old ones keep their
    // past signatures verifiable).
    Result<QList<SignedCertificate>> certificates() const;
    // Signs `certificate` with the administrator's secret key and stores it.
    Status addCertificate(qint64 personId, const Certificate &certificate,
                          const QByteArray &adminSecretKey);

    // Every retirement the administrator signed, oldest first.
    Result<QList<SignedRetirement>> retirements() const;
    // Signs `retirement` with the administrator's secret key and stores it.
    Status addRetirement(qint64 personId, const Retirement &retirement,
                         const QByteArray &adminSecretKey);

    // The issue's acts in chain order.
    Result<QList<SignedAct>> acts(qint64 issueId) const;
    // Links `act` to the issue's last act, signs it with `secretKey` and appends it.
    Status appendAct(qint64 issueId, ActStatement act, const QByteArray &secretKey);

private:
    QSqlDatabase m_db;
};

} // namespace kuaibao
