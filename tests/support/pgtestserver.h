#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <memory>

namespace kuaibao::test {

// A fresh database on the PostgreSQL server the tests run against, dropped when destroyed.
// The server is the one scripts/pg-test-server.sh started for ctest (its state folder in
// $KUAIBAO_TEST_PG_STATE: url, pgpass), or a developer's own ($KUAIBAO_TEST_PG_URL, the
// owner login, with PGPASSFILE or PGPASSWORD set). The database belongs to the owner login;
// the login "clerk" is the office person (a member of kuaibao_user once server init ran).
class PgTestDatabase {
public:
    // Why no server is at hand (empty when there is one); tests then call KUAIBAO_SKIP.
    static QString unavailableReason();
    // Why the server cannot be restarted by the tests (a developer's own server), or empty.
    static QString cannotRestartReason();
    // Restarts the test server (scripts/pg-test-server.sh restart: a fast stop that cuts every
    // connection, then a start); the error text, empty on success. Only for tests that run
    // alone (RUN_SERIAL): every other test's connections are cut too.
    static QString restartServer();

    PgTestDatabase();
    ~PgTestDatabase();
    PgTestDatabase(const PgTestDatabase &) = delete;
    PgTestDatabase &operator=(const PgTestDatabase &) = delete;

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString name() const { return m_name; }

    // postgresql://OWNER@HOST:PORT/NAME?sslmode=disable, and the same as clerk.
    QString ownerUrl() const;
    QString clerkUrl() const;

    // Runs one statement as `login` (owner or clerk) on this database; returns the server's
    // error text, empty on success.
    QString execAs(const QString &login, const QString &sql) const;
    // The first value of a query run as the owner.
    QVariant scalar(const QString &sql) const;
    // Makes the clerk login a member of kuaibao_user (after server init); the error text,
    // empty on success. Role membership belongs to the whole server, so tests running at
    // once grant it together; the server then refuses all but one grant, and the clerk is a
    // member either way.
    QString admitClerk() const;

private:
    QString urlFor(const QString &login, const QString &database) const;

    QString m_name;
    QString m_error;
};

} // namespace kuaibao::test
