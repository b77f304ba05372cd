#include "signoffproofstore.h"

#include "storage/database.h"

#include "core/signoff/canonicalcontent.h"
#include "keystore.h"

namespace kuaibao {

SignoffProofStore::SignoffProofStore(const Database &database) : m_db(database.connection()) {}

Result<std::optional<SignoffProof>> SignoffProofStore::proofFor(const Issue &issue) const {
    if (issue.status != IssueStatus::Published || issue.storageId <= 0) {
        return std::optional<SignoffProof>();
    }
    KeyStore keys(m_db);
    Result<QList<SignedAct>> acts = keys.acts(issue.storageId);
    if (!acts) {
        return acts.error();
    }
    Result<std::optional<AdminKey>> admin = keys.admin();
    if (!admin) {
        return admin.error();
    }
    if (acts->isEmpty() || !*admin) {
        return std::optional<SignoffProof>();
    }
    Result<QList<SignedCertificate>> certificates = keys.certificates();
    if (!certificates) {
        return certificates.error();
    }
    SignoffProof proof;
    proof.contentSha256 = CanonicalContent::fromIssue(issue).sha256();
    proof.acts = *acts;
    proof.certificates = *certificates;
    proof.adminPublicKey = (*admin)->publicKey;
    return std::optional<SignoffProof>(proof);
}

} // namespace kuaibao
