// kuaibao-cli backup and check, on sound archives, busy ones and hostile ones.
#include "reliability/craftedarchives.h"

#include "cli/maintenance/savestamp.h"
#include "storage/backup/integritycheck.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QTemporaryDir>

using namespace kuaibao;

namespace {

QStringList db(const QString &path, QStringList args) {
    return QStringList{QStringLiteral("--db"), path} + args;
}

// One clear line on stderr, an exit status of the contract, no crash.
void requireCleanFailure(const test::CliRun &run, int exitCode, const QString &clue) {
    INFO("stdout: " << run.out.toStdString() << "\nstderr: " << run.err.toStdString());
    CHECK(run.exitCode == exitCode);
    CHECK(run.err.startsWith(QStringLiteral("kuaibao-cli: ")));
    CHECK(run.err.trimmed().count(QLatin1Char('\n')) == 0);
    CHECK(run.err.contains(clue));
}

} // namespace

TEST_CASE("cli backup writes a whole, consistent copy while another process keeps saving") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kuaibao.db"));
    QProcess writer;
    writer.start(QStringLiteral(KUAIBAO_CLI_PATH),
                 db(path, {QStringLiteral("dev"), QStringLiteral("save-loop"),
                           QStringLiteral("--numbers"), QStringLiteral("1,2,3"),
                           QStringLiteral("--duration-ms"), QStringLiteral("30000")}));
    REQUIRE(writer.waitForStarted(30000));
    QByteArray output;
    while (output.count('\n') < 3 && writer.state() == QProcess::Running) {
        writer.waitForReadyRead(30000);
        output += writer.readAllStandardOutput();
    }
    for (int round = 0; round < 3; ++round) {
        CAPTURE(round);
        const QString copy = dir.filePath(QStringLiteral("copy-%1.db").arg(round));
        const test::CliRun run = test::runCli(db(path, {QStringLiteral("backup"), copy}));
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        CHECK(run.out.contains(QStringLiteral("backed up the archive to")));
        auto problems = integrityProblemsOfFile(copy);
        REQUIRE(problems.ok());
        CHECK(problems->isEmpty());
        auto opened = Database::open(copy);
        REQUIRE(opened.ok());
        auto listed = IssueRepository(**opened).list();
        REQUIRE(listed.ok());
        CHECK_FALSE(listed->isEmpty());
        for (const IssueSummary &summary : *listed) {
            auto issue = IssueRepository(**opened).loadById(summary.storageId);
            REQUIRE(issue.ok());
            CHECK(isWholeStampedSave(*issue));
        }
    }
    writer.kill();
    writer.waitForFinished(30000);
}

TEST_CASE("cli backup refuses to replace an existing file unless told to") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kuaibao.db"));
    REQUIRE(test::makeSoundArchive(path, 1));
    const QString copy = dir.filePath(QStringLiteral("copy.db"));
    test::writeFile(copy, "keep me");
    requireCleanFailure(test::runCli(db(path, {QStringLiteral("backup"), copy})), 2,
                        QStringLiteral("--overwrite"));
    CHECK(test::readFile(copy) == "keep me");
    CHECK(test::runCli(db(path, {QStringLiteral("backup"), QStringLiteral("--overwrite"), copy}))
              .exitCode == 0);
    CHECK(test::readFile(copy).startsWith("SQLite format 3"));
    requireCleanFailure(test::runCli(db(path, {QStringLiteral("backup")})), 2,
                        QStringLiteral("one file name"));
}

TEST_CASE("cli check passes a sound archive and names what is wrong in a damaged one") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kuaibao.db"));
    REQUIRE(test::makeSoundArchive(path, 3));
    const test::CliRun sound = test::runCli(db(path, {QStringLiteral("check")}));
    CHECK(sound.exitCode == 0);
    CHECK(
        sound.out ==
        QStringLiteral("integrity: ok\nlinks: ok\nissues: ok\nsignatures: ok\nretirements: ok\n"));

    REQUIRE(test::tamper(
        path, {QStringLiteral("UPDATE issues SET status = 'bogus' WHERE number = 2"),
               QStringLiteral("PRAGMA foreign_keys = OFF"),
               QStringLiteral("DELETE FROM sections WHERE id = (SELECT min(id) FROM sections)")}));
    const test::CliRun damaged = test::runCli(db(path, {QStringLiteral("check")}));
    requireCleanFailure(damaged, 1, QStringLiteral("restore it from a backup"));
    CHECK(damaged.out.contains(QStringLiteral("integrity: ok")));
    CHECK(damaged.out.contains(QStringLiteral("links: ")));
    CHECK(damaged.out.contains(QStringLiteral("refers to a missing row of table sections")));
    CHECK(damaged.out.contains(QStringLiteral("issues: 1 problem(s)")));
}

