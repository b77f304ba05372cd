// What a PDF carries of an issue's sign-off: only an 已签发 issue with signed acts has a proof,
// and that proof proves itself (ProofVerifier) with nothing but the administrator key.
#include "signoff_support.h"

#include "core/signoff/proofverifier.h"
#include "core/signoff/signoffproof.h"
#include "storage/signoff/signoffproofstore.h"

#include <QJsonDocument>

using namespace kuaibao;
using kuaibao::test::SignoffArchive;

namespace {

std::optional<SignoffProof> proofOf(SignoffArchive &a) {
    return test::must(SignoffProofStore(a.db->connection()).proofFor(a.load()));
}

const QStringList kRoles{QStringLiteral("编校"), QStringLiteral("审核"), QStringLiteral("核签")};

} // namespace

TEST_CASE("signoff proof store: a draft and an issue still in sign-off carry no proof",
          "[engines]") {
    SignoffArchive a;
    CHECK_FALSE(proofOf(a));
    REQUIRE(SignoffService(*a.db).sign(a.ref, QStringLiteral("编校"), QStringLiteral("李编"),
                                       "pw-li-11"));
    CHECK_FALSE(proofOf(a));
}

TEST_CASE("signoff proof store: an 已签发 issue's proof holds its chain and proves itself",
          "[engines]") {
    SignoffArchive a;
    REQUIRE(a.signAll());
    std::optional<SignoffProof> proof = proofOf(a);
    REQUIRE(proof);
    CHECK(proof->acts.size() == 3);
    CHECK(proof->certificates.size() == 3);
    const QString code = proof->checkCode();
    CHECK(code == SignoffProof::checkCodeOf(proof->acts.last().signature));
    CHECK(code.size() == 14);
    // The JSON form reads back to the same proof; the issue is filled in by the PDF writer.
    proof->issue = QJsonObject{{QStringLiteral("placeholder"), true}};
    const Result<SignoffProof> back = SignoffProof::fromJson(proof->toJson());
    REQUIRE(back);
    CHECK(back->toJson() == proof->toJson());
    CHECK(back->checkCode() == code);
    // Proven with the issue itself and the administrator key; not with another key.
    const Issue issue = a.load();
    const ProofVerifier verifier(proof->adminPublicKey, kRoles);
    CHECK(verifier.verify(*proof, issue).isEmpty());
    Issue edited = issue;
    edited.masthead.office += QStringLiteral("办");
    CHECK(verifier.verify(*proof, edited) ==
          QStringList{QStringLiteral("the issue in the proof is not the text that was signed: it "
                                     "was changed after sign-off")});
    QByteArray otherKey = proof->adminPublicKey;
    otherKey[0] = char(otherKey.at(0) ^ 1);
    CHECK(ProofVerifier(otherKey, kRoles)
              .verify(*proof, issue)
              .first()
              .startsWith(QStringLiteral("the proof names the administrator key")));
    // A chain cut short is not complete.
    SignoffProof shorter = *proof;
    shorter.acts.removeLast();
    CHECK(verifier.verify(shorter, issue)
              .first()
              .startsWith(QStringLiteral("the sign-off is not complete")));
}
