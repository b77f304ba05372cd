#pragma once

#include "core/result.h"

#include <QString>

class QWidget;

namespace kuaibao {

// A restore the user asked for in the window. The archive cannot be replaced while this
// process has it open, so the window only records the backup and closes; the start-up loop
// (main) lets go of the archive, carries the restore out and opens the window again.
class RestoreRequest {
public:
    static void ask(const QString &backupPath);
    // The backup asked for, once (empty when none); the request is cleared.
    static QString take();

    // Puts the backup in place and tells the user how it went.
    static void carryOut(const QString &backupPath, const QString &archivePath);
};

} // namespace kuaibao
