#pragma once

#include "chainverifier.h"
#include "core/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace kuaibao {

// What a signed issue's PDF carries so that anyone can prove its sign-off without the archive:
// the issue in its export JSON form, the canonical content's SHA-256, every signed act in chain
// order, every certificate and the administrator's public key. Its JSON form
// ("kuaibao.signoff-proof/1", byte strings in base64) goes into the PDF's XMP metadata.
struct SignoffProof {
    QJsonObject issue; // io/issuejson's form: CanonicalContent can be recomputed from it
    QString contentSha256;
    QList<SignedAct> acts;
    QList<SignedCertificate> certificates;
    QByteArray adminPublicKey;

    QByteArray toJson() const;
    // Reads the JSON form back; anything missing or not base64 is an error saying what.
    static Result<SignoffProof> fromJson(const QByteArray &json);

    // The 签发校验码 the footer prints: the first 12 hexadecimal characters (upper case) of the
    // SHA-256 of the last act's signature, in three groups of four ("3F2A 91C0 7B1D"). The last
    // signature covers every earlier act, so the code names this exact sign-off. Empty when
    // there is no act.
    QString checkCode() const;
    static QString checkCodeOf(const QByteArray &lastSignature);
};

// The proof's format identifier.
inline constexpr char kSignoffProofFormat[] = "kuaibao.signoff-proof/1";

} // namespace kuaibao
