// The window and the command line on one archive at once: the window autosaves, the CLI reads
// the archive, the window saves again, and a SIGKILL then loses nothing the window reported
// saved. (A probe that closed a descriptor of the archive once dropped the window's locks, and
// the next program to close the archive deleted the WAL the window went on writing into.)
#include "appfixture.h"

#include "app/editor/articleview.h"
#include "app/editor/issueeditor.h"
#include "app/editor/richtextedit.h"
#include "app/editor/sectionview.h"
#include "app/mainwindow.h"
#include "core/document/issuedocument.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QProcess>
#include <QPushButton>
#include <QTest>

#include <cstdio>
#include <poll.h>
#include <unistd.h>

using namespace kuaibao;
using namespace kuaibao::test;

namespace {
const QString kFirst = QStringLiteral("窗口第一次自动保存的文字。");
const QString kSecond = QStringLiteral("命令行读过档案之后又保存的文字。");
const char kDbVariable[] = "KUAIBAO_TEST_COMPANY_DB";
const char kSettingsVariable[] = "KUAIBAO_TEST_COMPANY_SETTINGS";

bool standardInputHasLine() {
    pollfd in{STDIN_FILENO, POLLIN, 0};
    return ::poll(&in, 1, 0) > 0;
}

void report(const char *line) {
    std::fputs(line, stdout);
    std::fflush(stdout);
}

// Reads the child's output until it has printed `marker`.
bool waitForMarker(QProcess &child, QByteArray &seen, const QByteArray &marker) {
    return waitUntil(
               [&] {
                   seen += child.readAllStandardOutput();
                   return seen.contains(marker) || child.state() == QProcess::NotRunning;
               },
               30000) &&
           seen.contains(marker);
}
} // namespace

TEST_CASE("company child saves and waits for the CLI and saves again", "[.child]") {
    const QString dbPath = qEnvironmentVariable(kDbVariable);
    if (dbPath.isEmpty()) {
        WARN("run only as the child of the company test");
        return;
    }
    auto database = Database::open(dbPath);
    REQUIRE(database.ok());
    MainWindow window(**database, qEnvironmentVariable(kSettingsVariable));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    RichTextEdit *body = startFirstArticle(window);
    typeText(body, kFirst);
    REQUIRE(waitUntil([&] { return !window.currentDocument()->isModified(); }, 10000));
    report("SAVED1\n");
    REQUIRE(waitUntil(standardInputHasLine, 30000));
    typeText(body, kSecond);
    REQUIRE(waitUntil([&] { return !window.currentDocument()->isModified(); }, 10000));
    report("SAVED2\n");
    for (;;) { // alive, with the archive open, until killed
        QTest::qWait(20);
    }
}

TEST_CASE("window and CLI on one archive: a kill after saves loses nothing reported saved",
          "[app][recovery][company]") {
    AppFixture fixture;
    const Issue created = fixture.createIssue();
    fixture.database.reset(); // only the window and the CLI have the archive open
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(kDbVariable), fixture.databasePath());
    env.insert(QString::fromLatin1(kSettingsVariable), fixture.settingsPath());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("company child saves and waits for the CLI and saves again")});
    REQUIRE(child.waitForStarted(5000));
    QByteArray seen;
    REQUIRE(waitForMarker(child, seen, "SAVED1"));

    const CliRun list =
        runCli({QStringLiteral("--db"), fixture.databasePath(), QStringLiteral("list")});
    REQUIRE(list.exitCode == 0);
    child.write("GO\n");
    REQUIRE(waitForMarker(child, seen, "SAVED2"));
    CHECK(deletedArchiveFilesHeldOpen(fixture.databasePath(), child.processId()).isEmpty());
    child.kill(); // SIGKILL: no close event, no last save, no checkpoint
    REQUIRE(child.waitForFinished(5000));

    auto reopened = Database::open(fixture.databasePath());
    REQUIRE(reopened);
    Result<Issue> stored = IssueRepository(**reopened).loadById(created.storageId);
    REQUIRE(stored);
    REQUIRE_FALSE(stored->sections.at(0).articles.isEmpty());
    const QString text = stored->sections.at(0).articles.at(0).paragraphs.first().text.plainText();
    CHECK(text.contains(kFirst));
    CHECK(text.contains(kSecond));
}
