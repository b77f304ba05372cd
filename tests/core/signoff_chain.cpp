// The chain of signed acts, checked from certificates and the administrator's key alone: any
// single changed byte of an act, a signature or a certificate is caught.
#include "core/signoff/chainverifier.h"
#include "core/signoff/signingkeys.h"

#include <catch2/catch.hpp>

using namespace kuaibao;

namespace {

// An administrator, three certified signers and a fully signed issue's chain.
struct Chain {
    KeyPair admin = SigningKeys::generate().value();
    QList<KeyPair> people;
    QList<SignedCertificate> certificates;
    QList<SignedAct> acts;
    ChainSubject subject{674,
                         QStringLiteral("regular"),
                         QDate(2026, 5, 8),
                         {QStringLiteral("编校"), QStringLiteral("审核"), QStringLiteral("核签")}};

    Chain() {
        const QDateTime t0(QDate(2026, 5, 8), QTime(9, 0), Qt::UTC);
        const QStringList names{QStringLiteral("李编"), QStringLiteral("王审"),
                                QStringLiteral("赵签")};
        for (int i = 0; i < 3; ++i) {
            people << SigningKeys::generate().value();
            const Certificate c{
                names.at(i), {subject.roles.at(i)}, people.last().publicKey, t0, false};
            certificates << SignedCertificate{c.bytes(),
                                              SigningKeys::sign(c.bytes(), admin.secretKey)};
        }
        QByteArray previous;
        for (int i = 0; i < 3; ++i) {
            ActStatement a;
            a.action = QStringLiteral("signed");
            a.contentSha256 = QStringLiteral("ab").repeated(32);
            a.number = 674;
            a.series = QStringLiteral("regular");
            a.date = subject.date;
            a.stage = i + 1;
            a.role = subject.roles.at(i);
            a.person = names.at(i);
            a.publicKey = people.at(i).publicKey;
            a.at = t0.addSecs(60 * (i + 1));
            a.previous = previous;
            const QByteArray bytes = a.bytes();
            acts << SignedAct{bytes, SigningKeys::sign(bytes, people.at(i).secretKey)};
            previous = acts.last().signature;
        }
    }

    ChainVerdict verify() const {
        return ChainVerifier(admin.publicKey, certificates).verify(subject, acts);
    }
};

} // namespace

TEST_CASE("signoff chain: an untouched chain proves three standing signatures") {
    const Chain chain;
    const ChainVerdict verdict = chain.verify();
    INFO(verdict.broken.toStdString());
    REQUIRE(verdict.ok());
    REQUIRE(verdict.standing.size() == 3);
    CHECK(verdict.standing.at(2).person == QStringLiteral("赵签"));
}

TEST_CASE("signoff chain: any single changed byte of an act or its signature is caught") {
    const Chain chain;
    int tried = 0;
    for (int act = 0; act < chain.acts.size(); ++act) {
        for (const bool inSignature : {false, true}) {
            const int size = int(inSignature ? chain.acts.at(act).signature.size()
                                             : chain.acts.at(act).bytes.size());
            for (int i = 0; i < size; ++i) {
                Chain changed = chain;
                QByteArray &target =
                    inSignature ? changed.acts[act].signature : changed.acts[act].bytes;
                target[i] = char(target.at(i) ^ 0x01);
                INFO("act " << act << (inSignature ? " signature" : " statement") << " byte " << i);
                CHECK_FALSE(changed.verify().ok());
                ++tried;
            }
        }
    }
    CHECK(tried > 1000);
}

TEST_CASE("signoff chain: any single changed byte of a certificate is caught") {
    const Chain chain;
    for (int c = 0; c < chain.certificates.size(); ++c) {
        for (int i = 0; i < chain.certificates.at(c).bytes.size(); ++i) {
            Chain changed = chain;
            changed.certificates[c].bytes[i] = char(changed.certificates[c].bytes.at(i) ^ 0x01);
            INFO("certificate " << c << " byte " << i);
            const ChainVerdict verdict = changed.verify();
            CHECK_FALSE(verdict.ok());
            CHECK(verdict.broken.contains(QStringLiteral("link %1").arg(c + 1)));
        }
    }
}

TEST_CASE("signoff chain: another administrator's key proves nothing") {
    Chain chain;
    const KeyPair other = SigningKeys::generate().value();
    const ChainVerdict verdict =
        ChainVerifier(other.publicKey, chain.certificates).verify(chain.subject, chain.acts);
    CHECK(verdict.broken.contains(QStringLiteral("never certified")));
    CHECK(ChainVerifier(other.publicKey, chain.certificates).badCertificates().size() == 3);
}

