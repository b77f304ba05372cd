// Killing the program after an autosave loses nothing that was saved: a child process (this
// test binary, running the hidden test below) types into the real window, reports the
// autosave, keeps typing, and is killed; the archive and the next start have the text.
#include "appfixture.h"

#include "app/editor/articleview.h"
#include "app/editor/issueeditor.h"
#include "app/editor/richtextedit.h"
#include "app/editor/sectionview.h"
#include "app/mainwindow.h"
#include "core/document/issuedocument.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QProcess>
#include <QPushButton>
#include <QTest>

#include <cstdio>

using namespace kuaibao;
using namespace kuaibao::test;

namespace {
const QString kSaved = QStringLiteral("自动保存之前写下的这一段。");
const char kDbVariable[] = "KUAIBAO_TEST_CHILD_DB";
const char kSettingsVariable[] = "KUAIBAO_TEST_CHILD_SETTINGS";
} // namespace

TEST_CASE("autosave child types and reports the autosave and keeps typing", "[.child]") {
    const QString dbPath = qEnvironmentVariable(kDbVariable);
    if (dbPath.isEmpty()) {
        WARN("run only as the child of the kill test");
        return;
    }
    auto database = Database::open(dbPath);
    REQUIRE(database.ok());
    MainWindow window(**database, qEnvironmentVariable(kSettingsVariable));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    RichTextEdit *body = startFirstArticle(window);
    typeText(body, kSaved);
    REQUIRE(waitUntil([&] { return !window.currentDocument()->isModified(); }, 5000));
    std::fputs("AUTOSAVED\n", stdout);
    std::fflush(stdout);
    for (;;) { // typing on until killed; none of this has been saved yet
        typeText(body, QStringLiteral("未存"));
        QTest::qWait(5);
    }
}

TEST_CASE("killing the program after an autosave loses nothing saved", "[app][recovery]") {
    AppFixture fixture;
    const Issue created = fixture.createIssue();
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(kDbVariable), fixture.databasePath());
    env.insert(QString::fromLatin1(kSettingsVariable), fixture.settingsPath());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("autosave child types and reports the autosave and keeps typing")});
    REQUIRE(child.waitForStarted(5000));
    REQUIRE(waitUntil(
        [&] {
            return child.readAllStandardOutput().contains("AUTOSAVED") ||
                   child.state() == QProcess::NotRunning;
        },
        20000));
    REQUIRE(child.state() == QProcess::Running);
    QTest::qWait(300); // it is typing, unsaved, when it dies
    child.kill();      // SIGKILL: no close event, no save
    REQUIRE(child.waitForFinished(5000));

    Result<Issue> stored = IssueRepository(*fixture.database).loadById(created.storageId);
    REQUIRE(stored.ok());
    REQUIRE(stored->sections.at(0).articles.size() == 1);
    CHECK(stored->sections.at(0).articles.at(0).paragraphs.first().text.plainText().startsWith(
        kSaved));

    // The next start opens that issue again, with the text.
    MainWindow window(*fixture.database, fixture.settingsPath());
    REQUIRE(window.currentDocument());
    CHECK(window.currentDocument()->issue().storageId == created.storageId);
    CHECK(
        window.editor()->sections().at(0)->articles().at(0)->body()->text().plainText().startsWith(
            kSaved));
}
