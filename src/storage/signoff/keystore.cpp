#include "keystore.h"

#include "core/signoff/signingkeys.h"
#include "storage/sqlutil.h"

#include <QCoreApplication>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct KeyStoreText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::KeyStore)
};

} // namespace

Result<std::optional<AdminKey>> KeyStore::admin() const {
    Result<QSqlQuery> q = runSql(m_db,
                                 QStringLiteral("SELECT a.person_id, p.name, a.public_key FROM "
                                                "signoff_admin a LEFT JOIN people p ON p.id = "
                                                "a.person_id WHERE a.id = 1"),
                                 {}, KeyStoreText::tr("reading the administrator"));
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return std::optional<AdminKey>{};
    }
    return std::optional<AdminKey>{
        AdminKey{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toByteArray()}};
}

Status KeyStore::setAdmin(qint64 personId, const QByteArray &publicKey, const QDateTime &at) {
    return execSql(m_db,
                   QStringLiteral("INSERT INTO signoff_admin (id, person_id, public_key, "
                                  "created_at) VALUES (1, ?, ?, ?)"),
                   {personId, publicKey, statementTime(at)},
                   KeyStoreText::tr("recording the administrator"));
}

Result<QList<SignedCertificate>> KeyStore::certificates() const {
    Result<QSqlQuery> q = runSql(
        m_db,
        QStringLiteral("SELECT statement, admin_signature FROM signoff_certificates ORDER BY id"),
        {}, KeyStoreText::tr("reading the certificates"));
    if (!q) {
        return q.error();
    }
    QList<SignedCertificate> out;
    while (q->next()) {
        out << SignedCertificate{q->value(0).toByteArray(), q->value(1).toByteArray()};
    }
    return out;
}

Status KeyStore::addCertificate(qint64 personId, const Certificate &certificate,
                                const QByteArray &adminSecretKey) {
    const QByteArray bytes = certificate.bytes();
    return execSql(m_db,
                   QStringLiteral("INSERT INTO signoff_certificates (person_id, statement, "
                                  "admin_signature, created_at) VALUES (?, ?, ?, ?)"),
                   {personId, bytes, SigningKeys::sign(bytes, adminSecretKey),
                    statementTime(certificate.validFrom)},
                   KeyStoreText::tr("storing the certificate of %1").arg(certificate.name));
}

Result<QList<SignedRetirement>> KeyStore::retirements() const {
    Result<QSqlQuery> q = runSql(
        m_db,
        QStringLiteral("SELECT statement, admin_signature FROM signoff_retirements ORDER BY id"),
        {}, KeyStoreText::tr("reading the retirements"));
    if (!q) {
        return q.error();
    }
    QList<SignedRetirement> out;
    while (q->next()) {
        out << SignedRetirement{q->value(0).toByteArray(), q->value(1).toByteArray()};
    }
    return out;
}

Status KeyStore::addRetirement(qint64 personId, const Retirement &retirement,
                               const QByteArray &adminSecretKey) {
    const QByteArray bytes = retirement.bytes();
    return execSql(m_db,
                   QStringLiteral("INSERT INTO signoff_retirements (person_id, statement, "
                                  "admin_signature) VALUES (?, ?, ?)"),
                   {personId, bytes, SigningKeys::sign(bytes, adminSecretKey)},
                   KeyStoreText::tr("storing the retirement of %1").arg(retirement.name));
}

Result<QList<SignedAct>> KeyStore::acts(qint64 issueId) const {
    Result<QSqlQuery> q =
        runSql(m_db,
               QStringLiteral(
                   "SELECT statement, signature FROM signoff_acts WHERE issue_id = ? ORDER BY seq"),
               {issueId}, KeyStoreText::tr("reading the signed acts"));
    if (!q) {
        return q.error();
    }
    QList<SignedAct> out;
    while (q->next()) {
        out << SignedAct{q->value(0).toByteArray(), q->value(1).toByteArray()};
    }
    return out;
}

Status KeyStore::appendAct(qint64 issueId, ActStatement act, const QByteArray &secretKey) {
    Result<QSqlQuery> q = runSql(m_db,
                                 QStringLiteral("SELECT seq, signature FROM signoff_acts WHERE "
                                                "issue_id = ? ORDER BY seq DESC LIMIT 1"),
                                 {issueId}, KeyStoreText::tr("reading the signed acts"));
    if (!q) {
        return q.error();
    }
    int seq = 1;
    act.previous.clear();
    if (q->next()) {
        seq = q->value(0).toInt() + 1;
        act.previous = q->value(1).toByteArray();
    }
    act.publicKey = SigningKeys::publicKeyOf(secretKey);
    const QByteArray bytes = act.bytes();
    const QByteArray signature = SigningKeys::sign(bytes, secretKey);
    if (signature.isEmpty()) {
        return Error::storage(KeyStoreText::tr("the act could not be signed"));
    }
    return execSql(m_db,
                   QStringLiteral("INSERT INTO signoff_acts (issue_id, seq, statement, signature) "
                                  "VALUES (?, ?, ?, ?)"),
                   {issueId, seq, bytes, signature}, KeyStoreText::tr("storing the signed act"));
}

} // namespace kuaibao
