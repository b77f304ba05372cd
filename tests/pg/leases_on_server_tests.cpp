// One editor per issue on a server: two processes contend for one issue's editing lease, the
// second is told who holds it, and the lease of a holder killed on another computer expires
// by the server's clock.
#include "pgsupport.h"

#include "storage/database.h"
#include "storage/issuerepository.h"
#include "storage/live/editingleases.h"
#include "storage/sqlutil.h"
#include "support/fixtures.h"

#include <QProcess>

using namespace kuaibao;
using namespace kuaibao::test;

TEST_CASE("two processes contend for an issue's lease on the server; a killed holder's expires",
          "[pg][leases]") {
    KUAIBAO_PG_DATABASE(db);
    initServer(db);
    auto opened = Database::open(db.clerkUrl());
    REQUIRE(opened);
    Database &database = **opened;
    Result<Issue> saved = IssueRepository(database).save(fullFixtureIssue(5));
    REQUIRE(saved);

    // The holder runs "on another computer": its lease is not known dead when it is killed.
    QProcess holder;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KUAIBAO_HOST_NAME"), QStringLiteral("pc-far"));
    holder.setProcessEnvironment(env);
    holder.start(QStringLiteral(KUAIBAO_CLI_PATH),
                 {QStringLiteral("--db"), db.clerkUrl(), QStringLiteral("dev"),
                  QStringLiteral("hold-lease"), QStringLiteral("5"), QStringLiteral("--as"),
                  QStringLiteral("张三@pc-far")});
    REQUIRE(holder.waitForStarted(30000));
    REQUIRE(holder.waitForReadyRead(30000));
    REQUIRE(holder.readLine().contains("holding"));

    const CliRun second = runCli({QStringLiteral("--db"), db.clerkUrl(), QStringLiteral("dev"),
                                  QStringLiteral("hold-lease"), QStringLiteral("5")});
    CHECK(second.exitCode == 2);
    CHECK(second.err.contains(QStringLiteral("issue 5 is being edited by 张三@pc-far (since ")));

    // The server's clock: a lease taken now began within a second of it.
    auto serverNow = [&database] {
        return scalarSql(database.connection(),
                         QStringLiteral("SELECT (extract(epoch FROM clock_timestamp()) * "
                                        "1000)::bigint"))
            .value()
            .toLongLong();
    };
    EditingLeases mine(database, EditingLeases::newHolderId(), QStringLiteral("lisi@pc-2"));
    Result<std::optional<LeaseHolder>> held = mine.otherHolder(saved->storageId);
    REQUIRE(held);
    REQUIRE(held->has_value());
    CHECK((*held)->name == QStringLiteral("张三@pc-far"));
    CHECK(qAbs((*held)->since.toMSecsSinceEpoch() - serverNow()) < 60000);

    holder.kill(); // SIGKILL: no chance to give the lease up
    REQUIRE(holder.waitForFinished(10000));
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM editing_leases")).toInt() == 1);
    // Not expired yet: still refused.
    CHECK(runCli({QStringLiteral("--db"), db.clerkUrl(), QStringLiteral("dev"),
                  QStringLiteral("hold-lease"), QStringLiteral("5")})
              .exitCode == 2);
    // 30 seconds later by the server's clock it has expired, and the next one takes it.
    mine.setClock([&] { return serverNow() + EditingLeases::expiryMs() + 1000; });
    CHECK_FALSE(mine.otherHolder(saved->storageId)->has_value());
    Result<std::optional<LeaseHolder>> taken = mine.take(saved->storageId);
    REQUIRE(taken);
    CHECK_FALSE(taken->has_value());
    CHECK(db.scalar(QStringLiteral("SELECT holder_name FROM editing_leases")).toString() ==
          QStringLiteral("lisi@pc-2"));
}
