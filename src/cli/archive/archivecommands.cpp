#include "archivecommands.h"

namespace kuaibao {

void registerArchiveCommands(QList<CliCommand> &commands) {
    commands << searchCommand() << statsCommand() << unitsCommand() << devCommands()
             << devTimingCommands();
}

} // namespace kuaibao
