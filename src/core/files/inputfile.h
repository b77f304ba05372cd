#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace kuaibao {

// Reading a file a person named (an import, a password file, a font): refuses what would hang
// or never end (a FIFO, a device, a folder, a symbolic-link loop) and anything over a limit.
class InputFile {
public:
    // Refuses, with a message naming `path`, anything but an existing regular file (after
    // following symbolic links) no larger than `maxBytes`.
    static Status checkRegular(const QString &path, qint64 maxBytes);
    // Reads the whole of a regular file of at most `maxBytes`.
    static Result<QByteArray> read(const QString &path, qint64 maxBytes);
};

} // namespace kuaibao
