#pragma once

#include <QString>

#include <sys/types.h>

namespace kuaibao {

// The archive files this process has open through Database, by device and inode. SQLite closes
// an immutable connection's descriptor outside its own bookkeeping, and on POSIX that drops
// every lock the process holds on the file: such a connection must never be opened on a file
// listed here.
class OpenArchives {
public:
    // What identifies a file however it is named.
    struct Key {
        dev_t device = 0;
        ino_t inode = 0;
        bool valid() const { return inode != 0; }
    };

    // The key of the file at `path` (invalid when it cannot be stat()ed).
    static Key keyOf(const QString &path);
    static void add(Key key);
    static void remove(Key key);
    // Whether a Database of this process has the file at `path` open.
    static bool heldHere(const QString &path);
};

} // namespace kuaibao
