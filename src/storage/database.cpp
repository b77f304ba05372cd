#include "database.h"

#include "migrations.h"
#include "sqlutil.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QThread>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct DatabaseText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::Database)
};

QString nextConnectionName() {
    static QAtomicInt counter;
    return QStringLiteral("kuaibao-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Checks the file system before SQLite sees the path, so that each problem gets its own
// message instead of SQLite's "unable to open database file".
Status checkLocation(const QString &path) {
    const QFileInfo file(path);
    const QDir folder = file.absoluteDir();
    if (!folder.exists()) {
        return Error::badInput(
            DatabaseText::tr(
                "the folder %1 does not exist; create it or choose another database path")
                .arg(QDir::toNativeSeparators(folder.path())));
    }
    if (file.exists()) {
        if (file.isDir()) {
            return Error::badInput(DatabaseText::tr("%1 is a folder, not a database file")
                                       .arg(QDir::toNativeSeparators(path)));
        }
        QFile probe(path);
        if (!probe.open(QIODevice::ReadWrite)) {
            return Error::storage(DatabaseText::tr("the database %1 cannot be written: %2")
                                      .arg(QDir::toNativeSeparators(path), probe.errorString()));
        }
        const QByteArray header = probe.read(16);
        if (!header.isEmpty() && header != QByteArray("SQLite format 3\0", 16)) {
            return Error::corrupt(
                DatabaseText::tr("%1 is not a kuaibao database (it is not an SQLite file)")
                    .arg(QDir::toNativeSeparators(path)));
        }
    }
    // WAL needs to create files beside the database, so the folder itself must be writable.
    QTemporaryFile folderProbe(folder.filePath(QStringLiteral(".kuaibao-write-test-XXXXXX")));
    if (!folderProbe.open()) {
        return Error::storage(
            DatabaseText::tr("the folder %1 is read-only; kuaibao needs to write its "
                             "database there")
                .arg(QDir::toNativeSeparators(folder.path())));
    }
    return {};
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)) {}

Database::~Database() {
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path) {
    return openImpl(path, latestSchemaVersion());
}

Result<std::unique_ptr<Database>> Database::openAtVersion(const QString &path, int version) {
    return openImpl(path, version);
}

Result<std::unique_ptr<Database>> Database::openImpl(const QString &path, int targetVersion) {
    Status location = checkLocation(path);
    if (!location) {
        return location.error();
    }
    std::unique_ptr<Database> database(new Database(path, nextConnectionName()));
    QSqlDatabase db =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs()));
    if (!db.open()) {
        return sqlError(db.lastError(),
                        DatabaseText::tr("opening %1").arg(QDir::toNativeSeparators(path)));
    }
    Status configured = database->configure();
    if (!configured) {
        return configured.error();
    }
    Status identity = database->checkIdentity();
    if (!identity) {
        return identity.error();
    }
    Status migrated = migrateSchema(db, targetVersion);
    if (!migrated) {
        return migrated.error();
    }
    return database;
}

Status Database::configure() {
    const QSqlDatabase db = connection();
    const QString opening = DatabaseText::tr("opening %1").arg(QDir::toNativeSeparators(m_path));
    for (const QString &pragma : {QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs()),
                                  QStringLiteral("PRAGMA foreign_keys = ON"),
                                  QStringLiteral("PRAGMA synchronous = FULL")}) {
        Status s = execSql(db, pragma, {}, opening);
        if (!s) {
            return s;
        }
    }
    Result<QVariant> mode = scalarSql(db, QStringLiteral("PRAGMA journal_mode = WAL"), {}, opening);
    if (!mode) {
        return mode.error();
    }
    if (mode->toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        return Error::storage(
            DatabaseText::tr("%1 failed: the database could not switch to write-ahead logging")
                .arg(opening));
    }
    return {};
}

Status Database::checkIdentity() {
    const QSqlDatabase db = connection();
    const QString reading = DatabaseText::tr("reading %1").arg(QDir::toNativeSeparators(m_path));
    Result<QVariant> appId = scalarSql(db, QStringLiteral("PRAGMA application_id"), {}, reading);
    Result<QVariant> version = scalarSql(db, QStringLiteral("PRAGMA user_version"), {}, reading);
    Result<QVariant> tables = scalarSql(
        db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'"), {}, reading);
    for (const auto *r : {&appId, &version, &tables}) {
        if (!*r) {
            return r->error();
        }
    }
    if (appId->toInt() == 0 && tables->toInt() == 0) {
        return execSql(db, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId), {},
                       DatabaseText::tr("initialising %1").arg(QDir::toNativeSeparators(m_path)));
    }
    if (appId->toInt() != kApplicationId) {
        return Error::corrupt(
            DatabaseText::tr("%1 is an SQLite database of another program, not a kuaibao "
                             "archive")
                .arg(QDir::toNativeSeparators(m_path)));
    }
    if (version->toInt() > latestSchemaVersion()) {
        return Error::storage(
            DatabaseText::tr("%1 was written by a newer kuaibao (schema %2; this program knows "
                             "schema %3 at most); install the newer program to open it")
                .arg(QDir::toNativeSeparators(m_path))
                .arg(version->toInt())
                .arg(latestSchemaVersion()));
    }
    return {};
}

QString Database::resolvePath(const QString &commandLinePath) {
    if (!commandLinePath.isEmpty()) {
        return commandLinePath;
    }
    const QString fromEnv = qEnvironmentVariable("KUAIBAO_DB");
    if (!fromEnv.isEmpty()) {
        return fromEnv;
    }
    return defaultPath();
}

QString Database::defaultPath() {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return QDir(folder).filePath(QStringLiteral("kuaibao.db"));
}

int Database::busyTimeoutMs() {
    bool ok = false;
    const int fromEnv = qEnvironmentVariableIntValue("KUAIBAO_BUSY_TIMEOUT_MS", &ok);
    return ok && fromEnv >= 0 ? fromEnv : 5000;
}

QSqlDatabase Database::connection() const {
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const {
    Result<QVariant> version = scalarSql(connection(), QStringLiteral("PRAGMA user_version"));
    return version ? version->toInt() : -1;
}

int Database::busyRetries() {
    return 10;
}

Status Database::write(const std::function<Status()> &work) {
    if (m_transactionDepth > 0) {
        return work();
    }
    const QSqlDatabase db = connection();
    // Each attempt already waits up to the busy timeout; retrying covers a lock that SQLite
    // reports at once, and the whole wait stays bounded so the user is told, not kept waiting.
    const qint64 giveUpAfterMs = 2 * qint64(busyTimeoutMs()) + 1000;
    QElapsedTimer waited;
    waited.start();
    Status begun;
    for (int attempt = 1;; ++attempt) {
        begun = execSql(db, QStringLiteral("BEGIN IMMEDIATE"), {},
                        DatabaseText::tr("starting to save"));
        if (begun || begun.error().kind != ErrorKind::Busy || attempt > busyRetries() ||
            waited.elapsed() > giveUpAfterMs) {
            break;
        }
        if (m_busyObserver) {
            m_busyObserver(attempt, busyRetries());
        }
        // Back off a little longer each time, with jitter so that two waiting writers part.
        QThread::msleep(20 * attempt + QRandomGenerator::global()->bounded(20));
    }
    if (!begun) {
        return begun;
    }
    ++m_transactionDepth;
    Status done = work();
    --m_transactionDepth;
    if (done) {
        done = execSql(db, QStringLiteral("COMMIT"), {}, DatabaseText::tr("saving"));
    }
    if (!done) {
        (void)execSql(db, QStringLiteral("ROLLBACK"));
    }
    return done;
}

} // namespace kuaibao
