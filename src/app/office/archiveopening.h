#pragma once

#include "core/result.h"

#include <QString>

#include <memory>

namespace kuaibao {

class Database;

// Opens the archive the program starts with. A server that wants a password libpq does not
// have asks for it (kept in memory only); one that cannot be reached or refuses says why and
// offers this computer's archive file instead. Returns the archive and where it is, or the
// error when nothing could be opened.
struct OpenedArchive {
    std::unique_ptr<Database> database;
    QString location;
};
Result<OpenedArchive> openArchiveAtStart(const QString &location);

} // namespace kuaibao
