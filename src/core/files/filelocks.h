#pragma once

#include <QString>

namespace kuaibao {

// Whether any process holds a lock on a file, read from the kernel's list (/proc/locks) by the
// file's device and inode: no descriptor of the file is opened, so no lock of this process's
// own SQLite connections is disturbed.
class FileLocks {
public:
    // True when some lock (POSIX, OFD or flock) is held on the file at `path`; false when the
    // file does not exist or nobody locks it.
    static bool anyHeldOn(const QString &path);
};

} // namespace kuaibao
