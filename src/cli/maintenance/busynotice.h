#pragma once

namespace kuaibao {

class CliContext;
class Database;

// Makes `database` print "busy, retrying" on the command's stderr each time a save waits for
// another program's write lock, so that a slow save explains itself instead of hanging.
void reportBusyRetries(CliContext &cli, Database &database);

} // namespace kuaibao
