#include "commandregistry.h"

namespace kuaibao {

QList<CliCommand> allCommands() {
    QList<CliCommand> commands;
    registerIssueCommands(commands);
    registerRenderCommands(commands);
    return commands;
}

} // namespace kuaibao
