#include "signoffguard.h"

#include "signaturestore.h"
#include "signoffstate.h"

#include "core/signoff/canonicalcontent.h"
#include "core/signoff/signoffroles.h"
#include "storage/sqlutil.h"

#include <QCoreApplication>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct SignoffGuardText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::SignoffGuard)
};

// The stored status and label of an issue, or nothing when it is not stored.
Result<std::optional<std::pair<QString, QString>>> storedState(const QSqlDatabase &db, qint64 id) {
    Result<QSqlQuery> q =
        runSql(db, QStringLiteral("SELECT status, series, number FROM issues WHERE id = ?"), {id},
               SignoffGuardText::tr("checking the sign-off state"));
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return std::optional<std::pair<QString, QString>>();
    }
    const QString label = q->value(1).toString() == QLatin1String("supplement")
                              ? SignoffGuardText::tr("supplement issue %1").arg(q->value(2).toInt())
                              : SignoffGuardText::tr("issue %1").arg(q->value(2).toInt());
    return std::optional(std::pair{q->value(0).toString(), label});
}

Status refuseWhenPublished(const QSqlDatabase &db, qint64 id, bool removing) {
    auto state = storedState(db, id);
    if (!state) {
        return state.error();
    }
    if (!state->has_value() || (*state)->first != statusKey(IssueStatus::Published)) {
        return {};
    }
    const QString label = (*state)->second;
    return Error::forbidden(
        removing
            ? SignoffGuardText::tr("%1 is signed off (已签发) and cannot be deleted; its signer "
                                   "must withdraw the sign-off first")
                  .arg(label)
            : SignoffGuardText::tr("%1 is signed off (已签发) and read-only; its signer must "
                                   "withdraw the sign-off before it can be changed")
                  .arg(label));
}

// An issue that anyone has signed, returned or withdrawn keeps that record: deleting it would
// erase the sign-off history with it.
Status refuseWithHistory(const QSqlDatabase &db, qint64 id) {
    const QString reading = SignoffGuardText::tr("reading the sign-off history");
    Result<QVariant> signatures = scalarSql(
        db, QStringLiteral("SELECT count(*) FROM signatures WHERE issue_id = ?"), {id}, reading);
    Result<QVariant> returns =
        scalarSql(db, QStringLiteral("SELECT count(*) FROM signoff_returns WHERE issue_id = ?"),
                  {id}, reading);
    Result<QVariant> entries = scalarSql(
        db, QStringLiteral("SELECT count(*) FROM signoff_log WHERE issue_id = ?"), {id}, reading);
    for (const auto *r : {&signatures, &returns, &entries}) {
        if (!*r) {
            return r->error();
        }
    }
    if (signatures->toInt() == 0 && returns->toInt() == 0 && entries->toInt() == 0) {
        return {};
    }
    return Error::forbidden(
        SignoffGuardText::tr("this issue has a sign-off history (%1 signature(s), %2 return(s), "
                             "%3 log entries) and is not deleted, so that record is kept; "
                             "a draft that nobody has signed or returned can be deleted")
            .arg(signatures->toInt())
            .arg(returns->toInt())
            .arg(entries->toInt()));
}

} // namespace

Status SignoffGuard::beforeSave(const QSqlDatabase &db, const Issue &issue) {
    if (issue.storageId == 0) {
        return {};
    }
    return refuseWhenPublished(db, issue.storageId, false);
}

Status SignoffGuard::afterSave(const QSqlDatabase &db, const Issue &issue) {
    SignatureStore store(db);
    Result<QList<SignatureRecord>> standing = store.standing(issue.storageId);
    if (!standing) {
        return standing.error();
    }
    const QString hash = CanonicalContent::fromIssue(issue).sha256();
    for (const SignatureRecord &s : *standing) {
        if (s.contentSha256 != hash) {
            Status voided = store.voidFrom(issue.storageId, s.stage, QStringLiteral("edit"),
                                           issue.revision, m_now());
            if (!voided) {
                return voided;
            }
            break;
        }
    }
    return applySignoffState(db, issue.storageId, signoffRolesFor(issue));
}

Status SignoffGuard::beforeRemove(const QSqlDatabase &db, qint64 storageId) {
    if (Status published = refuseWhenPublished(db, storageId, true); !published) {
        return published;
    }
    return refuseWithHistory(db, storageId);
}

} // namespace kuaibao
