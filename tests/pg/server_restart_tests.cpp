// The server restarts while two kuaibao-cli save loops run: each save the restart cut off is
// reported with a message that names the lost connection, the next saves connect again and
// succeed, and what is stored is whole. Runs alone (RUN_SERIAL): the restart cuts every
// connection to the test server.
#include "pgsupport.h"
#include "saveloops.h"

#include "cli/maintenance/savestamp.h"
#include "storage/database.h"
#include "storage/issuerepository.h"

#include <QElapsedTimer>

#include <cstdio>

using namespace kuaibao;
using namespace kuaibao::test;

TEST_CASE("the server restarted in the middle of save loops: cut saves are reported and later "
          "saves succeed",
          "[restart]") {
    KUAIBAO_PG_DATABASE(db);
    if (const QString reason = PgTestDatabase::cannotRestartReason(); !reason.isEmpty()) {
        KUAIBAO_SKIP(reason);
    }
    initServer(db);
    const QStringList options = {QStringLiteral("--duration-ms"), QStringLiteral("5000"),
                                 QStringLiteral("--pause-ms"), QStringLiteral("5"),
                                 QStringLiteral("--keep-going")};
    LoopClient a(db.clerkUrl(), QStringLiteral("A"), QStringLiteral("5"), options);
    LoopClient b(db.clerkUrl(), QStringLiteral("B"), QStringLiteral("5,6"), options);
    REQUIRE(a.waitForSaves(3) >= 3);
    REQUIRE(b.waitForSaves(3) >= 3);
    QElapsedTimer restart;
    restart.start();
    const QString restarted = PgTestDatabase::restartServer();
    INFO(restarted.toStdString());
    REQUIRE(restarted.isEmpty());
    const qint64 restartMs = restart.elapsed();

    QList<LoopReport> reports;
    int failures = 0;
    int inDoubt = 0;
    for (LoopClient *client : {&a, &b}) {
        const LoopReport &report = client->finish();
        INFO(report.writer.toStdString() << ": " << report.err.toStdString());
        failures += int(report.failed.size());
        for (const QString &message : report.failed) {
            INFO(message.toStdString());
            // Said plainly: the connection was lost, or the server could not be reached.
            CHECK((message.contains(QStringLiteral("connection to the database server")) ||
                   message.contains(QStringLiteral("connecting to the database server"))));
            if (message.contains(QStringLiteral("may or may not have been stored"))) {
                ++inDoubt;
            }
        }
        if (!report.failed.isEmpty()) {
            CHECK(report.exitCode == 1);
            CHECK(report.err.contains(QStringLiteral("saves failed")));
        }
        // After the restart the loop saved again: its last attempts are not failures.
        REQUIRE_FALSE(report.attempts.isEmpty());
        CHECK(report.attempts.last() != QStringLiteral("failed"));
        CHECK(report.attempts.mid(report.attempts.lastIndexOf(QStringLiteral("failed")) + 1)
                  .contains(QStringLiteral("saved")));
        reports << report;
    }
    CHECK(failures > 0); // the restart did cut saves off, and they were reported

    // Every revision of each issue was written once; only a save whose commit was cut off
    // may have been stored without its report.
    for (const int number : {5, 6}) {
        const QMap<int, QString> writers = writersOf(reports, number);
        REQUIRE_FALSE(writers.isEmpty());
        Result<std::unique_ptr<Database>> opened = Database::open(db.clerkUrl());
        REQUIRE(opened.ok());
        Result<Issue> stored = IssueRepository(**opened).load(number);
        REQUIRE(stored.ok());
        CHECK(isWholeStampedSave(*stored));
        CHECK(stored->revision >= writers.lastKey());
        CHECK(stored->revision - int(writers.size()) <= inDoubt);
        if (stored->revision == writers.lastKey()) {
            CHECK(readStamp(*stored)->writer == writers.last());
        }
    }
    std::printf("FIGURES pg-server-restart: restart took %lld ms; %d save(s) cut off and "
                "reported (%d in doubt), then saving went on\n",
                qlonglong(restartMs), failures, inDoubt);
}
