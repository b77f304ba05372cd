#pragma once

#include "core/result.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace kuaibao {

class Database;

// The daily safety copies of the archive: kuaibao.db gets kuaibao-backup-2026-11-28.db and so
// on, one per day, the newest `keep` of them; older ones are deleted. They go into `folder`
// (created when missing), or next to the archive when no folder is given.
class RollingBackup {
public:
    explicit RollingBackup(Database &database, int keep = 7, QString folder = QString());

    // Today's copy when there is none yet, then drops the copies beyond the newest `keep`.
    // Returns the file written, or nothing when today's copy was already there.
    Result<std::optional<QString>> runIfDue(const QDate &today);

    // The copy for `day` of the archive at `databasePath`, in `folder` (empty: beside it).
    static QString fileFor(const QString &databasePath, const QDate &day,
                           const QString &folder = QString());
    // The existing copies of this archive, oldest first.
    QStringList existing() const;

private:
    Status prune();

    QString folder() const;

    Database &m_database;
    int m_keep;
    QString m_folder;
};

} // namespace kuaibao
