#pragma once

#include "core/result.h"

#include <QString>

namespace kuaibao {

// Puts a backup in place of an archive that no process has open. The backup is checked and
// copied beside the archive first; then the old file is set aside together with its -wal and
// -shm (a stale WAL must never meet another database file), the copy is renamed into place,
// and the result is opened and checked.
class ArchiveRestore {
public:
    struct Outcome {
        QString setAside; // where the old archive now is (empty when there was none)
        int issues = 0;   // issues in the restored archive
    };

    // `archivePath` must not be open in this process.
    static Result<Outcome> restore(const QString &backupPath, const QString &archivePath);
};

} // namespace kuaibao
