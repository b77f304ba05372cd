#pragma once

#include "core/result.h"

namespace kuaibao {

class Database;

// Sets up (or upgrades) a server database for kuaibao, run by the database's owner: the
// schema ladder, then the role kuaibao_user and what it may do (postgresschema.h).
class ServerSetup {
public:
    struct Outcome {
        int fromVersion = 0;
        int toVersion = 0;
        bool roleCreated = false;
    };

    static Result<Outcome> init(Database &database);
};

} // namespace kuaibao
