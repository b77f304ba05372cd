#pragma once

#include "core/issue.h"
#include "signoffproof.h"

#include <QByteArray>
#include <QStringList>

namespace kuaibao {

// Proves the sign-off a PDF carries (SignoffProof) against an administrator key the checker
// trusts: the embedded key is that key, every certificate is signed by it, the chain of acts
// verifies (ChainVerifier), the sign-off is complete, the issue's canonical content hashes to
// what was signed and its footer names the signers. Pure: no archive, no PDF.
class ProofVerifier {
public:
    ProofVerifier(QByteArray trustedAdminKey, QStringList roles)
        : m_adminKey(std::move(trustedAdminKey)), m_roles(std::move(roles)) {}

    // One line per problem, the first broken link first; empty when proven.
    QStringList verify(const SignoffProof &proof, const Issue &issue) const;

private:
    QByteArray m_adminKey;
    QStringList m_roles;
};

} // namespace kuaibao
