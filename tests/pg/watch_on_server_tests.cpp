// The live path on a server: a `kuaibao-cli watch` process reports, through LISTEN/NOTIFY,
// another process's new issue and each of its sign-off steps.
#include "pgsupport.h"

#include "support/watchscenario.h"

using namespace kuaibao::test;

TEST_CASE("a watch process on the server sees each sign-off step of another process",
          "[pg][watch]") {
    KUAIBAO_PG_DATABASE(db);
    initServer(db);
    Office office;
    watchSeesSignoffSteps(db.clerkUrl(), office, "pg-watch");
}
