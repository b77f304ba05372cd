#include "signaturestore.h"

#include "storage/database.h"

#include "storage/sqlutil.h"

#include <QCoreApplication>

namespace kuaibao {

SignatureStore::SignatureStore(const Database &database) : m_db(database.connection()) {}

namespace {

// The translation context of this file's messages.
struct SignatureStoreText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::SignatureStore)
};

QString stamp(const QDateTime &at) {
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromStamp(const QVariant &value) {
    return value.isNull() ? QDateTime()
                          : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

} // namespace

Result<QList<SignatureRecord>> SignatureStore::select(qint64 issueId, bool standingOnly) const {
    const QString where = standingOnly ? QStringLiteral(" AND voided_at IS NULL") : QString();
    Result<QSqlQuery> q =
        runSql(m_db,
               QStringLiteral(
                   "SELECT id, stage, role, person_id, person_name, signed_at, content_sha256, "
                   "content_snapshot, voided_at, void_reason, voided_by_revision FROM signatures "
                   "WHERE issue_id = ?") +
                   where + QStringLiteral(" ORDER BY id"),
               {issueId}, SignatureStoreText::tr("reading the signatures"));
    if (!q) {
        return q.error();
    }
    QList<SignatureRecord> out;
    while (q->next()) {
        SignatureRecord s;
        s.id = q->value(0).toLongLong();
        s.stage = q->value(1).toInt();
        s.role = q->value(2).toString();
        s.personId = q->value(3).toLongLong();
        s.personName = q->value(4).toString();
        s.signedAt = fromStamp(q->value(5));
        s.contentSha256 = q->value(6).toString();
        s.contentSnapshot = q->value(7).toString();
        s.voidedAt = fromStamp(q->value(8));
        s.voidReason = q->value(9).toString();
        s.voidedByRevision = q->value(10).toInt();
        out << s;
    }
    if (standingOnly) {
        std::stable_sort(
            out.begin(), out.end(),
            [](const SignatureRecord &a, const SignatureRecord &b) { return a.stage < b.stage; });
    }
    return out;
}

Result<QList<SignatureRecord>> SignatureStore::all(qint64 issueId) const {
    return select(issueId, false);
}

Result<QList<SignatureRecord>> SignatureStore::standing(qint64 issueId) const {
    return select(issueId, true);
}

Status SignatureStore::insert(qint64 issueId, const SignatureRecord &s) {
    return execSql(
        m_db,
        QStringLiteral(
            "INSERT INTO signatures (issue_id, stage, role, person_id, person_name, "
            "signed_at, content_sha256, content_snapshot) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {issueId, s.stage, s.role, s.personId, s.personName, stamp(s.signedAt), s.contentSha256,
         s.contentSnapshot},
        SignatureStoreText::tr("recording the signature"));
}

Status SignatureStore::voidFrom(qint64 issueId, int stage, const QString &reason, int revision,
                                const QDateTime &at) {
    Result<QList<SignatureRecord>> current = standing(issueId);
    if (!current) {
        return current.error();
    }
    for (const SignatureRecord &s : *current) {
        if (s.stage < stage) {
            continue;
        }
        Status voided =
            execSql(m_db,
                    QStringLiteral("UPDATE signatures SET voided_at = ?, void_reason = ?, "
                                   "voided_by_revision = ? WHERE id = ?"),
                    {stamp(at), reason, revision > 0 ? QVariant(revision) : QVariant(), s.id},
                    SignatureStoreText::tr("voiding a signature"));
        if (!voided) {
            return voided;
        }
        Status logged =
            log(issueId, {at, QStringLiteral("voided"), s.personName, s.role, reason, revision});
        if (!logged) {
            return logged;
        }
    }
    return {};
}

Status SignatureStore::log(qint64 issueId, const SignoffLogEntry &e) {
    return execSql(
        m_db,
        QStringLiteral("INSERT INTO signoff_log (issue_id, at, action, person_name, role, "
                       "detail, revision) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {issueId, stamp(e.at), e.action, e.personName, e.role, e.detail,
         e.revision > 0 ? QVariant(e.revision) : QVariant()},
        SignatureStoreText::tr("writing the sign-off log"));
}

Result<QList<SignoffLogEntry>> SignatureStore::logOf(qint64 issueId) const {
    Result<QSqlQuery> q =
        runSql(m_db,
               QStringLiteral("SELECT at, action, person_name, role, detail, revision "
                              "FROM signoff_log WHERE issue_id = ? ORDER BY id"),
               {issueId}, SignatureStoreText::tr("reading the sign-off log"));
    if (!q) {
        return q.error();
    }
    QList<SignoffLogEntry> out;
    while (q->next()) {
        out << SignoffLogEntry{fromStamp(q->value(0)), q->value(1).toString(),
                               q->value(2).toString(), q->value(3).toString(),
                               q->value(4).toString(), q->value(5).toInt()};
    }
    return out;
}

Status SignatureStore::addReturn(qint64 issueId, const ReturnRemark &r) {
    return execSql(
        m_db,
        QStringLiteral("INSERT INTO signoff_returns (issue_id, role, person_name, remark, "
                       "returned_at) VALUES (?, ?, ?, ?, ?)"),
        {issueId, r.role, r.personName, r.remark, stamp(r.returnedAt)},
        SignatureStoreText::tr("recording the return"));
}

Result<QList<ReturnRemark>> SignatureStore::returnsOf(qint64 issueId, bool openOnly) const {
    Result<QSqlQuery> q =
        runSql(m_db,
               QStringLiteral(
                   "SELECT id, role, person_name, remark, returned_at, resolved_at, resolved_by "
                   "FROM signoff_returns WHERE issue_id = ?") +
                   (openOnly ? QStringLiteral(" AND resolved_at IS NULL") : QString()) +
                   QStringLiteral(" ORDER BY id"),
               {issueId}, SignatureStoreText::tr("reading the returns"));
    if (!q) {
        return q.error();
    }
    QList<ReturnRemark> out;
    while (q->next()) {
        out << ReturnRemark{q->value(0).toLongLong(), q->value(1).toString(),
                            q->value(2).toString(),   q->value(3).toString(),
                            fromStamp(q->value(4)),   fromStamp(q->value(5)),
                            q->value(6).toString()};
    }
    return out;
}

Status SignatureStore::resolveReturn(qint64 returnId, const QString &by, const QDateTime &at) {
    return execSql(m_db,
                   QStringLiteral("UPDATE signoff_returns SET resolved_at = ?, resolved_by = ? "
                                  "WHERE id = ? AND resolved_at IS NULL"),
                   {stamp(at), by, returnId},
                   SignatureStoreText::tr("marking the remark dealt with"));
}

Result<QString> SignatureStore::lastSeen(qint64 personId, qint64 issueId) const {
    Result<QVariant> v = scalarSql(
        m_db,
        QStringLiteral(
            "SELECT content_snapshot FROM signoff_views WHERE person_id = ? AND issue_id = ?"),
        {personId, issueId}, SignatureStoreText::tr("reading what was last seen"));
    if (!v) {
        return v.error();
    }
    return v->isNull() ? QString() : v->toString();
}

Status SignatureStore::recordSeen(qint64 personId, qint64 issueId, const QString &snapshot,
                                  const QDateTime &at) {
    return execSql(
        m_db,
        QStringLiteral("INSERT INTO signoff_views (person_id, issue_id, seen_at, content_snapshot) "
                       "VALUES (?, ?, ?, ?) ON CONFLICT (person_id, issue_id) DO UPDATE SET "
                       "seen_at = excluded.seen_at, content_snapshot = excluded.content_snapshot"),
        {personId, issueId, stamp(at), snapshot},
        SignatureStoreText::tr("recording what was seen"));
}

} // namespace kuaibao
