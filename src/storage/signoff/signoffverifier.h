#pragma once

#include "signaturestore.h"

#include "core/issue.h"
#include "core/result.h"
#include "core/signoff/signedstatement.h"
#include "core/signoff/signoffflow.h"

#include <QList>
#include <QStringList>

namespace kuaibao {

class Database;

// What a check of one issue found: nothing when its rows are what was signed.
struct VerifyReport {
    int number = 0;
    Series series = Series::Regular;
    int standingSignatures = 0;
    QStringList problems; // one line per difference, for people; the first broken link first
    // Signed with the SHA-256-only scheme of before keys (旧式签名): its rows may agree, but
    // nothing binds them to the people named, so it is never proven.
    bool legacy = false;
    bool intact() const { return problems.isEmpty(); }
    bool proven() const { return intact() && !legacy; }
};

// Proof of an issue's sign-off: checks its chain of signed acts against the certificates and
// the administrator's key (core/signoff/chainverifier.h), then that the signature rows, the
// log, the content, the status and the footer names are what that chain says. An issue
// signed before keys is checked the old way (hashes and snapshots) and marked legacy. It
// reads only, and does not rely on database triggers.
class SignoffVerifier {
public:
    explicit SignoffVerifier(Database &database) : m_db(database) {}

    Result<VerifyReport> verify(int number, Series series = Series::Regular) const;
    // Every issue that has sign-off state (signatures, or a status other than 草稿) and is not
    // intact: what the main window checks when it opens an archive.
    Result<QList<VerifyReport>> findTampered() const;

private:
    Result<VerifyReport> verifyById(qint64 storageId) const;
    // The checks of the rows against the chain's standing signatures.
    void checkRows(const Issue &issue, const QList<SignatureRecord> &standing,
                   const QList<StageSignature> &expected, const QString &signedHash,
                   VerifyReport *report) const;
    void compareRows(const QList<SignatureRecord> &standing, const QList<StageSignature> &expected,
                     const QString &signedHash, VerifyReport *report) const;
    void compareLog(const QList<ActStatement> &acts, qint64 storageId, VerifyReport *report) const;
    void verifyLegacy(const Issue &issue, const QList<SignatureRecord> &standing,
                      VerifyReport *report) const;
    Database &m_db;
};

} // namespace kuaibao
