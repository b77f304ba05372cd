#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>

namespace kuaibao {

// The files of the archives this process uses (the database and its -wal, -shm and -journal),
// which no output may overwrite however its path is spelled. Only stat() looks at them: opening
// and closing a descriptor of an open SQLite file would drop the process's locks on it.
class ProtectedFiles {
public:
    // Protects the archive at `databasePath` (and the files SQLite keeps beside it) for the rest
    // of the process's life.
    static void protectArchive(const QString &databasePath);

    // Refuses, with a message naming the file, an output target that is one of the protected
    // files (through a symbolic link, a hard link, `..` or any other spelling), or an existing
    // SQLite database such as an archive's backup.
    // A backup may replace an older backup (an SQLite file that is not protected).
    enum class Replacing { AnyFile, BackupAllowed };
    static Status checkOutputTarget(const QString &target,
                                    Replacing replacing = Replacing::AnyFile);

    // Whether the open descriptor `fd` (such as standard output) writes into a protected file.
    static bool descriptorIsProtected(int fd);

    // The suffixes of the files SQLite keeps beside a database.
    static QStringList companionSuffixes();
};

} // namespace kuaibao
