#include "signoffstate.h"

#include "core/signoff/signoffflow.h"
#include "storage/sqlutil.h"

#include <QCoreApplication>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct SignoffStateText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::SignoffState)
};

Status setFooterName(const QSqlDatabase &db, qint64 issueId, const QString &role,
                     const QString &name) {
    const QString doing = SignoffStateText::tr("writing the footer names");
    Result<QSqlQuery> updated = runSql(
        db, QStringLiteral("UPDATE footer_staff SET name = ? WHERE issue_id = ? AND role = ?"),
        {name, issueId, role}, doing);
    if (!updated) {
        return updated.error();
    }
    if (updated->numRowsAffected() > 0 || name.isEmpty()) {
        return {};
    }
    return execSql(
        db,
        QStringLiteral("INSERT INTO footer_staff (issue_id, position, role, name) VALUES "
                       "(?, (SELECT coalesce(max(position), -1) + 1 FROM footer_staff "
                       "WHERE issue_id = ?), ?, ?)"),
        {issueId, issueId, role, name}, doing);
}

} // namespace

Status applySignoffState(const QSqlDatabase &db, qint64 issueId, const QStringList &roles) {
    SignatureStore store(db);
    Result<QList<SignatureRecord>> all = store.all(issueId);
    if (!all) {
        return all.error();
    }
    QList<StageSignature> standing;
    for (const SignatureRecord &s : *all) {
        if (s.standing()) {
            standing << StageSignature{s.role, s.personName};
        }
    }
    // A past issue (往期) has no sign-off and keeps its status; every other one has the status
    // its signatures give.
    const IssueStatus status = SignoffFlow(roles, standing).status();
    QString update = QStringLiteral("UPDATE issues SET status = ? WHERE id = ?");
    QVariantList bindings{statusKey(status), issueId};
    if (all->isEmpty()) {
        update += QStringLiteral(" AND status <> ?");
        bindings << statusKey(IssueStatus::Past);
    }
    Status written = execSql(db, update, bindings, SignoffStateText::tr("writing the status"));
    if (written) {
        written = execSql(
            db,
            status == IssueStatus::Published
                ? QStringLiteral(
                      "INSERT INTO signoff_locks (issue_id) VALUES (?) ON CONFLICT DO NOTHING")
                : QStringLiteral("DELETE FROM signoff_locks WHERE issue_id = ?"),
            {issueId}, SignoffStateText::tr("writing the status"));
    }
    if (!written || all->isEmpty()) {
        return written;
    }
    for (const QString &role : roles) {
        QString name;
        for (const StageSignature &s : standing) {
            if (s.role == role) {
                name = s.person;
            }
        }
        if (Status s = setFooterName(db, issueId, role, name); !s) {
            return s;
        }
    }
    return {};
}

} // namespace kuaibao
