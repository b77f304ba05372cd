#include "serverlogin.h"

#include "storage/database.h"
#include "storage/postgres/serveraddress.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct ServerLoginText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::ServerLogin)
};

} // namespace

Result<QString> ServerLogin::addressOf(const ServerFields &fields) {
    if (fields.host.trimmed().isEmpty() || fields.database.trimmed().isEmpty() ||
        fields.user.trimmed().isEmpty()) {
        return Error::badInput(
            ServerLoginText::tr("fill in the server, the database and your login"));
    }
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(fields.host.trimmed());
    url.setPort(fields.port);
    url.setUserName(fields.user.trimmed());
    url.setPath(QLatin1Char('/') + fields.database.trimmed());
    if (!fields.sslmode.isEmpty()) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("sslmode"), fields.sslmode);
        url.setQuery(query);
    }
    const QString address = url.toString(QUrl::FullyEncoded);
    if (Result<ServerAddress> parsed = ServerAddress::parse(address); !parsed) {
        return parsed.error();
    }
    return address;
}

Result<ServerFields> ServerLogin::fieldsOf(const QString &address) {
    if (!ServerAddress::isServerUrl(address.trimmed())) {
        return Error::badInput(
            ServerLoginText::tr("\"%1\" is not a server address; it starts with postgresql://")
                .arg(address.trimmed()));
    }
    Result<ServerAddress> parsed = ServerAddress::parse(address.trimmed());
    if (!parsed) {
        return parsed.error();
    }
    ServerFields fields;
    fields.host = parsed->host;
    fields.port = parsed->port;
    fields.database = parsed->database;
    fields.user = parsed->user;
    fields.sslmode = QUrlQuery(QUrl(address.trimmed())).queryItemValue(QStringLiteral("sslmode"));
    return fields;
}

Result<std::unique_ptr<Database>> ServerLogin::open(const QString &address) {
    return Database::open(address);
}

Result<std::unique_ptr<Database>> ServerLogin::openWithPassword(const QString &address,
                                                                const QString &password) {
    const QString key = displayOf(address);
    ServerAddress::setSessionPassword(key, password);
    Result<std::unique_ptr<Database>> opened = Database::open(address);
    if (!opened && (wantsPassword(opened.error()) || wrongPassword(opened.error()))) {
        ServerAddress::setSessionPassword(key, QString());
    }
    return opened;
}

bool ServerLogin::wantsPassword(const Error &error) {
    return error.kind == ErrorKind::Forbidden &&
           error.message.contains(QLatin1String("no password supplied"));
}

bool ServerLogin::wrongPassword(const Error &error) {
    return error.kind == ErrorKind::Forbidden &&
           error.message.contains(QLatin1String("password authentication failed"));
}

QString ServerLogin::displayOf(const QString &address) {
    Result<ServerAddress> parsed = ServerAddress::parse(address);
    return parsed ? parsed->display() : address;
}

} // namespace kuaibao
