#include "signoffproof.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct SignoffProofText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::SignoffProof)
};

QString base64(const QByteArray &bytes) {
    return QString::fromLatin1(bytes.toBase64());
}

// The bytes of a base64 field, or an error naming it.
Result<QByteArray> bytesOf(const QJsonObject &object, const QString &key, const QString &where) {
    const QJsonValue value = object.value(key);
    const QByteArray text = value.toString().toLatin1();
    QByteArray::FromBase64Result decoded =
        QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!value.isString() || text.isEmpty() || !decoded) {
        return Error::corrupt(
            SignoffProofText::tr("the proof's %1 has no valid “%2”").arg(where, key));
    }
    return *decoded;
}

} // namespace

QByteArray SignoffProof::toJson() const {
    QJsonArray actArray;
    for (const SignedAct &a : acts) {
        actArray.append(QJsonObject{{QStringLiteral("statement"), base64(a.bytes)},
                                    {QStringLiteral("signature"), base64(a.signature)}});
    }
    QJsonArray certificateArray;
    for (const SignedCertificate &c : certificates) {
        certificateArray.append(
            QJsonObject{{QStringLiteral("certificate"), base64(c.bytes)},
                        {QStringLiteral("signature"), base64(c.adminSignature)}});
    }
    const QJsonObject root{
        {QStringLiteral("format"), QString::fromLatin1(kSignoffProofFormat)},
        {QStringLiteral("issue"), issue},
        {QStringLiteral("contentSha256"), contentSha256},
        {QStringLiteral("acts"), actArray},
        {QStringLiteral("certificates"), certificateArray},
        {QStringLiteral("administratorKey"), base64(adminPublicKey)},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Result<SignoffProof> SignoffProof::fromJson(const QByteArray &json) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return Error::corrupt(SignoffProofText::tr("the proof is not valid JSON"));
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() !=
        QString::fromLatin1(kSignoffProofFormat)) {
        return Error::corrupt(SignoffProofText::tr("the proof is not in the form %1")
                                  .arg(QString::fromLatin1(kSignoffProofFormat)));
    }
    SignoffProof proof;
    proof.issue = root.value(QStringLiteral("issue")).toObject();
    proof.contentSha256 = root.value(QStringLiteral("contentSha256")).toString();
    if (proof.issue.isEmpty() || proof.contentSha256.isEmpty()) {
        return Error::corrupt(SignoffProofText::tr("the proof has no issue or no content hash"));
    }
    const QJsonArray actArray = root.value(QStringLiteral("acts")).toArray();
    for (qsizetype i = 0; i < actArray.size(); ++i) {
        const QJsonObject o = actArray.at(i).toObject();
        const QString where = SignoffProofText::tr("act %1").arg(i + 1);
        Result<QByteArray> statement = bytesOf(o, QStringLiteral("statement"), where);
        Result<QByteArray> signature = bytesOf(o, QStringLiteral("signature"), where);
        if (!statement || !signature) {
            return statement ? signature.error() : statement.error();
        }
        proof.acts << SignedAct{*statement, *signature};
    }
    const QJsonArray certificateArray = root.value(QStringLiteral("certificates")).toArray();
    for (qsizetype i = 0; i < certificateArray.size(); ++i) {
        const QJsonObject o = certificateArray.at(i).toObject();
        const QString where = SignoffProofText::tr("certificate %1").arg(i + 1);
        Result<QByteArray> bytes = bytesOf(o, QStringLiteral("certificate"), where);
        Result<QByteArray> signature = bytesOf(o, QStringLiteral("signature"), where);
        if (!bytes || !signature) {
            return bytes ? signature.error() : bytes.error();
        }
        proof.certificates << SignedCertificate{*bytes, *signature};
    }
    if (proof.acts.isEmpty()) {
        return Error::corrupt(SignoffProofText::tr("the proof holds no signed act"));
    }
    Result<QByteArray> key =
        bytesOf(root, QStringLiteral("administratorKey"), SignoffProofText::tr("root"));
    if (!key) {
        return key.error();
    }
    proof.adminPublicKey = *key;
    return proof;
}

QString SignoffProof::checkCode() const {
    return acts.isEmpty() ? QString() : checkCodeOf(acts.last().signature);
}

QString SignoffProof::checkCodeOf(const QByteArray &lastSignature) {
    const QByteArray hex = QCryptographicHash::hash(lastSignature, QCryptographicHash::Sha256)
                               .toHex()
                               .toUpper()
                               .left(12);
    return QString::fromLatin1(hex.left(4) + ' ' + hex.mid(4, 4) + ' ' + hex.mid(8, 4));
}

} // namespace kuaibao
