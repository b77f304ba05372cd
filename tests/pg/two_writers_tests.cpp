// No silent overwrites on the server: two kuaibao-cli processes save the same issue at once;
// every save either wins whole with its own revision or is refused as a conflict.
#include "pgsupport.h"

#include "cli/maintenance/savestamp.h"
#include "storage/database.h"
#include "storage/issuerepository.h"

#include <QMap>
#include <QProcess>

using namespace kuaibao;
using namespace kuaibao::test;

TEST_CASE("two writers of one issue on the server: each save wins whole or is a conflict",
          "[pg][concurrency]") {
    KUAIBAO_PG_DATABASE(db);
    initServer(db);
    QProcess a;
    QProcess b;
    for (const auto &[process, name] : {std::pair{&a, "A"}, std::pair{&b, "B"}}) {
        process->start(QStringLiteral(KUAIBAO_CLI_PATH),
                       {QStringLiteral("--db"), db.clerkUrl(), QStringLiteral("dev"),
                        QStringLiteral("save-loop"), QStringLiteral("--numbers"),
                        QStringLiteral("5"), QStringLiteral("--writer"), QString::fromLatin1(name),
                        QStringLiteral("--duration-ms"), QStringLiteral("2000"),
                        QStringLiteral("--pause-ms"), QStringLiteral("3")});
    }
    QMap<int, QString> writerOf;
    int conflicts = 0;
    for (const auto &[process, name] : {std::pair{&a, "A"}, std::pair{&b, "B"}}) {
        REQUIRE(process->waitForFinished(60000));
        const QString err = QString::fromUtf8(process->readAllStandardError());
        INFO(err.toStdString());
        CHECK(process->exitCode() == 0);
        CHECK(err.isEmpty());
        for (const QString &line : QString::fromUtf8(process->readAllStandardOutput())
                                       .split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QStringList words = line.split(QLatin1Char(' '));
            REQUIRE(words.size() == 3);
            if (words.at(0) == QLatin1String("conflict")) {
                ++conflicts;
                continue;
            }
            REQUIRE(words.at(0) == QLatin1String("saved"));
            const int revision = words.at(2).toInt();
            CHECK_FALSE(writerOf.contains(revision)); // no revision written twice
            writerOf.insert(revision, QString::fromLatin1(name));
        }
    }
    REQUIRE_FALSE(writerOf.isEmpty());
    const int last = writerOf.lastKey();
    CHECK(writerOf.size() == last); // revisions 1..last, none missing
    CHECK(conflicts > 0);           // they did meet, and were told
    auto opened = Database::open(db.clerkUrl());
    REQUIRE(opened);
    auto issue = IssueRepository(**opened).load(5);
    REQUIRE(issue);
    CHECK(issue->revision == last);
    CHECK(isWholeStampedSave(*issue));
    CHECK(readStamp(*issue)->writer == writerOf.value(last));
    std::printf("FIGURES pg-two-writers-same-issue: %lld saves won, %d conflicts reported, final "
                "revision %d whole from writer %s\n",
                qlonglong(writerOf.size()), conflicts, last, qPrintable(writerOf.value(last)));
}
