#include "editingleases.h"

#include "storage/database.h"
#include "storage/sqlutil.h"

#include <QCoreApplication>
#include <QStringList>
#include <QSysInfo>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <signal.h>
#include <unistd.h>
#endif

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct EditingLeasesText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::EditingLeases)
};

// Inserts the lease, or takes it over where this holder has it already (keeping since_ms) or
// where it has expired (renewed_ms before ?6).
const QString kTake = QStringLiteral(
    "INSERT INTO editing_leases (issue_id, holder, holder_name, since_ms, renewed_ms) VALUES "
    "(?, ?, ?, ?, ?) ON CONFLICT (issue_id) DO UPDATE SET holder = excluded.holder, holder_name "
    "= excluded.holder_name, since_ms = CASE WHEN editing_leases.holder = excluded.holder THEN "
    "editing_leases.since_ms ELSE excluded.since_ms END, renewed_ms = excluded.renewed_ms WHERE "
    "editing_leases.holder = excluded.holder OR editing_leases.renewed_ms < ?");

const QString kHolder = QStringLiteral("SELECT holder, holder_name, since_ms FROM editing_leases "
                                       "WHERE issue_id = ? AND renewed_ms >= ?");

// This computer's name as others are shown it ($KUAIBAO_HOST_NAME stands in for it in tests
// that play a program on another computer).
QString thisHost() {
    return qEnvironmentVariable("KUAIBAO_HOST_NAME", QSysInfo::machineHostName());
}

// Whether the holder `holderId` (newHolderId()'s HOST/PID/UUID) is a program of this computer
// that is no longer running: its lease is free at once, not only when it expires, so that the
// person whose program crashed goes on editing when they start it again.
bool deadOnThisComputer(const QString &holderId) {
#ifdef Q_OS_UNIX
    const QStringList parts = holderId.split(QLatin1Char('/'));
    bool ok = false;
    const qint64 pid = parts.size() == 3 ? parts.at(1).toLongLong(&ok) : 0;
    if (!ok || pid <= 0 || parts.at(0) != thisHost()) {
        return false;
    }
    return ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH;
#else
    Q_UNUSED(holderId);
    return false;
#endif
}

} // namespace

EditingLeases::EditingLeases(Database &database, QString holderId, QString holderName)
    : m_db(database), m_holderId(std::move(holderId)), m_holderName(std::move(holderName)) {}

QString EditingLeases::newHolderId() {
    return QStringLiteral("%1/%2/%3")
        .arg(thisHost())
        .arg(QCoreApplication::applicationPid())
        .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
}

QString EditingLeases::defaultHolderName(const Database &database) {
    QString who;
    if (database.isServer()) {
        Result<QVariant> login =
            scalarSql(database.connection(), QStringLiteral("SELECT session_user"));
        who = login ? login->toString() : QString();
    }
    if (who.isEmpty()) {
        who = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    }
    if (who.isEmpty()) {
        who = EditingLeasesText::tr("someone");
    }
    const QString host = thisHost();
    return host.isEmpty() ? who : who + QLatin1Char('@') + host;
}

Result<qint64> EditingLeases::now() const {
    if (m_clock) {
        return m_clock();
    }
    if (!m_db.isServer()) {
        return QDateTime::currentMSecsSinceEpoch();
    }
    Result<QVariant> ms =
        scalarSql(m_db.connection(),
                  QStringLiteral("SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint"),
                  {}, EditingLeasesText::tr("reading the server's clock"));
    if (!ms) {
        return ms.error();
    }
    return ms->toLongLong();
}

Result<std::optional<LeaseHolder>> EditingLeases::take(qint64 issueId) {
    std::optional<LeaseHolder> other;
    const QString doing = EditingLeasesText::tr("taking the editing lease");
    Status taken = m_db.write([&]() -> Status {
        Result<qint64> at = now();
        if (!at) {
            return at.error();
        }
        const QSqlDatabase db = m_db.connection();
        if (Status s = execSql(
                db, kTake, {issueId, m_holderId, m_holderName, *at, *at, *at - expiryMs()}, doing);
            !s) {
            return s;
        }
        Result<QSqlQuery> row = runSql(db, kHolder, {issueId, *at - expiryMs()}, doing);
        if (!row) {
            return row.error();
        }
        if (row->next() && row->value(0).toString() != m_holderId) {
            if (deadOnThisComputer(row->value(0).toString())) {
                if (Status s = execSql(db,
                                       QStringLiteral("DELETE FROM editing_leases WHERE "
                                                      "issue_id = ? AND holder = ?"),
                                       {issueId, row->value(0).toString()}, doing);
                    !s) {
                    return s;
                }
                return execSql(db, kTake,
                               {issueId, m_holderId, m_holderName, *at, *at, *at - expiryMs()},
                               doing);
            }
            other = LeaseHolder{row->value(1).toString(),
                                QDateTime::fromMSecsSinceEpoch(row->value(2).toLongLong())};
        }
        return {};
    });
    if (!taken) {
        return taken.error();
    }
    return other;
}

Status EditingLeases::release(qint64 issueId) {
    return m_db.write([&]() -> Status {
        return execSql(
            m_db.connection(),
            QStringLiteral("DELETE FROM editing_leases WHERE issue_id = ? AND holder = ?"),
            {issueId, m_holderId}, EditingLeasesText::tr("giving up the editing lease"));
    });
}

Result<std::optional<LeaseHolder>> EditingLeases::otherHolder(qint64 issueId) {
    Result<qint64> at = now();
    if (!at) {
        return at.error();
    }
    Result<QSqlQuery> row = runSql(m_db.connection(), kHolder, {issueId, *at - expiryMs()},
                                   EditingLeasesText::tr("asking who edits the issue"));
    if (!row) {
        return row.error();
    }
    if (!row->next() || row->value(0).toString() == m_holderId ||
        deadOnThisComputer(row->value(0).toString())) {
        return std::optional<LeaseHolder>();
    }
    return std::optional<LeaseHolder>(LeaseHolder{
        row->value(1).toString(), QDateTime::fromMSecsSinceEpoch(row->value(2).toLongLong())});
}

} // namespace kuaibao
