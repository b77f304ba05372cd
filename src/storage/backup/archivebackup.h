#pragma once

#include "core/result.h"

#include <QString>

namespace kuaibao {

class Database;

// Writes a consistent copy of an open archive to another file while it stays in use: SQLite's
// VACUUM INTO reads one snapshot (a server's archive is copied into a new file from one read
// transaction), so saves running meanwhile are either wholly in the copy or not at all. The copy is
// built beside the target, checked, flushed to disk and only then renamed over it, so the target is
// never a half-written file.
class ArchiveBackup {
public:
    explicit ArchiveBackup(Database &database);

    // Writes the copy to `targetPath`, replacing a file already there.
    Status writeTo(const QString &targetPath);

private:
    // A server's archive, copied into a new SQLite file at `partPath` from one snapshot.
    Status copyServerInto(const QString &partPath);

    Database &m_database;
};

} // namespace kuaibao