TEST_CASE("cli on hostile archives: each command gives one clear line, never a crash") {
    struct Case {
        const char *what;
        QStringList tampering;
        QString listClue; // empty when list still works
        QString showClue;
    };
    const QList<Case> cases = {
        {"text in number",
         {QStringLiteral("UPDATE issues SET number = 'abc' WHERE number = 1")},
         QStringLiteral("damaged"),
         QStringLiteral("not in the archive")},
        {"bogus status",
         {QStringLiteral("UPDATE issues SET status = 'bogus' WHERE number = 1")},
         QStringLiteral("damaged"),
         QStringLiteral("damaged")},
        {"missing table",
         {QStringLiteral("DROP TABLE paragraphs")},
         QString(),
         QStringLiteral("lacks part of the kuaibao structure")},
        {"missing issues table",
         {QStringLiteral("PRAGMA foreign_keys = OFF"), QStringLiteral("DROP TABLE issues")},
         QStringLiteral("no such table: issues"),
         QStringLiteral("no such table: issues")},
    };
    for (const Case &c : cases) {
        CAPTURE(c.what);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kuaibao.db"));
        REQUIRE(test::makeSoundArchive(path, 2));
        REQUIRE(test::tamper(path, c.tampering));
        const test::CliRun list = test::runCli(db(path, {QStringLiteral("list")}));
        if (c.listClue.isEmpty()) {
            CHECK(list.exitCode == 0);
        } else {
            requireCleanFailure(list, 1, c.listClue);
        }
        const test::CliRun show =
            test::runCli(db(path, {QStringLiteral("show"), QStringLiteral("1")}));
        requireCleanFailure(show, c.showClue.contains(QStringLiteral("not in")) ? 2 : 1,
                            c.showClue);
        requireCleanFailure(test::runCli(db(path, {QStringLiteral("check")})), 1,
                            QStringLiteral("problem"));
    }
}

TEST_CASE("cli on truncated and garbled files: a clear error, never a crash") {
    QTemporaryDir dir;
    const QString sound = dir.filePath(QStringLiteral("sound.db"));
    REQUIRE(test::makeSoundArchive(sound, 5));
    const QByteArray whole = test::readFile(sound);
    const QList<std::pair<const char *, QByteArray>> files = {
        {"cut to 50 bytes", whole.left(50)},
        {"cut in half", whole.left(whole.size() / 2)},
        {"page 2 garbled", test::garblePage(whole, 2, 2)},
        {"last page garbled",
         test::garblePage(whole, int(whole.size() / test::pageSizeOf(whole)), 7)},
    };
    for (const auto &[what, bytes] : files) {
        CAPTURE(what);
        const QString path = dir.filePath(QStringLiteral("bad.db"));
        QFile::remove(path);
        test::writeFile(path, bytes);
        const test::CliRun check = test::runCli(db(path, {QStringLiteral("check")}));
        requireCleanFailure(check, 1, QString());
        CHECK((check.err.contains(QStringLiteral("damaged")) ||
               check.err.contains(QStringLiteral("problem"))));
        for (const QStringList &args : {QStringList{QStringLiteral("list")},
                                        QStringList{QStringLiteral("show"), QStringLiteral("3")}}) {
            const test::CliRun run = test::runCli(db(path, args));
            INFO(run.err.toStdString());
            CHECK(run.exitCode >= 0); // exited by itself, no signal
            if (run.exitCode != 0) {
                CHECK(run.err.startsWith(QStringLiteral("kuaibao-cli: ")));
            }
        }
    }
}

TEST_CASE("cli dev save-loop refuses to overwrite an issue it did not write") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kuaibao.db"));
    REQUIRE(test::makeSoundArchive(path, 1));
    const test::CliRun run =
        test::runCli(db(path, {QStringLiteral("dev"), QStringLiteral("save-loop"),
                               QStringLiteral("--count"), QStringLiteral("1")}));
    requireCleanFailure(run, 2, QStringLiteral("scratch archive"));
    auto opened = Database::open(path);
    REQUIRE(opened.ok());
    auto issue = IssueRepository(**opened).load(1);
    REQUIRE(issue.ok());
    CHECK(issue->sameContent(test::fullFixtureIssue(1, QDate(2024, 3, 1))));
}
