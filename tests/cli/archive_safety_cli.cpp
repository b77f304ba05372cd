// The real kuaibao-cli never destroys the archive through an output, never hangs on an input,
// restores backups safely, and reads what it may not write (a damaged or read-only archive).
#include "reliability/craftedarchives.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <sys/stat.h>
#include <unistd.h>

using namespace kuaibao;

namespace {

QStringList on(const QString &path, QStringList args) {
    return QStringList{QStringLiteral("--db"), path} + args;
}

// A sound archive of issues 1..3 in a folder of its own.
struct Archive {
    QTemporaryDir dir;
    QString path;
    Archive() : path(dir.filePath(QStringLiteral("a.db"))) {
        auto db = Database::open(path);
        REQUIRE(db);
        IssueRepository repository(**db);
        for (int n = 1; n <= 3; ++n) {
            Issue issue = test::fullFixtureIssue(n, QDate(2024, 3, n));
            issue.templateId = QStringLiteral("mentougou"); // an installed template: it prints
            REQUIRE(repository.save(issue));
        }
    }
    QString file(const QString &name) const { return dir.filePath(name); }
    test::CliRun cli(const QStringList &args) const { return test::runCli(on(path, args)); }
    // The archive still opens and holds its three issues.
    void requireIntact() const {
        const test::CliRun list = cli({QStringLiteral("list")});
        INFO(list.err.toStdString());
        REQUIRE(list.exitCode == 0);
        CHECK(list.out.count(QLatin1Char('\n')) == 3);
    }
};

void requireRefused(const test::CliRun &run, int exitCode, const QString &clue) {
    INFO("stdout: " << run.out.toStdString() << "\nstderr: " << run.err.toStdString());
    CHECK(run.exitCode == exitCode);
    CHECK(run.err.startsWith(QStringLiteral("kuaibao-cli: ")));
    CHECK(run.err.contains(clue));
}

bool makeFifo(const QString &path) {
    return ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0;
}

// Runs the CLI with standard output sent to `file` (appended, so nothing is truncated first).
test::CliRun runWithStdout(const QStringList &args, const QString &file) {
    QProcess process;
    process.setStandardOutputFile(file, QIODevice::Append);
    process.start(QStringLiteral(KUAIBAO_CLI_PATH), args);
    process.waitForFinished(60000);
    return {process.exitCode(), {}, QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

TEST_CASE("cli outputs refuse the archive however it is spelled", "[safety]") {
    Archive a;
    REQUIRE(QDir(a.dir.path()).mkdir(QStringLiteral("sub")));
    REQUIRE(QFile::link(a.path, a.file(QStringLiteral("link.db"))));
    REQUIRE(::link(QFile::encodeName(a.path).constData(),
                   QFile::encodeName(a.file(QStringLiteral("hard.db"))).constData()) == 0);
    for (const QString &target :
         {a.path, a.file(QStringLiteral("link.db")), a.file(QStringLiteral("hard.db")),
          a.file(QStringLiteral("sub/../a.db")), a.path + QStringLiteral("-wal")}) {
        INFO(target.toStdString());
        requireRefused(
            a.cli({QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("-o"), target}), 2,
            QStringLiteral("archive"));
        requireRefused(
            a.cli({QStringLiteral("render"), QStringLiteral("1"), QStringLiteral("-o"), target}), 2,
            QStringLiteral("archive"));
    }
    requireRefused(a.cli({QStringLiteral("backup"), QStringLiteral("--overwrite"),
                          a.file(QStringLiteral("hard.db"))}),
                   2, QStringLiteral("archive"));
    const test::CliRun csv =
        runWithStdout(on(a.path, {QStringLiteral("stats"), QStringLiteral("--csv")}), a.path);
    requireRefused(csv, 2, QStringLiteral("standard output is the archive"));
    a.requireIntact();
}

TEST_CASE("cli writes pipes and devices in place and reports failed writes", "[safety]") {
    Archive a;
    const test::CliRun toNull = a.cli({QStringLiteral("render"), QStringLiteral("1"),
                                       QStringLiteral("-o"), QStringLiteral("/dev/null")});
    CHECK(toNull.exitCode == 0);
    struct stat null {};
    REQUIRE(::stat("/dev/null", &null) == 0);
    CHECK(S_ISCHR(null.st_mode));

    const QString fifo = a.file(QStringLiteral("out.fifo"));
    REQUIRE(makeFifo(fifo));
    QProcess reader;
    reader.start(QStringLiteral("cat"), {fifo});
    REQUIRE(reader.waitForStarted());
    const test::CliRun toFifo =
        a.cli({QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("-o"), fifo});
    REQUIRE(reader.waitForFinished(30000));
    CHECK(toFifo.exitCode == 0);
    CHECK(reader.readAllStandardOutput().contains("【"));
    struct stat fifoStat {};
    REQUIRE(::stat(QFile::encodeName(fifo).constData(), &fifoStat) == 0);
    CHECK(S_ISFIFO(fifoStat.st_mode));

    requireRefused(runWithStdout(on(a.path, {QStringLiteral("list")}), QStringLiteral("/dev/full")),
                   1, QStringLiteral("writing the output failed"));
    QProcess shell;
    shell.start(QStringLiteral("bash"),
                {QStringLiteral("-c"),
                 QStringLiteral("{ sleep 0.3; \"$0\" --db \"$1\" show 1; } | true; "
                                "exit ${PIPESTATUS[0]}"),
                 QStringLiteral(KUAIBAO_CLI_PATH), a.path});
    REQUIRE(shell.waitForFinished(30000));
    CHECK(shell.exitCode() == 1);
    CHECK(shell.readAllStandardError().contains("writing the output failed"));
}

TEST_CASE("cli inputs that would hang or never end are refused at once", "[safety]") {
    Archive a;
    const QString fifo = a.file(QStringLiteral("in.fifo"));
    REQUIRE(makeFifo(fifo));
    REQUIRE(QFile::link(a.file(QStringLiteral("loop2")), a.file(QStringLiteral("loop1"))));
    REQUIRE(QFile::link(a.file(QStringLiteral("loop1")), a.file(QStringLiteral("loop2"))));
    const QString loop = a.file(QStringLiteral("loop1"));

    requireRefused(test::runCli(on(fifo, {QStringLiteral("list")})), 2, QStringLiteral("pipe"));
    requireRefused(test::runCli(on(loop, {QStringLiteral("list")})), 2, QStringLiteral("loop"));
    const test::CliRun importFifo = a.cli({QStringLiteral("import"), fifo});
    CHECK(importFifo.exitCode == 2);
    CHECK(importFifo.err.contains(QStringLiteral("pipe")));
    const test::CliRun importLoop = a.cli({QStringLiteral("import"), loop});
    CHECK(importLoop.exitCode == 2);
    CHECK(importLoop.err.contains(QStringLiteral("loop")));
    for (const QString &passwordFile : {fifo, QStringLiteral("/dev/zero")}) {
        INFO(passwordFile.toStdString());
        const test::CliRun sign =
            a.cli({QStringLiteral("sign"), QStringLiteral("1"), QStringLiteral("--role"),
                   QStringLiteral("审核"), QStringLiteral("--person"), QStringLiteral("张东辉"),
                   QStringLiteral("--password-file"), passwordFile});
        requireRefused(sign, 2, QStringLiteral("password file"));
    }
}

TEST_CASE("cli render is not hung by a FIFO named like a font in the fonts folder", "[safety]") {
    Archive a;
    const QString data = a.file(QStringLiteral("data"));
    REQUIRE(QDir().mkpath(data + QStringLiteral("/kuaibao/fonts")));
    REQUIRE(makeFifo(data + QStringLiteral("/kuaibao/fonts/x.ttf")));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), data);
    const test::CliRun run =
        test::runCli(on(a.path, {QStringLiteral("render"), QStringLiteral("1"),
                                 QStringLiteral("-o"), a.file(QStringLiteral("1.pdf"))}),
                     {}, env);
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(QFileInfo(a.file(QStringLiteral("1.pdf"))).size() > 1000);
}

TEST_CASE("cli delete keeps issues with a sign-off history and deletes plain drafts", "[safety]") {
    Archive a;
    REQUIRE(test::tamper(
        a.path, {QStringLiteral("INSERT INTO signoff_log (issue_id, at, action, person_name, role) "
                                "SELECT id, '2024-03-02T08:00:00Z', 'returned', '张东辉', '审核' "
                                "FROM issues WHERE number = 2")}));
    const test::CliRun refused = a.cli({QStringLiteral("delete"), QStringLiteral("2")});
    requireRefused(refused, 2, QStringLiteral("sign-off history"));
    CHECK(a.cli({QStringLiteral("show"), QStringLiteral("2")}).exitCode == 0);
    const test::CliRun deleted = a.cli({QStringLiteral("delete"), QStringLiteral("3")});
    CHECK(deleted.exitCode == 0);
    CHECK(a.cli({QStringLiteral("show"), QStringLiteral("3")}).exitCode == 2);
}

TEST_CASE("cli on a damaged archive: writes refused with what to do, reads go on", "[safety]") {
    Archive a;
    REQUIRE(test::garbleSearchIndexPage(a.path));
    requireRefused(a.cli({QStringLiteral("new")}), 1, QStringLiteral("restore"));
    CHECK(a.cli({QStringLiteral("list")}).exitCode == 0);
    CHECK(a.cli({QStringLiteral("show"), QStringLiteral("1")}).exitCode == 0);
    CHECK(a.cli({QStringLiteral("export"), QStringLiteral("1")}).exitCode == 0);
}

TEST_CASE("cli on a read-only archive: reading works, writing is refused", "[safety]") {
    Archive a;
    QStringList prefix;
    if (::geteuid() == 0) { // root writes anything: run as nobody instead
        const QString runuser = QStandardPaths::findExecutable(QStringLiteral("runuser"));
        if (runuser.isEmpty()) {
            KUAIBAO_SKIP("runuser is not installed, and root ignores read-only files");
        }
        prefix = {runuser, QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--")};
        REQUIRE(::chmod(QFile::encodeName(a.dir.path()).constData(), 0755) == 0);
    }
    REQUIRE(::chmod(QFile::encodeName(a.path).constData(), 0444) == 0);
    auto run = [&](const QStringList &args) {
        QProcess process;
        const QStringList all =
            prefix + QStringList{QStringLiteral(KUAIBAO_CLI_PATH)} + on(a.path, args);
        process.start(all.first(), all.mid(1));
        process.waitForFinished(60000);
        return test::CliRun{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                            QString::fromUtf8(process.readAllStandardError())};
    };
    const test::CliRun list = run({QStringLiteral("list")});
    INFO(list.err.toStdString());
    CHECK(list.exitCode == 0);
    CHECK(list.out.count(QLatin1Char('\n')) == 3);
    CHECK(run({QStringLiteral("search"), QStringLiteral("的")}).exitCode == 0);
    CHECK(run({QStringLiteral("render"), QStringLiteral("1"), QStringLiteral("-o"),
               QStringLiteral("/dev/null")})
              .exitCode == 0);
    requireRefused(run({QStringLiteral("new")}), 2, QStringLiteral("read-only"));
}

TEST_CASE("cli restore puts a backup in place, never while the archive is open", "[safety]") {
    Archive a;
    const QString backup = a.file(QStringLiteral("backup.db"));
    REQUIRE(a.cli({QStringLiteral("backup"), backup}).exitCode == 0);
    {
        auto open = Database::open(a.path); // this process has it open
        REQUIRE(open);
        requireRefused(a.cli({QStringLiteral("restore"), backup}), 2, QStringLiteral("open"));
    }
    // A writer killed mid-way leaves its -wal and -shm beside the archive.
    QProcess writer;
    writer.start(QStringLiteral(KUAIBAO_CLI_PATH),
                 on(a.path, {QStringLiteral("dev"), QStringLiteral("save-loop"),
                             QStringLiteral("--numbers"), QStringLiteral("7,8"),
                             QStringLiteral("--duration-ms"), QStringLiteral("30000")}));
    REQUIRE(writer.waitForStarted());
    QByteArray saves;
    while (saves.count('\n') < 4 && writer.state() == QProcess::Running) {
        writer.waitForReadyRead(10000);
        saves += writer.readAllStandardOutput();
    }
    writer.kill();
    REQUIRE(writer.waitForFinished());
    REQUIRE(QFile::exists(a.path + QStringLiteral("-wal")));

    const test::CliRun restored = a.cli({QStringLiteral("restore"), backup});
    INFO(restored.err.toStdString());
    REQUIRE(restored.exitCode == 0);
    CHECK(restored.out.contains(QStringLiteral("3 issue(s)")));
    CHECK(a.cli({QStringLiteral("check")}).exitCode == 0);
    a.requireIntact();
    // The old archive was set aside with its WAL and still holds the killed writer's saves.
    const QStringList aside =
        QDir(a.dir.path()).entryList({QStringLiteral("a.db.before-restore-*")});
    REQUIRE_FALSE(aside.isEmpty());
    const QString old = a.file(aside.filter(QRegularExpression(QStringLiteral("\\d$"))).first());
    const test::CliRun oldList = test::runCli(on(old, {QStringLiteral("list")}));
    CHECK(oldList.exitCode == 0);
    CHECK(oldList.out.count(QLatin1Char('\n')) == 5);

    requireRefused(a.cli({QStringLiteral("restore"), a.path}), 2, QStringLiteral("not a backup"));
    requireRefused(a.cli({QStringLiteral("restore"), a.file(QStringLiteral("missing.db"))}), 2,
                   QStringLiteral("does not exist"));
}
