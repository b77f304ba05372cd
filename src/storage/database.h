#pragma once

#include "core/result.h"
#include "engine.h"
#include "openarchives.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace kuaibao {

// One open kuaibao archive: an SQLite file with foreign keys on, WAL, a busy timeout, and its
// schema migrated to the version this program knows; or a PostgreSQL database (a
// postgresql:// address) that `server init` has set up. Each instance has its own connection,
// and engine() tells what differs between the two.
class Database {
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating when absent) the archive at `path` and migrates it. Refuses, with a
    // specific message, a missing or read-only folder, a file that is not a kuaibao database,
    // a damaged file and one written by a newer schema.
    static Result<std::unique_ptr<Database>> open(const QString &path);
    // Opens without migrating beyond `version`: for migration tests only.
    static Result<std::unique_ptr<Database>> openAtVersion(const QString &path, int version);
    // Connects to a server database whatever its schema (server init sets it up).
    static Result<std::unique_ptr<Database>> openServerForSetup(const QString &url);

    // Whether `location` (--db, $KUAIBAO_DB) names a database server rather than a file.
    static bool isServerLocation(const QString &location);

    // --db PATH wins, then $KUAIBAO_DB, then kuaibao.db in the application data folder.
    static QString resolvePath(const QString &commandLinePath);
    static QString defaultPath();

    // How long a statement waits for another process's lock before giving up.
    static int busyTimeoutMs();

    QSqlDatabase connection() const;
    // The file, or the server address as given.
    QString path() const { return m_path; }
    const Engine &engine() const { return *m_engine; }
    bool isServer() const { return m_engine->kind() == EngineKind::Postgres; }
    int schemaVersion() const;
    // The file or its folder cannot be written: reads work, write() refuses.
    bool isReadOnly() const { return m_readOnly; }

    // Runs `work` inside one write transaction (BEGIN IMMEDIATE … COMMIT): all of it is stored
    // or, on any error, none of it. On a server, a connection lost since the last transaction
    // (a restart, a network drop) is made again before the transaction starts, and watchers
    // are told of the change when it commits (ChangeNotifier). When another program
    // holds the write lock past the busy timeout, starting the transaction is retried up to
    // busyRetries() times, for about twice the busy timeout in all (telling the busy observer each
    // time), then a Busy error is returned.
    Status write(const std::function<Status()> &work);

    // Runs `work`, a read of several statements, on one snapshot of the archive, so that another
    // writer's commit cannot land between them (a server opens a read transaction for it).
    Status read(const std::function<Status()> &work);

    // Told before each retry of a busy write: the attempt that failed (1-based) and how many
    // retries are allowed. Front ends show "busy, retrying".
    using BusyObserver = std::function<void(int attempt, int retries)>;
    void setBusyObserver(BusyObserver observer) { m_busyObserver = std::move(observer); }
    static int busyRetries();

private:
    Database(QString path, QString connectionName);
    static Result<std::unique_ptr<Database>> openImpl(const QString &path, int targetVersion);
    static Result<std::unique_ptr<Database>> openServer(const QString &url, bool requireSchema);
    Status configure();
    // Starts a transaction with `begin`; on a server, connects again once when that fails.
    Status beginOnServer(const QString &begin, const QString &doing);
    Status reconnect() const;
    // What a save that lost its server connection says, in place of the driver's text.
    Error lostConnection(bool committing) const;

    QString m_path;
    QString m_connectionName;
    const Engine *m_engine = &Engine::sqlite();
    OpenArchives::Key m_heldFile; // listed in OpenArchives while the connection lives
    int m_transactionDepth = 0;
    bool m_readOnly = false;
    BusyObserver m_busyObserver;
};

} // namespace kuaibao
