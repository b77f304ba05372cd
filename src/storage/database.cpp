#include "database.h"

#include "archivehealth.h"
#include "archivelocation.h"
#include "backup/partfiles.h"
#include "migrations.h"
#include "postgres/serveraddress.h"

#include "core/files/protectedfiles.h"
#include "sqlutil.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QThread>
#include <algorithm>

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

Status connectServer(const ServerAddress &address, QSqlDatabase &db) {
    if (Status connected = address.connect(db); !connected) {
        return connected;
    }
    // Times and messages the same whatever the server's own settings.
    (void)execSql(db, QStringLiteral("SET client_min_messages = warning"));
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
    OpenArchives::remove(m_heldFile);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path) {
    return openImpl(path, latestSchemaVersion());
}

Result<std::unique_ptr<Database>> Database::openAtVersion(const QString &path, int version) {
    return openImpl(path, version);
}

bool Database::isServerLocation(const QString &location) {
    return ServerAddress::isServerUrl(location);
}

Result<std::unique_ptr<Database>> Database::openServerForSetup(const QString &url) {
    return openServer(url, false);
}

Result<std::unique_ptr<Database>> Database::openServer(const QString &url, bool requireSchema) {
    Result<ServerAddress> address = ServerAddress::parse(url);
    if (!address) {
        return address.error();
    }
    std::unique_ptr<Database> database(new Database(url, nextConnectionName()));
    database->m_engine = &Engine::postgres();
    QSqlDatabase db =
        QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), database->m_connectionName);
    if (!db.isValid()) {
        return Error::storage(
            DatabaseText::tr(
                "this computer lacks Qt's PostgreSQL driver (the Debian package libqt6sql6-psql), "
                "so it cannot reach %1")
                .arg(address->display()));
    }
    if (Status connected = connectServer(*address, db); !connected) {
        return connected.error();
    }
    if (!requireSchema) {
        return database;
    }
    Result<int> version = database->engine().schemaVersion(db);
    if (!version) {
        return version.error();
    }
    const QString setUp = QStringLiteral("kuaibao-cli --db %1 server init").arg(url);
    if (*version == 0) {
        return Error::notFound(
            DatabaseText::tr("the server database %1 has not been set up for kuaibao yet; its "
                             "owner sets it up once with: %2")
                .arg(address->display(), setUp));
    }
    if (*version > latestSchemaVersion()) {
        return Error::forbidden(
            DatabaseText::tr("the server database %1 was set up by a newer kuaibao (schema %2; "
                             "this program knows up to %3); update kuaibao on this computer")
                .arg(address->display())
                .arg(*version)
                .arg(latestSchemaVersion()));
    }
    if (*version < latestSchemaVersion()) {
        return Error::forbidden(
            DatabaseText::tr("the server database %1 has schema %2 and this program needs %3; "
                             "its owner upgrades it with: %4")
                .arg(address->display())
                .arg(*version)
                .arg(latestSchemaVersion())
                .arg(setUp));
    }
    return database;
}

Result<std::unique_ptr<Database>> Database::openImpl(const QString &path, int targetVersion) {
    if (isServerLocation(path)) {
        return openServer(path, true);
    }
    // Nothing but SQLite opens the archive's files: the location is learnt with stat(), the
    // identity through a read-only SQLite connection, and both before anything is written, so
    // a refused file stays exactly as it was.
    Result<ArchiveLocation> location = inspectArchiveLocation(path);
    if (!location) {
        return location.error();
    }
    ProtectedFiles::protectArchive(path);
    const bool readOnly = location->readOnly;
    // A read-only folder without the WAL index: SQLite can read the file only as immutable.
    const bool immutable = readOnly && !QFileInfo::exists(path + QStringLiteral("-wal")) &&
                           !QFileInfo::exists(path + QStringLiteral("-shm"));
    ArchiveIdentity identity;
    if (location->exists) {
        Result<ArchiveIdentity> probed = probeArchiveIdentity(path);
        if (!probed) {
            return probed.error();
        }
        identity = *probed;
        if (Status judged = judgeArchiveIdentity(identity, path); !judged) {
            return judged.error();
        }
    }
    const int wanted = std::min(targetVersion, latestSchemaVersion());
    std::unique_ptr<Database> database(new Database(path, nextConnectionName()));
    database->m_readOnly = readOnly;
    QSqlDatabase db =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
    db.setDatabaseName(sqliteDatabaseName(path, immutable));
    db.setConnectOptions(sqliteConnectOptions(readOnly, immutable, busyTimeoutMs()));
    if (!db.open()) {
        return sqlError(db.lastError(),
                        DatabaseText::tr("opening %1").arg(QDir::toNativeSeparators(path)));
    }
    database->m_heldFile = OpenArchives::keyOf(path);
    OpenArchives::add(database->m_heldFile);
    if (location->exists) {
        // The main file alone may lag behind its WAL: judge again through the connection,
        // still before anything is written.
        Result<ArchiveIdentity> current = readArchiveIdentity(db, path);
        if (!current) {
            return current.error();
        }
        identity = *current;
        if (Status judged = judgeArchiveIdentity(identity, path); !judged) {
            return judged.error();
        }
    }
    if (readOnly && identity.schemaVersion < wanted) {
        return Error::forbidden(
            DatabaseText::tr("%1 is read-only and was written by an older kuaibao (schema %2); "
                             "it must be upgraded before this program can read it, which needs "
                             "write access to the file and its folder")
                .arg(QDir::toNativeSeparators(path))
                .arg(identity.schemaVersion));
    }
    Status configured = database->configure();
    if (!configured) {
        return configured.error();
    }
    if (readOnly) {
        return database;
    }
    // What a killed backup or restore left beside the archive.
    (void)PartFiles::removeLeftovers(QFileInfo(path).absolutePath());
    if (identity.schemaVersion < wanted && location->exists && identity.tables > 0) {
        // Upgrading writes: a damaged archive is not upgraded.
        if (Status sound = ArchiveHealth::requireSound(db, path); !sound) {
            return sound.error();
        }
    }
    if (identity.applicationId == 0) {
        Status marked =
            execSql(db, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId), {},
                    DatabaseText::tr("initialising %1").arg(QDir::toNativeSeparators(path)));
        if (!marked) {
            return marked.error();
        }
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
    QStringList pragmas = {QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs()),
                           QStringLiteral("PRAGMA foreign_keys = ON")};
    if (m_readOnly) {
        pragmas << QStringLiteral("PRAGMA query_only = ON");
    } else {
        pragmas << QStringLiteral("PRAGMA synchronous = FULL");
    }
    for (const QString &pragma : std::as_const(pragmas)) {
        Status s = execSql(db, pragma, {}, opening);
        if (!s) {
            return s;
        }
    }
    if (m_readOnly) {
        return {};
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
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    // A server connection found lost is made again between transactions, never inside one,
    // whose remaining statements would otherwise run on their own.
    if (isServer() && m_transactionDepth == 0 && !db.isOpen()) {
        (void)reconnect();
    }
    return db;
}

