#include "commandregistry.h"

namespace kuaibao {

QList<CliCommand> allCommands() {
    QList<CliCommand> commands;
    registerIssueCommands(commands);
    registerLintCommands(commands);
    registerSignoffCommands(commands);
    registerImportExportCommands(commands);
    registerMaintenanceCommands(commands);
    registerArchiveCommands(commands);
    registerRenderCommands(commands);
    registerServerCommands(commands);
    registerWatchCommands(commands);
    return commands;
}

} // namespace kuaibao
