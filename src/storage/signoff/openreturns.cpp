#include "openreturns.h"

#include "storage/database.h"
#include "storage/sqlutil.h"

#include <QCoreApplication>

namespace kuaibao {

namespace {
// The translation context of this file's messages.
struct OpenReturnsText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::OpenReturns)
};
} // namespace

Result<QHash<qint64, ReturnRemark>> OpenReturns::newestByIssue() const {
    Result<QSqlQuery> q = runSql(
        m_db.connection(),
        QStringLiteral("SELECT issue_id, id, role, person_name, remark, returned_at "
                       "FROM signoff_returns WHERE resolved_at IS NULL ORDER BY issue_id, id"),
        {}, OpenReturnsText::tr("reading the open returns"));
    if (!q) {
        return q.error();
    }
    QHash<qint64, ReturnRemark> newest;
    while (q->next()) {
        ReturnRemark remark;
        remark.id = q->value(1).toLongLong();
        remark.role = q->value(2).toString();
        remark.personName = q->value(3).toString();
        remark.remark = q->value(4).toString();
        remark.returnedAt = QDateTime::fromString(q->value(5).toString(), Qt::ISODateWithMs);
        newest.insert(q->value(0).toLongLong(), remark); // later rows replace earlier ones
    }
    return newest;
}

} // namespace kuaibao