int Database::schemaVersion() const {
    Result<int> version = m_engine->schemaVersion(connection());
    return version ? *version : -1;
}

int Database::busyRetries() {
    return 10;
}

Status Database::read(const std::function<Status()> &work) {
    const QString begin = m_engine->statement(EngineStatement::BeginRead);
    if (m_transactionDepth > 0 || begin.isEmpty()) {
        return work();
    }
    const QSqlDatabase db = connection();
    if (Status begun = beginOnServer(begin, DatabaseText::tr("reading")); !begun) {
        return begun;
    }
    ++m_transactionDepth;
    Status done = work();
    --m_transactionDepth;
    if (done) {
        done = execSql(db, QStringLiteral("COMMIT"), {}, DatabaseText::tr("reading"));
    }
    if (!done) {
        (void)execSql(db, QStringLiteral("ROLLBACK"));
    }
    return done;
}

Status Database::beginOnServer(const QString &begin, const QString &doing) {
    Status begun = execSql(connection(), begin, {}, doing);
    if (begun || !isServer() || begun.error().kind == ErrorKind::Busy) {
        return begun;
    }
    // Nothing has happened in this transaction yet: when the connection was lost (the server
    // restarted, the network dropped), connect again and start over once.
    if (Status reconnected = reconnect(); !reconnected) {
        return reconnected;
    }
    return execSql(connection(), begin, {}, doing);
}

Status Database::reconnect() const {
    Result<ServerAddress> address = ServerAddress::parse(m_path);
    if (!address) {
        return address.error();
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    db.close();
    return connectServer(*address, db);
}

Error Database::lostConnection(bool committing) const {
    const Result<ServerAddress> address = ServerAddress::parse(m_path);
    const QString server = address ? address->display() : m_path;
    return Error::storage(
        committing ? DatabaseText::tr("the connection to the database server %1 was lost while "
                                      "the save was being committed, so it may or may not have "
                                      "been stored; reopen the issue to see")
                         .arg(server)
                   : DatabaseText::tr("the connection to the database server %1 was lost during "
                                      "the save, so nothing of it was stored; the next save "
                                      "connects again")
                         .arg(server));
}

Status Database::write(const std::function<Status()> &work) {
    if (m_transactionDepth > 0) {
        return work();
    }
    if (m_readOnly) {
        return Error::forbidden(
            DatabaseText::tr("the archive %1 is read-only (the file or its folder cannot be "
                             "written): it can be read, searched, exported and printed, but "
                             "nothing can be saved in it")
                .arg(QDir::toNativeSeparators(m_path)));
    }
    const QSqlDatabase db = connection();
    // A server looks after its own files; the quick check is for an SQLite file.
    if (!isServer()) {
        if (Status sound = ArchiveHealth::requireSound(db, m_path); !sound) {
            return sound;
        }
    }
    // Each attempt already waits up to the busy timeout; retrying covers a lock that SQLite
    // reports at once, and the whole wait stays bounded so the user is told, not kept waiting.
    const qint64 giveUpAfterMs = 2 * qint64(busyTimeoutMs()) + 1000;
    QElapsedTimer waited;
    waited.start();
    Status begun;
    for (int attempt = 1;; ++attempt) {
        begun = beginOnServer(m_engine->statement(EngineStatement::BeginWrite),
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
    if (const QString announce = m_engine->statement(EngineStatement::AnnounceChange);
        done && !announce.isEmpty()) {
        done = execSql(db, announce, {}, DatabaseText::tr("saving"));
    }
    if (!done) {
        // A ROLLBACK fails only where the connection is gone.
        if (!execSql(db, QStringLiteral("ROLLBACK")) && isServer()) {
            return lostConnection(false);
        }
        return done;
    }
    done = execSql(db, QStringLiteral("COMMIT"), {}, DatabaseText::tr("saving"));
    if (!done && isServer()) {
        // The server refuses a COMMIT only when it was cut off: on a live connection the
        // transaction's statements have all succeeded.
        if (!execSql(db, QStringLiteral("SELECT 1"))) {
            return lostConnection(true);
        }
    }
    if (!done) {
        (void)execSql(db, QStringLiteral("ROLLBACK"));
    }
    return done;
}

} // namespace kuaibao
