// The kill test: the real kuaibao-cli saves stamped issues in a loop and is killed with SIGKILL
// at random moments, again and again on the same archive. After every kill the archive must
// pass SQLite's integrity check, open, hold every save reported done, and hold no part of a
// torn save (each issue is exactly one whole stamped save).
#include "support/testsupport.h"

#include "cli/maintenance/savestamp.h"
#include "storage/backup/integritycheck.h"
#include "storage/database.h"
#include "storage/issuerepository.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>
#include <cstdio>

using namespace kuaibao;

namespace {

// Reads "saved N REVISION" lines into the highest revision reported per issue.
int takeReports(const QByteArray &output, QMap<int, int> &lastReported) {
    int saves = 0;
    for (const QByteArray &line : output.split('\n')) {
        const QList<QByteArray> words = line.split(' ');
        if (words.size() == 3 && words.at(0) == "saved") {
            const int number = words.at(1).toInt();
            lastReported[number] = qMax(lastReported.value(number), words.at(2).toInt());
            ++saves;
        }
    }
    return saves;
}

int envInt(const char *name, int fallback) {
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok ? value : fallback;
}

} // namespace

TEST_CASE("kill test: SIGKILL during saves loses no reported save and leaves no torn one") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kuaibao.db"));
    const int runs = envInt("KUAIBAO_KILL_RUNS", 50);
    const quint32 seed =
        quint32(envInt("KUAIBAO_KILL_SEED", int(QRandomGenerator::global()->bounded(1 << 30))));
    QRandomGenerator random(seed);
    std::printf("kill test: %d runs, seed %u (set KUAIBAO_KILL_SEED to repeat)\n", runs, seed);

    QMap<int, int> lastReported;
    int reportedSaves = 0;
    int unreportedCommits = 0;
    int killedBeforeFirstSave = 0;
    QElapsedTimer clock;
    clock.start();
    for (int run = 0; run < runs; ++run) {
        CAPTURE(run);
        QProcess child;
        child.start(QStringLiteral(KUAIBAO_CLI_PATH),
                    {QStringLiteral("--db"), path, QStringLiteral("dev"),
                     QStringLiteral("save-loop"), QStringLiteral("--numbers"),
                     QStringLiteral("1,2,3"), QStringLiteral("--writer"), QStringLiteral("crash"),
                     QStringLiteral("--duration-ms"), QStringLiteral("60000")});
        REQUIRE(child.waitForStarted(30000));
        QByteArray output;
        // Most kills land while saves are running; every tenth one while the program is still
        // opening (or creating and migrating) the archive.
        if (run % 10 != 9) {
            while (!output.contains('\n') && child.state() == QProcess::Running) {
                child.waitForReadyRead(30000);
                output += child.readAllStandardOutput();
            }
        }
        QThread::msleep(random.bounded(20, 201));
        ::kill(pid_t(child.processId()), SIGKILL);
        REQUIRE(child.waitForFinished(30000));
        output += child.readAllStandardOutput();
        INFO("stderr: " << child.readAllStandardError().toStdString());
        REQUIRE(child.exitStatus() == QProcess::CrashExit); // it was still saving, not failing
        const int saves = takeReports(output, lastReported);
        reportedSaves += saves;
        killedBeforeFirstSave += saves == 0 ? 1 : 0;

        auto db = Database::open(path);
        INFO((db.ok() ? QString() : db.error().message).toStdString());
        REQUIRE(db.ok());
        auto problems = integrityProblems((*db)->connection());
        REQUIRE(problems.ok());
        REQUIRE(problems->isEmpty());
        IssueRepository repository(**db);
        for (int number = 1; number <= 3; ++number) {
            CAPTURE(number);
            auto issue = repository.load(number);
            if (!lastReported.contains(number)) {
                CHECK((issue.ok() || issue.error().kind == ErrorKind::NotFound));
            } else {
                REQUIRE(issue.ok());
                CHECK(issue->revision >= lastReported.value(number));
                CHECK(issue->revision <= lastReported.value(number) + 1);
                unreportedCommits += issue->revision > lastReported.value(number) ? 1 : 0;
                // Later loads (including the next child's) start from what is stored.
                lastReported[number] = issue->revision;
            }
            if (issue.ok()) {
                CHECK(isWholeStampedSave(*issue));
            }
        }
    }
    CHECK(reportedSaves > runs);
    std::printf("FIGURES kill-test: %d kills survived in %.1f s, %d saves reported done and all "
                "found whole, %d saves committed but killed before reporting (found whole), "
                "%d kills before the first save, seed %u\n",
                runs, double(clock.elapsed()) / 1000.0, reportedSaves, unreportedCommits,
                killedBeforeFirstSave, seed);
}
