#pragma once

#include "cli/commandregistry.h"

namespace kuaibao {

// The archive commands, one per file in this folder; registerArchiveCommands lists them.
CliCommand searchCommand();
CliCommand statsCommand();
CliCommand unitsCommand();
QList<CliCommand> devCommands();
QList<CliCommand> devTimingCommands();
CliCommand holdLeaseCommand();

} // namespace kuaibao
