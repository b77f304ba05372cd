#pragma once

#include <QString>

namespace kuaibao {

class CliContext;

// kuaibao-cli restore BACKUP: puts a backup in place of the archive (see ArchiveRestore).
int restoreArchive(CliContext &cli);

} // namespace kuaibao
