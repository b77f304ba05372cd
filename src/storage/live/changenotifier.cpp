#include "changenotifier.h"

#include "storage/database.h"
#include "storage/postgres/postgresengine.h"
#include "storage/sqlutil.h"

#include <QCoreApplication>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct ChangeNotifierText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::ChangeNotifier)
};

} // namespace

ChangeNotifier::ChangeNotifier(Database &database, QObject *parent)
    : QObject(parent), m_db(database) {}

Status ChangeNotifier::start() {
    if (!m_db.isServer()) {
        Result<QVariant> version =
            scalarSql(m_db.connection(), QStringLiteral("PRAGMA data_version"), {},
                      ChangeNotifierText::tr("watching the archive"));
        if (!version) {
            return version.error();
        }
        m_dataVersion = version->toLongLong();
        connect(&m_timer, &QTimer::timeout, this, &ChangeNotifier::pollFile);
        m_timer.start(filePollMs());
        return {};
    }
    if (Status s = listen(); !s) {
        return s;
    }
    connect(&m_timer, &QTimer::timeout, this, &ChangeNotifier::checkServer);
    m_timer.start(serverCheckMs());
    return {};
}

Status ChangeNotifier::listen() {
    QSqlDriver *driver = m_db.connection().driver();
    const QString channel = PostgresEngine::changeChannel();
    if (driver->subscribedToNotifications().contains(channel)) {
        return {};
    }
    if (!driver->subscribeToNotification(channel)) {
        return Error::storage(ChangeNotifierText::tr("listening for changes on the server failed: "
                                                     "%1")
                                  .arg(driver->lastError().text().simplified()));
    }
    if (m_listening != driver) {
        connect(driver, &QSqlDriver::notification, this, [this](const QString &name) {
            if (name == PostgresEngine::changeChannel()) {
                emit mayHaveChanged();
            }
        });
        m_listening = driver;
    }
    return {};
}

void ChangeNotifier::pollFile() {
    Result<QVariant> version = scalarSql(m_db.connection(), QStringLiteral("PRAGMA data_version"),
                                         {}, ChangeNotifierText::tr("watching the archive"));
    if (!version) {
        emit unreachable(version.error());
        return;
    }
    if (version->toLongLong() != m_dataVersion) {
        m_dataVersion = version->toLongLong();
        emit mayHaveChanged();
    }
}

void ChangeNotifier::checkServer() {
    // A lost connection is found by asking; connection() then connects again, where the
    // subscription has to be made anew, and what was missed meanwhile is looked for.
    const bool wasListening = m_db.connection().driver()->subscribedToNotifications().contains(
        PostgresEngine::changeChannel());
    if (Status alive = execSql(m_db.connection(), QStringLiteral("SELECT 1"), {},
                               ChangeNotifierText::tr("watching the archive"));
        !alive) {
        emit unreachable(alive.error());
        return;
    }
    if (wasListening && m_db.connection().isOpen()) {
        return;
    }
    if (Status s = listen(); !s) {
        emit unreachable(s.error());
        return;
    }
    emit mayHaveChanged();
}

} // namespace kuaibao