TEST_CASE("signoff chain: a chain of another issue, or out of role order, is refused") {
    Chain chain;
    chain.subject.number = 675;
    CHECK(chain.verify().broken.contains(QStringLiteral("not this issue")));
    Chain reordered;
    reordered.acts.swapItemsAt(0, 1);
    CHECK_FALSE(reordered.verify().ok());
}

TEST_CASE("signoff chain: the fingerprint is eight groups of four hexadecimal characters") {
    const KeyPair pair = SigningKeys::generate().value();
    const QString fingerprint = SigningKeys::fingerprint(pair.publicKey);
    CHECK(fingerprint.size() == 39);
    CHECK(fingerprint.split(QLatin1Char(' ')).size() == 8);
    CHECK(SigningKeys::fingerprint(pair.publicKey) == fingerprint);
}

TEST_CASE("signoff chain: a sealed key opens only with its password") {
    const KeyPair pair = SigningKeys::generate().value();
    const QString sealed = SigningKeys::seal(pair.secretKey, "right-pass-1").value();
    CHECK_FALSE(sealed.contains(QString::fromLatin1(pair.secretKey.toBase64())));
    CHECK(SigningKeys::unseal(sealed, "right-pass-1").value() == pair.secretKey);
    CHECK(SigningKeys::unseal(sealed, "wrong-pass-1").error().kind == ErrorKind::Forbidden);
    QString altered = sealed;
    altered[altered.size() - 3] =
        altered.at(altered.size() - 3) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    CHECK_FALSE(SigningKeys::unseal(altered, "right-pass-1"));
}

namespace {

// The administrator's (or `signer`'s) retirement of `person` at `at`.
SignedRetirement retirementOf(const Chain &chain, int person, const QDateTime &at,
                              const QByteArray &signer = {}) {
    const Certificate c = Certificate::parse(chain.certificates.at(person).bytes).value();
    const Retirement r{c.name, c.publicKey, at};
    return {r.bytes(),
            SigningKeys::sign(r.bytes(), signer.isEmpty() ? chain.admin.secretKey : signer)};
}

} // namespace

TEST_CASE("signoff chain: a retirement leaves earlier acts standing and breaks later ones") {
    const Chain chain;
    const QDateTime t0(QDate(2026, 5, 8), QTime(9, 0), Qt::UTC);
    ChainVerifier after(chain.admin.publicKey, chain.certificates);
    after.setRetirements({retirementOf(chain, 1, t0.addSecs(150))}); // 王审 signed at +120
    CHECK(after.badRetirements().isEmpty());
    CHECK(after.verify(chain.subject, chain.acts).ok());

    ChainVerifier before(chain.admin.publicKey, chain.certificates);
    before.setRetirements({retirementOf(chain, 1, t0.addSecs(100))});
    const ChainVerdict broken = before.verify(chain.subject, chain.acts);
    CHECK(broken.broken.startsWith(QStringLiteral("link 2 (")));
    CHECK(broken.broken.contains(QStringLiteral("王审 was retired (已停用) on ")));

    // A retirement someone other than the administrator signed counts for nothing.
    ChainVerifier forged(chain.admin.publicKey, chain.certificates);
    forged.setRetirements({retirementOf(chain, 1, t0.addSecs(100), chain.people.at(0).secretKey)});
    CHECK(forged.verify(chain.subject, chain.acts).ok());
    CHECK(forged.badRetirements() ==
          QStringList{QStringLiteral("the retirement of 王审 is not signed by the administrator's "
                                     "key: it was changed or forged")});
}

TEST_CASE("signoff chain: any single changed byte of a retirement or its signature is caught") {
    const Chain chain;
    const SignedRetirement good =
        retirementOf(chain, 1, QDateTime(QDate(2026, 5, 8), QTime(9, 30), Qt::UTC));
    int tried = 0;
    for (const bool inSignature : {false, true}) {
        const int size = int(inSignature ? good.adminSignature.size() : good.bytes.size());
        for (int i = 0; i < size; ++i) {
            SignedRetirement changed = good;
            QByteArray &target = inSignature ? changed.adminSignature : changed.bytes;
            target[i] = char(target.at(i) ^ 0x01);
            ChainVerifier verifier(chain.admin.publicKey, chain.certificates);
            verifier.setRetirements({changed});
            CHECK(verifier.badRetirements().size() == 1);
            CHECK(verifier.retirements().isEmpty());
            ++tried;
        }
    }
    CHECK(tried > 100);
}
