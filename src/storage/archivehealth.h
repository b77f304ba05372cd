#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QString>

namespace kuaibao {

// Whether an archive may be written: SQLite's quick_check runs once per archive and process
// (before the first write, or in the background at the app's start), and a damaged archive
// refuses writes while it can still be read.
class ArchiveHealth {
public:
    // Runs quick_check on `db` unless this process already knows the verdict for `path`;
    // returns the refusal to write when the archive is damaged.
    static Status requireSound(const QSqlDatabase &db, const QString &path);
    // Runs the check on a read-only connection of its own (for a background thread).
    static Status checkFile(const QString &path);
    // What is known without checking: an empty message when sound or unchecked.
    static QString knownDamage(const QString &path);

private:
    static Status verdict(const QString &path, const QString &firstProblem);
};

} // namespace kuaibao
