// kuaibao-cli watch on an archive file: PRAGMA data_version polling reports another
// process's new issue and each of its sign-off steps, and bad use is refused.
#include "support/watchscenario.h"

using namespace kuaibao::test;

TEST_CASE("a watch process on an archive file sees each sign-off step of another process",
          "[cli][watch]") {
    Office office;
    watchSeesSignoffSteps(office.dir.filePath(QStringLiteral("kuaibao.db")), office, "file-watch");
}

TEST_CASE("watch takes no arguments", "[cli][watch]") {
    Office office;
    const CliRun run = office.run(office.dir.filePath(QStringLiteral("kuaibao.db")),
                                  {QStringLiteral("watch"), QStringLiteral("13")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("watch takes no arguments")));
    CHECK(run.out.isEmpty());
}
