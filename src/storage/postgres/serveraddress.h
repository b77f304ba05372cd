#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QString>

namespace kuaibao {

// Where a shared archive lives: a libpq URI postgresql://USER@HOST:PORT/DB?sslmode=…, parsed.
// The password never appears in it: libpq takes it from PGPASSWORD or ~/.pgpass, or the app
// passes one typed in (setSessionPassword).
struct ServerAddress {
    QString user;
    QString host;
    int port = 5432;
    QString database;
    QString connectOptions; // QPSQL's "key=value;key=value" form of the URI's parameters

    // Whether `text` names a server (postgresql:// or postgres://) rather than a file.
    static bool isServerUrl(const QString &text);
    // Refuses, saying why, an address without host or database, with a password, or with a
    // parameter kuaibao does not pass on.
    static Result<ServerAddress> parse(const QString &text);

    // Opens `db` (a QPSQL connection) to this address.
    Status connect(QSqlDatabase &db) const;
    // postgresql://USER@HOST:PORT/DB, for messages.
    QString display() const;

    // A password typed into the app for `address` (its display()), kept in this process's
    // memory only, never written anywhere, and passed to every connection to it; libpq's own
    // ~/.pgpass and PGPASSWORD are used where none was typed. An empty one forgets it.
    static void setSessionPassword(const QString &address, const QString &password);
    static bool hasSessionPassword(const QString &address);
};

} // namespace kuaibao
