#pragma once

#include <QString>

namespace kuaibao {

class Database;
class WindowSettings;

// Which archive the program opens, and switching to another: --db, then $KUAIBAO_DB, then the
// server connected to last (remembered in the settings), then the archive file of this
// computer. A window that connects elsewhere asks for the switch and closes; main() then opens
// the other archive and a new window on it.
class ArchiveSwitch {
public:
    static QString startingArchive(const QString &commandLinePath, const WindowSettings &settings);

    static void ask(const QString &location);
    // The archive asked for, once (empty when none); the request is cleared.
    static QString take();
};

} // namespace kuaibao
