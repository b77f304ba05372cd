#include "proofverifier.h"

#include "canonicalcontent.h"
#include "chainverifier.h"
#include "signingkeys.h"

#include <QCoreApplication>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct ProofVerifierText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::ProofVerifier)
};

QString footerNameOf(const Issue &issue, const QString &role) {
    for (const StaffCredit &credit : issue.footer.staff) {
        if (credit.role == role) {
            return credit.name;
        }
    }
    return {};
}

} // namespace

QStringList ProofVerifier::verify(const SignoffProof &proof, const Issue &issue) const {
    if (proof.adminPublicKey != m_adminKey) {
        return {ProofVerifierText::tr("the proof names the administrator key %1, not the trusted "
                                      "key %2: it was signed under another people list")
                    .arg(SigningKeys::fingerprint(proof.adminPublicKey),
                         SigningKeys::fingerprint(m_adminKey))};
    }
    const ChainVerifier chain(m_adminKey, proof.certificates);
    if (!chain.badCertificates().isEmpty()) {
        return chain.badCertificates();
    }
    const ChainSubject subject{issue.masthead.number, seriesKey(issue.masthead.series),
                               issue.masthead.date, m_roles};
    const ChainVerdict verdict = chain.verify(subject, proof.acts);
    if (!verdict.ok()) {
        return {verdict.broken};
    }
    QStringList problems;
    if (verdict.standing.size() != m_roles.size()) {
        problems << ProofVerifierText::tr("the sign-off is not complete: %1 of the roles %2 "
                                          "stand signed")
                        .arg(verdict.standing.size())
                        .arg(m_roles.join(QStringLiteral("、")));
        return problems;
    }
    const QString signedHash = verdict.standing.last().contentSha256;
    if (proof.contentSha256 != signedHash) {
        problems << ProofVerifierText::tr("the proof's content hash is not the one the acts sign");
    }
    if (CanonicalContent::fromIssue(issue).sha256() != signedHash) {
        problems << ProofVerifierText::tr("the issue in the proof is not the text that was "
                                          "signed: it was changed after sign-off");
    }
    for (const ChainStage &s : verdict.standing) {
        const QString shown = footerNameOf(issue, s.role);
        if (shown != s.person) {
            problems << ProofVerifierText::tr("the footer names “%1” as %2, but %3 signed")
                            .arg(shown, s.role, s.person);
        }
    }
    return problems;
}

} // namespace kuaibao
