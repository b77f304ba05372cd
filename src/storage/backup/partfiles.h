#pragma once

#include <QString>
#include <QStringList>

namespace kuaibao {

// The partial files a backup or a restore writes beside its target before the final rename,
// and the removal of those that a killed process left behind.
class PartFiles {
public:
    static QString backupInfix() { return QStringLiteral(".part-"); }
    static QString restoreInfix() { return QStringLiteral(".restore-part-"); }

    // Removes from `folder` the partial files (and their -journal, -wal, -shm) that no process
    // locks and that have not changed for a while; returns what was removed.
    static QStringList removeLeftovers(const QString &folder);
};

} // namespace kuaibao
