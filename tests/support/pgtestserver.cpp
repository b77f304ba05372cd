#include "pgtestserver.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace kuaibao::test {

namespace {

struct ServerInfo {
    QString url; // the owner's URL to the maintenance database "postgres"
    QString reason;
};

// Reads the server's state once and points libpq at its password file.
const ServerInfo &serverInfo() {
    static const ServerInfo info = [] {
        ServerInfo found;
        const QString direct = qEnvironmentVariable("KUAIBAO_TEST_PG_URL");
        if (!direct.isEmpty()) {
            found.url = direct;
            return found;
        }
        const QString state = qEnvironmentVariable("KUAIBAO_TEST_PG_STATE");
        if (state.isEmpty()) {
            found.reason = QStringLiteral(
                "no PostgreSQL test server: run the tests through ctest, whose fixture starts "
                "one (scripts/pg-test-server.sh), or set KUAIBAO_TEST_PG_URL");
            return found;
        }
        QFile skipped(QDir(state).filePath(QStringLiteral("skipped")));
        if (skipped.open(QIODevice::ReadOnly)) {
            found.reason = QStringLiteral("no PostgreSQL test server: ") +
                           QString::fromUtf8(skipped.readAll()).trimmed();
            return found;
        }
        QFile url(QDir(state).filePath(QStringLiteral("url")));
        if (!url.open(QIODevice::ReadOnly)) {
            found.reason =
                QStringLiteral("the PostgreSQL test server in %1 is not running").arg(state);
            return found;
        }
        found.url = QString::fromUtf8(url.readAll()).trimmed();
        qputenv("PGPASSFILE", QFile::encodeName(QDir(state).filePath(QStringLiteral("pgpass"))));
        return found;
    }();
    return info;
}

QString nextConnectionName() {
    static QAtomicInt counter;
    return QStringLiteral("pgtest-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Runs `sql` on a short-lived connection to `url`; the error text, empty on success.
QString runOnce(const QString &url, const QString &sql, QVariant *value = nullptr) {
    const QUrl parsed(url);
    const QString name = nextConnectionName();
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(parsed.host());
        db.setPort(parsed.port(5432));
        db.setDatabaseName(parsed.path().mid(1));
        db.setUserName(parsed.userName());
        db.setConnectOptions(QStringLiteral("sslmode=disable"));
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(sql)) {
                error = query.lastError().databaseText();
                if (error.isEmpty()) {
                    error = query.lastError().text();
                }
            } else if (value && query.next()) {
                *value = query.value(0);
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

} // namespace

QString PgTestDatabase::unavailableReason() {
    return serverInfo().reason;
}

QString PgTestDatabase::cannotRestartReason() {
    if (!unavailableReason().isEmpty()) {
        return unavailableReason();
    }
    if (qEnvironmentVariable("KUAIBAO_TEST_PG_STATE").isEmpty() ||
        !qEnvironmentVariable("KUAIBAO_TEST_PG_URL").isEmpty()) {
        return QStringLiteral("the tests restart only the server scripts/pg-test-server.sh "
                              "started, not one named by KUAIBAO_TEST_PG_URL");
    }
    return {};
}

QString PgTestDatabase::restartServer() {
    if (const QString reason = cannotRestartReason(); !reason.isEmpty()) {
        return reason;
    }
    QProcess script;
    script.start(QStringLiteral("bash"),
                 {QStringLiteral(KUAIBAO_SOURCE_DIR "/scripts/pg-test-server.sh"),
                  QStringLiteral("restart"), qEnvironmentVariable("KUAIBAO_TEST_PG_STATE")});
    if (!script.waitForFinished(60000) || script.exitStatus() != QProcess::NormalExit ||
        script.exitCode() != 0) {
        return QStringLiteral("restarting the test server failed: ") +
               QString::fromUtf8(script.readAllStandardError() + script.readAllStandardOutput());
    }
    return {};
}

PgTestDatabase::PgTestDatabase() {
    if (!unavailableReason().isEmpty()) {
        m_error = unavailableReason();
        return;
    }
    static QAtomicInt counter;
    m_name = QStringLiteral("kbtest_%1_%2")
                 .arg(QCoreApplication::applicationPid())
                 .arg(counter.fetchAndAddRelaxed(1));
    m_error = runOnce(serverInfo().url, QStringLiteral("CREATE DATABASE %1").arg(m_name));
}

PgTestDatabase::~PgTestDatabase() {
    if (ok()) {
        (void)runOnce(serverInfo().url,
                      QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    }
}

QString PgTestDatabase::urlFor(const QString &login, const QString &database) const {
    QUrl url(serverInfo().url);
    url.setUserName(login);
    url.setPath(QLatin1Char('/') + database);
    return url.toString();
}

QString PgTestDatabase::ownerUrl() const {
    return QUrl(urlFor(QUrl(serverInfo().url).userName(), m_name)).toString();
}

QString PgTestDatabase::clerkUrl() const {
    return urlFor(QStringLiteral("clerk"), m_name);
}

QString PgTestDatabase::execAs(const QString &login, const QString &sql) const {
    return runOnce(login == QLatin1String("owner") ? ownerUrl() : urlFor(login, m_name), sql);
}

QVariant PgTestDatabase::scalar(const QString &sql) const {
    QVariant value;
    const QString error = runOnce(ownerUrl(), sql, &value);
    return error.isEmpty() ? value : QVariant(error);
}

QString PgTestDatabase::admitClerk() const {
    const QString isMember =
        QStringLiteral("SELECT pg_has_role('clerk', 'kuaibao_user', 'MEMBER')");
    QString error;
    for (int attempt = 0; attempt < 5; ++attempt) {
        QVariant member;
        error = runOnce(ownerUrl(), isMember, &member);
        if (error.isEmpty() && member.toBool()) {
            return {};
        }
        error = execAs(QStringLiteral("owner"), QStringLiteral("GRANT kuaibao_user TO clerk"));
        if (error.isEmpty()) {
            return {};
        }
    }
    return error;
}

} // namespace kuaibao::test
