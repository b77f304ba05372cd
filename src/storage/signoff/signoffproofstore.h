#pragma once

#include "core/issue.h"
#include "core/result.h"
#include "core/signoff/signoffproof.h"

#include <QSqlDatabase>

#include <optional>

namespace kuaibao {

class Database;

// Reads from the archive what a signed issue's PDF carries (SignoffProof): its acts in chain
// order, every certificate and the administrator's key. An issue that is not 已签发, or was
// signed before keys (no acts), has no proof. The issue's JSON is left for the PDF writer.
class SignoffProofStore {
public:
    explicit SignoffProofStore(QSqlDatabase db) : m_db(std::move(db)) {}
    explicit SignoffProofStore(const Database &database);

    Result<std::optional<SignoffProof>> proofFor(const Issue &issue) const;

private:
    QSqlDatabase m_db;
};

} // namespace kuaibao
