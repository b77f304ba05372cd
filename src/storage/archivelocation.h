#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QString>

namespace kuaibao {

// What the file system says of an archive's path, learnt with stat() and access() only: no
// descriptor of the archive is opened, so no lock SQLite holds on it in this process is lost.
struct ArchiveLocation {
    bool exists = false;
    // The file or its folder cannot be written: the archive is opened read-only.
    bool readOnly = false;
};

// Refuses a missing folder, a folder, a FIFO or device in place of the file, a symbolic-link
// loop, and a new archive in a folder that cannot be written, each with its own message.
Result<ArchiveLocation> inspectArchiveLocation(const QString &path);

// What an existing file holds, read by SQLite through a read-only connection that is closed
// again before anything is written.
struct ArchiveIdentity {
    int applicationId = 0;
    int schemaVersion = 0;
    int tables = 0;
};

// Reads the identity of an existing file from its main file alone (an immutable, read-only
// connection that leaves nothing beside it); a file that is not SQLite is refused.
Result<ArchiveIdentity> probeArchiveIdentity(const QString &path);
// Reads the identity through an open connection (which sees the WAL too).
Result<ArchiveIdentity> readArchiveIdentity(const QSqlDatabase &db, const QString &path);

// Refuses another program's SQLite file and one written by a newer schema.
Status judgeArchiveIdentity(const ArchiveIdentity &identity, const QString &path);

// SQLite connect options of this program's connections.
QString sqliteConnectOptions(bool readOnly, bool immutable, int busyTimeoutMs);
// The name SQLite opens: the path, or a file: URI for an immutable (read-only folder) archive.
QString sqliteDatabaseName(const QString &path, bool immutable);

} // namespace kuaibao
