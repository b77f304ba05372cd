// Several kuaibao-cli processes at once on one server: four save loops on a shared issue and
// each on its own, and a client SIGKILLed in the middle of a save. No update is lost, every
// conflict is reported, and a dead client leaves nothing half-written or locked.
#include "pgsupport.h"
#include "saveloops.h"

#include "cli/maintenance/savestamp.h"
#include "storage/database.h"
#include "storage/issuerepository.h"

#include <QRandomGenerator>
#include <QThread>

#include <csignal>
#include <cstdio>

using namespace kuaibao;
using namespace kuaibao::test;

namespace {

constexpr int kShared = 5;

// The issue `number` as stored: it must be one whole stamped save.
Issue storedIssue(const QString &url, int number) {
    Result<std::unique_ptr<Database>> db = Database::open(url);
    REQUIRE(db.ok());
    Result<Issue> issue = IssueRepository(**db).load(number);
    INFO((issue ? QString() : issue.error().message).toStdString());
    REQUIRE(issue.ok());
    CHECK(isWholeStampedSave(*issue));
    return *issue;
}

// Polls `sql` (a count, run as the owner) until it gives `wanted`; whether it did in time.
bool waitForCount(const PgTestDatabase &db, const QString &sql, int wanted, int timeoutMs) {
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        if (db.scalar(sql).toInt() == wanted) {
            return true;
        }
        QThread::msleep(20);
    }
    return false;
}

} // namespace

TEST_CASE("four clients saving a shared issue and their own lose no update and report every "
          "conflict",
          "[pg][concurrency]") {
    KUAIBAO_PG_DATABASE(db);
    initServer(db);
    constexpr int kSaves = 24; // per client, half on the shared issue
    std::vector<std::unique_ptr<LoopClient>> clients;
    for (int i = 1; i <= 4; ++i) {
        clients.push_back(std::make_unique<LoopClient>(
            db.clerkUrl(), QStringLiteral("W%1").arg(i),
            QStringLiteral("%1,%2").arg(kShared).arg(10 + i),
            QStringList{QStringLiteral("--count"), QString::number(kSaves),
                        QStringLiteral("--pause-ms"), QStringLiteral("2")}));
    }
    QList<LoopReport> reports;
    int sharedConflicts = 0;
    for (auto &client : clients) {
        const LoopReport &report = client->finish();
        INFO(report.writer.toStdString() << ": " << report.err.toStdString());
        CHECK(report.exitCode == 0);
        CHECK(report.err.isEmpty());
        // Every attempt was reported, as a save or as a conflict.
        CHECK(report.attempts.size() == kSaves);
        CHECK(report.failed.isEmpty());
        sharedConflicts += report.conflicts.value(kShared);
        reports << report;
    }

    // The shared issue: revisions 1..last, each written by exactly one reported save, and the
    // stored issue is the last one whole.
    const QMap<int, QString> shared = writersOf(reports, kShared);
    REQUIRE_FALSE(shared.isEmpty());
    CHECK(shared.firstKey() == 1);
    CHECK(shared.size() == shared.lastKey());
    CHECK(sharedConflicts > 0); // the clients did meet, and were told
    CHECK(shared.size() + sharedConflicts == 4 * kSaves / 2);
    const Issue last = storedIssue(db.clerkUrl(), kShared);
    CHECK(last.revision == shared.lastKey());
    CHECK(readStamp(last)->writer == shared.last());

    // Each client's own issue: every save of it stored in turn, never a conflict.
    for (int i = 1; i <= 4; ++i) {
        const LoopReport &report = reports.at(i - 1);
        const QList<int> own = report.saved.value(10 + i);
        INFO(report.writer.toStdString());
        CHECK(report.conflicts.value(10 + i) == 0);
        REQUIRE(own.size() == kSaves / 2);
        for (int r = 0; r < own.size(); ++r) {
            CHECK(own.at(r) == r + 1);
        }
        const Issue stored = storedIssue(db.clerkUrl(), 10 + i);
        CHECK(stored.revision == kSaves / 2);
        CHECK(readStamp(stored)->writer == report.writer);
    }
    std::printf("FIGURES pg-four-clients: shared issue %lld saves and %d conflicts reported, "
                "final revision %d whole from %s; 4 own issues at revision %d\n",
                qlonglong(shared.size()), sharedConflicts, shared.lastKey(),
                qPrintable(shared.last()), kSaves / 2);
}

