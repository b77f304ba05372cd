#include "commandregistry.h"

namespace kuaibao {

QList<CliCommand> allCommands() {
    QList<CliCommand> commands;
    registerIssueCommands(commands);
    registerArchiveCommands(commands);
    return commands;
}

} // namespace kuaibao
