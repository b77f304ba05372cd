#include "serveraddress.h"

#include "storage/sqlutil.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QUrl>
#include <QUrlQuery>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct ServerAddressText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::ServerAddress)
};

// The URI parameters passed on to libpq.
const QStringList kKnownParameters = {QStringLiteral("sslmode"),
                                      QStringLiteral("sslrootcert"),
                                      QStringLiteral("sslcert"),
                                      QStringLiteral("sslkey"),
                                      QStringLiteral("connect_timeout"),
                                      QStringLiteral("application_name"),
                                      QStringLiteral("target_session_attrs")};

// Passwords typed into the app, by address (the save thread connects too).
QMutex &passwordsLock() {
    static QMutex lock;
    return lock;
}
QHash<QString, QString> &sessionPasswords() {
    static QHash<QString, QString> passwords;
    return passwords;
}

} // namespace

void ServerAddress::setSessionPassword(const QString &address, const QString &password) {
    const QMutexLocker locked(&passwordsLock());
    if (password.isEmpty()) {
        sessionPasswords().remove(address);
    } else {
        sessionPasswords().insert(address, password);
    }
}

bool ServerAddress::hasSessionPassword(const QString &address) {
    const QMutexLocker locked(&passwordsLock());
    return sessionPasswords().contains(address);
}

bool ServerAddress::isServerUrl(const QString &text) {
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<ServerAddress> ServerAddress::parse(const QString &text) {
    const QUrl url(text, QUrl::StrictMode);
    const QString example = QStringLiteral("postgresql://USER@HOST:5432/DATABASE?sslmode=require");
    if (!url.isValid()) {
        return Error::badInput(ServerAddressText::tr("\"%1\" is not a server address like %2 (%3)")
                                   .arg(text, example, url.errorString()));
    }
    if (!url.password().isEmpty()) {
        return Error::badInput(ServerAddressText::tr(
            "the server address must not contain the password: put it in ~/.pgpass (or "
            "PGPASSWORD) instead, so it is never written in plain text on a command line"));
    }
    ServerAddress address;
    address.user = url.userName();
    address.host = url.host();
    address.port = url.port(5432);
    address.database = url.path().mid(1);
    if (address.host.isEmpty() || address.database.isEmpty() ||
        address.database.contains(QLatin1Char('/'))) {
        return Error::badInput(
            ServerAddressText::tr("the server address \"%1\" needs a host and a database, like %2")
                .arg(text, example));
    }
    QStringList options = {QStringLiteral("connect_timeout=10")};
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!kKnownParameters.contains(key)) {
            return Error::badInput(
                ServerAddressText::tr("the server address has the parameter \"%1\", which "
                                      "kuaibao does not use (known: %2)")
                    .arg(key, kKnownParameters.join(QStringLiteral(", "))));
        }
        if (key == QLatin1String("connect_timeout")) {
            options.removeFirst();
        }
        options.append(key + QLatin1Char('=') + value);
    }
    address.connectOptions = options.join(QLatin1Char(';'));
    return address;
}

Status ServerAddress::connect(QSqlDatabase &db) const {
    db.setHostName(host);
    db.setPort(port);
    db.setDatabaseName(database);
    if (!user.isEmpty()) {
        db.setUserName(user);
    }
    db.setConnectOptions(connectOptions);
    {
        const QMutexLocker locked(&passwordsLock());
        db.setPassword(sessionPasswords().value(display()));
    }
    if (!db.open()) {
        QString detail =
            db.lastError().driverText() + QLatin1Char(' ') + db.lastError().databaseText();
        if (detail.contains(QLatin1String("no password supplied")) ||
            detail.contains(QLatin1String("password authentication failed"))) {
            return Error::forbidden(
                ServerAddressText::tr("the server %1 refused the login: %2; the password is "
                                      "read from ~/.pgpass (a line HOST:PORT:DATABASE:USER:"
                                      "PASSWORD, mode 600) or PGPASSWORD")
                    .arg(display(), detail.simplified()));
        }
        return Error::storage(ServerAddressText::tr("connecting to the database server %1 failed: "
                                                    "%2")
                                  .arg(display(), detail.simplified()));
    }
    return {};
}

QString ServerAddress::display() const {
    const QString who = user.isEmpty() ? QString() : user + QLatin1Char('@');
    return QStringLiteral("postgresql://%1%2:%3/%4").arg(who, host).arg(port).arg(database);
}

} // namespace kuaibao