TEST_CASE("a client SIGKILLed in the middle of a save leaves the issue whole and the server and "
          "the other clients working",
          "[pg][concurrency][kill]") {
    KUAIBAO_PG_DATABASE(db);
    initServer(db);
    constexpr int kVictim = 7;
    constexpr int kSaves = 40;
    // The victim logs in as the owner, whose sessions the owner may watch in pg_stat_activity.
    LoopClient victim(db.ownerUrl() + QStringLiteral("&application_name=kb-victim"),
                      QStringLiteral("K"), QString::number(kVictim),
                      {QStringLiteral("--count"), QString::number(kSaves)});
    // Two others: one saves the same issue, one its own.
    LoopClient same(db.clerkUrl(), QStringLiteral("O1"), QStringLiteral("%1,21").arg(kVictim),
                    {QStringLiteral("--count"), QString::number(kSaves)});
    LoopClient own(db.clerkUrl(), QStringLiteral("O2"), QStringLiteral("22"),
                   {QStringLiteral("--count"), QString::number(kSaves)});
    REQUIRE(victim.waitForSaves(2) >= 2);

    // Stop the victim now and then until it is caught inside a save's transaction after it has
    // written rows (the transaction has an id), with the server waiting for its next
    // statement, and kill it there.
    const pid_t pid = pid_t(victim.process().processId());
    const QString inTransaction = QStringLiteral(
        "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'kb-victim' AND state = "
        "'idle in transaction' AND backend_xid IS NOT NULL");
    int stops = 0;
    bool caught = false;
    while (!caught && stops < 200 && victim.process().state() == QProcess::Running) {
        ::kill(pid, SIGSTOP);
        ++stops;
        caught = db.scalar(inTransaction).toInt() == 1;
        if (!caught) {
            ::kill(pid, SIGCONT);
            QThread::msleep(QRandomGenerator::global()->bounded(8));
        }
    }
    REQUIRE(caught);
    ::kill(pid, SIGKILL);
    const LoopReport &killed = victim.finish();
    CHECK(killed.exitCode == -1); // it died by the signal
    // The server sees the connection go and rolls its transaction back.
    CHECK(waitForCount(
        db,
        QStringLiteral(
            "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'kb-victim'"),
        0, 10000));

    QList<LoopReport> reports{killed};
    for (LoopClient *client : {&same, &own}) {
        const LoopReport &report = client->finish();
        INFO(report.writer.toStdString() << ": " << report.err.toStdString());
        CHECK(report.exitCode == 0);
        CHECK(report.err.isEmpty());
        CHECK(report.attempts.size() == kSaves);
        CHECK(report.failed.isEmpty());
        reports << report;
    }
    CHECK(reports.at(2).saved.value(22).size() == kSaves);

    // The victim issue: every revision written by one reported save, none by the killed one's
    // unfinished save, and the stored issue whole.
    const QMap<int, QString> writers = writersOf(reports, kVictim);
    REQUIRE_FALSE(writers.isEmpty());
    CHECK(writers.size() == writers.lastKey());
    const Issue after = storedIssue(db.clerkUrl(), kVictim);
    CHECK(after.revision == writers.lastKey());
    CHECK(readStamp(after)->writer == writers.last());
    const int grams =
        db.scalar(QStringLiteral("SELECT cardinality(pieces) FROM search_pieces WHERE issue_id = "
                                 "(SELECT id FROM issues WHERE number = 7)"))
            .toInt();
    CHECK(grams > 0);
    // Nothing of it stays locked: the next client saves it at once.
    const CliRun next = runCli(
        {QStringLiteral("--db"), db.clerkUrl(), QStringLiteral("dev"), QStringLiteral("save-loop"),
         QStringLiteral("--numbers"), QString::number(kVictim), QStringLiteral("--writer"),
         QStringLiteral("N"), QStringLiteral("--count"), QStringLiteral("1")});
    INFO(next.err.toStdString());
    CHECK(next.exitCode == 0);
    CHECK(next.out == QStringLiteral("saved 7 %1\n").arg(writers.lastKey() + 1));
    std::printf("FIGURES pg-sigkill: victim caught inside a transaction after %d stop(s), having "
                "saved %lld; issue 7 whole at revision %d from %s\n",
                stops, qlonglong(killed.saved.value(kVictim).size()), writers.lastKey(),
                qPrintable(writers.last()));
}
