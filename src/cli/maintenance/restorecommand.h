#pragma once

#include <QString>

namespace kuaibao {

class CliContext;

// kuaibao-cli restore BACKUP: puts a backup in place of the archive (see ArchiveRestore).
int restoreArchive(CliContext &cli);

// For backup, restore and check, which handle SQLite files: the usage error on a server
// database (pointing at pg_dump and copy-archive), or -1 when the archive is a file.
int refuseOnServer(CliContext &cli, const QString &command);

} // namespace kuaibao
