#include "chainverifier.h"

#include "signingkeys.h"

#include <QCoreApplication>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct ChainVerifierText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::ChainVerifier)
};

QString actName(const QString &action) {
    if (action == QLatin1String("signed")) {
        return ChainVerifierText::tr("approval (通过)");
    }
    if (action == QLatin1String("returned")) {
        return ChainVerifierText::tr("return (退回)");
    }
    if (action == QLatin1String("withdrawn")) {
        return ChainVerifierText::tr("withdrawal (撤销)");
    }
    if (action == QLatin1String("resolved")) {
        return ChainVerifierText::tr("remark dealt with (已处理)");
    }
    return ChainVerifierText::tr("unknown act");
}

} // namespace

ChainVerifier::ChainVerifier(QByteArray adminPublicKey, QList<SignedCertificate> certificates)
    : m_adminKey(std::move(adminPublicKey)) {
    for (const SignedCertificate &c : certificates) {
        Result<Certificate> parsed = Certificate::parse(c.bytes);
        if (!parsed) {
            m_bad << ChainVerifierText::tr("a certificate in the archive is malformed");
            continue;
        }
        if (!SigningKeys::verify(c.bytes, c.adminSignature, m_adminKey)) {
            m_bad << ChainVerifierText::tr("the certificate of %1 is not signed by the "
                                           "administrator's key: it was changed or forged")
                         .arg(parsed->name);
            continue;
        }
        m_valid << *parsed;
    }
}

void ChainVerifier::setRetirements(const QList<SignedRetirement> &retirements) {
    m_retirements.clear();
    m_badRetirements.clear();
    for (const SignedRetirement &r : retirements) {
        Result<Retirement> parsed = Retirement::parse(r.bytes);
        if (!parsed) {
            m_badRetirements << ChainVerifierText::tr("a retirement in the archive is malformed");
            continue;
        }
        if (!SigningKeys::verify(r.bytes, r.adminSignature, m_adminKey)) {
            m_badRetirements << ChainVerifierText::tr(
                                    "the retirement of %1 is not signed by the administrator's "
                                    "key: it was changed or forged")
                                    .arg(parsed->name);
            continue;
        }
        m_retirements << *parsed;
    }
}

QStringList ChainVerifier::badCertificates() const {
    return m_bad;
}

const Certificate *ChainVerifier::certificateFor(const QByteArray &key) const {
    for (const Certificate &c : m_valid) {
        if (c.publicKey == key) {
            return &c;
        }
    }
    return nullptr;
}

ChainVerdict ChainVerifier::verify(const ChainSubject &subject,
                                   const QList<SignedAct> &acts) const {
    ChainVerdict out;
    QByteArray previous;
    QDateTime lastTime;
    for (int i = 0; i < acts.size(); ++i) {
        const int link = i + 1;
        Result<ActStatement> parsed = ActStatement::parse(acts.at(i).bytes);
        if (!parsed) {
            out.broken = ChainVerifierText::tr("link %1 of the sign-off chain is malformed: it "
                                               "was changed after it was signed")
                             .arg(link);
            return out;
        }
        const ActStatement &a = *parsed;
        const QString who =
            ChainVerifierText::tr("link %1 (%2 by %3 at %4)")
                .arg(link)
                .arg(actName(a.action), a.person,
                     a.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        auto broken = [&](const QString &why) {
            out.broken = who + QStringLiteral(": ") + why;
            return out;
        };
        const Certificate *cert = certificateFor(a.publicKey);
        if (!cert) {
            return broken(ChainVerifierText::tr("signed with a key the administrator never "
                                                "certified"));
        }
        if (!SigningKeys::verify(acts.at(i).bytes, acts.at(i).signature, a.publicKey)) {
            return broken(ChainVerifierText::tr("its signature does not match what it says: the "
                                                "record was changed after it was signed"));
        }
        if (cert->name != a.person) {
            return broken(ChainVerifierText::tr("it is signed by the key of %1, not of %2")
                              .arg(cert->name, a.person));
        }
        for (const Retirement &r : m_retirements) {
            if (r.name == cert->name && a.at >= r.at) {
                return broken(
                    ChainVerifierText::tr("%1 was retired (已停用) on %2 and can no longer sign")
                        .arg(r.name,
                             r.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
            }
        }
        if (a.previous != previous) {
            return broken(previous.isEmpty()
                              ? ChainVerifierText::tr("it follows an act that is not in the "
                                                      "archive: an earlier act was deleted")
                              : ChainVerifierText::tr("it does not follow the act before it: an "
                                                      "act was deleted, inserted or reordered"));
        }
        if (a.number != subject.number || a.series != subject.series || a.date != subject.date) {
            return broken(ChainVerifierText::tr("it was signed for issue %1 of %2, not this issue")
                              .arg(a.number)
                              .arg(a.date.toString(Qt::ISODate)));
        }
        if (!a.at.isValid() || a.at < cert->validFrom || (lastTime.isValid() && a.at < lastTime)) {
            return broken(ChainVerifierText::tr("its time is out of order"));
        }
        const bool needsRole = a.action != QLatin1String("resolved");
        if (needsRole && !cert->roles.contains(a.role)) {
            return broken(ChainVerifierText::tr("%1's certificate does not give the role %2")
                              .arg(a.person, a.role));
        }
        if (a.action == QLatin1String("signed")) {
            if (!out.standing.isEmpty() && out.standing.first().contentSha256 != a.contentSha256) {
                out.standing.clear(); // an edit voided them before this signature
            }
            const int stage = int(out.standing.size()) + 1;
            if (a.stage != stage || stage > subject.roles.size() ||
                subject.roles.at(stage - 1) != a.role) {
                return broken(ChainVerifierText::tr("it signs %1 out of the role order %2")
                                  .arg(a.role, subject.roles.join(QStringLiteral("、"))));
            }
            for (const ChainStage &s : out.standing) {
                if (s.person == a.person) {
                    return broken(ChainVerifierText::tr("%1 signed two stages").arg(a.person));
                }
            }
            out.standing << ChainStage{stage, a.role, a.person, a.contentSha256};
        } else if (a.action == QLatin1String("returned")) {
            out.standing.clear();
        } else if (a.action == QLatin1String("withdrawn")) {
            if (out.standing.size() != subject.roles.size() ||
                out.standing.last().person != a.person || a.stage != out.standing.last().stage) {
                return broken(ChainVerifierText::tr("it withdraws a sign-off that was not "
                                                    "complete or not %1's")
                                  .arg(a.person));
            }
            out.standing.removeLast();
        } else if (a.action != QLatin1String("resolved")) {
            return broken(ChainVerifierText::tr("it is not a sign-off act"));
        }
        out.acts << a;
        previous = acts.at(i).signature;
        lastTime = a.at;
    }
    return out;
}

} // namespace kuaibao
