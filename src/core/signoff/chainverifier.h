#pragma once

#include "signedstatement.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace kuaibao {

// A certificate as the archive holds it: its bytes and the administrator's signature.
struct SignedCertificate {
    QByteArray bytes;
    QByteArray adminSignature;
};

// A retirement as the archive holds it: its bytes and the administrator's signature.
struct SignedRetirement {
    QByteArray bytes;
    QByteArray adminSignature;
};

// One act of an issue's chain as the archive holds it: its statement bytes and signature.
struct SignedAct {
    QByteArray bytes;
    QByteArray signature;
};

// The issue a chain must be about, and the order its roles sign in.
struct ChainSubject {
    int number = 0;
    QString series;
    QDate date;
    QStringList roles;
};

// A signature the chain leaves standing.
struct ChainStage {
    int stage = 0;
    QString role;
    QString person;
    QString contentSha256;
};

// What checking a chain found: the first broken link (empty when none), the acts read, and
// the signatures the acts leave standing.
struct ChainVerdict {
    QString broken;
    QList<ActStatement> acts;
    QList<ChainStage> standing;
    bool ok() const { return broken.isEmpty(); }
};

// Proves an issue's sign-off from its signed acts, the certificates and the administrator's
// public key alone: every certificate is signed by the administrator, every act by the key
// of a certificate naming that person with that role (valid at that time), each act links
// the previous one's signature, is about this issue, and follows the stage order. Pure: no
// database, so a recipient can run it too.
class ChainVerifier {
public:
    ChainVerifier(QByteArray adminPublicKey, QList<SignedCertificate> certificates);

    // Acts a retired person signed at or after their retirement break the chain; acts from
    // before it stay valid. Retirements not signed by the administrator are left out and named
    // by badRetirements().
    void setRetirements(const QList<SignedRetirement> &retirements);

    ChainVerdict verify(const ChainSubject &subject, const QList<SignedAct> &acts) const;
    // The certificates that do not verify against the administrator key, one line each.
    QStringList badCertificates() const;
    // The retirements that do not verify against the administrator key, one line each.
    QStringList badRetirements() const { return m_badRetirements; }
    // The verified retirements.
    const QList<Retirement> &retirements() const { return m_retirements; }

private:
    // The certificate for `key` whose signature verifies, or nothing.
    const Certificate *certificateFor(const QByteArray &key) const;

    QByteArray m_adminKey;
    QList<Certificate> m_valid;
    QStringList m_bad;
    QList<Retirement> m_retirements;
    QStringList m_badRetirements;
};

} // namespace kuaibao
