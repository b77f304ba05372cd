#pragma once

#include "core/result.h"

#include <QString>

#include <memory>

namespace kuaibao {

class Database;

// The fields of the 连接到服务器 form.
struct ServerFields {
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString sslmode = QStringLiteral("prefer");
};

// What connecting the window to a server needs, apart from the form: the address from the
// form's fields or a pasted address, whether the server wants a password that libpq does not
// have (~/.pgpass, PGPASSWORD), and the attempt itself.
class ServerLogin {
public:
    // postgresql://USER@HOST:PORT/DATABASE?sslmode=…; refuses a form without host, database or
    // user.
    static Result<QString> addressOf(const ServerFields &fields);
    // The fields of a pasted address (refused, saying why, when it is not one kuaibao uses,
    // e.g. with a password in it).
    static Result<ServerFields> fieldsOf(const QString &address);

    // Opens the server's archive with what is known (a password typed earlier in this run,
    // ~/.pgpass, PGPASSWORD).
    static Result<std::unique_ptr<Database>> open(const QString &address);
    // Opens it with `password`, kept in memory for the rest of this run when it works (never
    // stored); forgotten when it does not.
    static Result<std::unique_ptr<Database>> openWithPassword(const QString &address,
                                                              const QString &password);
    // Whether the server refused because it wants a password and none was given, or because
    // the one given was wrong.
    static bool wantsPassword(const Error &error);
    static bool wrongPassword(const Error &error);
    // The address without the password, as settings remember it and messages show it.
    static QString displayOf(const QString &address);
};

} // namespace kuaibao
