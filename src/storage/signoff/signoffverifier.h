#pragma once

#include "signaturestore.h"

#include "core/issue.h"
#include "core/result.h"

#include <QList>
#include <QStringList>

namespace kuaibao {

class Database;

// What a check of one issue found: nothing when its rows are what was signed.
struct VerifyReport {
    int number = 0;
    Series series = Series::Regular;
    int standingSignatures = 0;
    QStringList problems; // one line per difference, for people
    bool intact() const { return problems.isEmpty(); }
};

// Tamper evidence: compares an issue's rows with the content its standing signatures bind to
// (hash and snapshot), and its stored status and footer names with those signatures. It reads
// only, and does not rely on database triggers.
class SignoffVerifier {
public:
    explicit SignoffVerifier(Database &database) : m_db(database) {}

    Result<VerifyReport> verify(int number, Series series = Series::Regular) const;
    // Every issue that has sign-off state (signatures, or a status other than 草稿) and is not
    // intact: what the main window checks when it opens an archive.
    Result<QList<VerifyReport>> findTampered() const;

private:
    Result<VerifyReport> verifyById(qint64 storageId) const;
    Database &m_db;
};

} // namespace kuaibao
