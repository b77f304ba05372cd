// Other programs' changes show in the open window within a second or two: another process's
// sign-off in the archive list and the open issue's state, another process's saves in an issue
// shown read-only, and never over edits not yet saved here.
#include "appfixture.h"

#include "app/editingsession.h"
#include "app/editor/richtextedit.h"
#include "app/issuelistpanel.h"
#include "app/mainwindow.h"
#include "app/signoff/signoffdialog.h"
#include "app/signoff/signoffscreen.h"
#include "app/signofffeatures.h"
#include "core/document/issuedocument.h"
#include "support/fixtures.h"
#include "support/office.h"

#include <catch2/catch.hpp>

#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QTreeWidget>

using namespace kuaibao;
using namespace kuaibao::test;

namespace {

// The status column of the archive list's row for issue `number` (empty when not listed).
QString listedStatus(MainWindow &window, int number) {
    QTreeWidget *tree = window.issueList()->tree();
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        tree->topLevelItem(i)->setExpanded(true); // as a click on the year does
    }
    const QList<QTreeWidgetItem *> rows = tree->findItems(QStringLiteral("No. %1").arg(number),
                                                          Qt::MatchExactly | Qt::MatchRecursive, 0);
    return rows.isEmpty() ? QString() : rows.first()->text(2);
}

CliRun saveLoop(const QString &archive, int number, int count) {
    return runCli({QStringLiteral("--db"), archive, QStringLiteral("dev"),
                   QStringLiteral("save-loop"), QStringLiteral("--numbers"),
                   QString::number(number), QStringLiteral("--writer"), QStringLiteral("other"),
                   QStringLiteral("--count"), QString::number(count)});
}

} // namespace

TEST_CASE("another program's sign-off shows in the window's list and the open issue's state",
          "[app][live]") {
    AppFixture fixture;
    Office office;
    office.addPeople(fixture.databasePath());
    REQUIRE(IssueRepository(*fixture.database).save(fullFixtureIssue(674)));
    MainWindow window(*fixture.database, fixture.settingsPath());
    showAndActivate(window);
    REQUIRE(window.currentDocument());
    const IssueStatus before = window.currentDocument()->issue().status;
    CHECK(listedStatus(window, 674) == statusDisplayName(before));

    const CliRun signedRun = office.sign(fixture.databasePath(), 674, "编校");
    INFO(signedRun.err.toStdString());
    REQUIRE(signedRun.exitCode == 0);
    const IssueStatus after = IssueRepository(*fixture.database).load(674).value().status;
    REQUIRE(after != before);
    CHECK(waitUntil([&] { return listedStatus(window, 674) == statusDisplayName(after); }, 2000));
    CHECK(waitUntil([&] { return window.currentDocument()->issue().status == after; }, 2000));
    CHECK_FALSE(window.session()->isReadOnly());
}

TEST_CASE("another program's sign-off puts the issue in the next signer's 待我处理 queue",
          "[app][live]") {
    AppFixture fixture;
    Office office;
    office.addPeople(fixture.databasePath());
    REQUIRE(IssueRepository(*fixture.database).save(fullFixtureIssue(674)));
    MainWindow window(*fixture.database, fixture.settingsPath());
    showAndActivate(window);
    SignoffDialog *dialog = window.signoffFeatures()->openSignoff();
    REQUIRE(dialog->screen()->selectPerson(QStringLiteral("王审")));
    auto *queue = dialog->findChild<QListWidget *>(QStringLiteral("signoffQueue"));
    REQUIRE(queue);
    const int before = queue->count();

    const CliRun signedRun = office.sign(fixture.databasePath(), 674, "编校");
    INFO(signedRun.err.toStdString());
    REQUIRE(signedRun.exitCode == 0);
    CHECK(waitUntil([&] { return queue->count() == before + 1; }, 2000));
    CHECK(queue->count() > 0);
    dialog->close();
}

TEST_CASE("a new issue saved by another program appears in the list, without opening it",
          "[app][live]") {
    AppFixture fixture;
    REQUIRE(IssueRepository(*fixture.database).save(fullFixtureIssue(674)));
    MainWindow window(*fixture.database, fixture.settingsPath());
    showAndActivate(window);
    REQUIRE(window.currentDocument());
    const CliRun created = saveLoop(fixture.databasePath(), 900, 1);
    INFO(created.err.toStdString());
    REQUIRE(created.exitCode == 0);
    CHECK(waitUntil([&] { return !listedStatus(window, 900).isEmpty(); }, 2000));
    CHECK(window.currentDocument()->issue().masthead.number == 674);
}

TEST_CASE("an issue shown read-only follows another program's saves", "[app][live]") {
    AppFixture fixture;
    const CliRun created = saveLoop(fixture.databasePath(), 900, 1);
    REQUIRE(created.exitCode == 0);
    QProcess holder;
    holder.start(QStringLiteral(KUAIBAO_CLI_PATH),
                 {QStringLiteral("--db"), fixture.databasePath(), QStringLiteral("dev"),
                  QStringLiteral("hold-lease"), QStringLiteral("900")});
    REQUIRE(holder.waitForStarted(30000));
    REQUIRE(holder.waitForReadyRead(30000));
    REQUIRE(holder.readLine().contains("holding"));

    MainWindow window(*fixture.database, fixture.settingsPath());
    showAndActivate(window);
    REQUIRE(window.currentDocument());
    REQUIRE(window.currentDocument()->issue().masthead.number == 900);
    REQUIRE(window.session()->isReadOnly());
    const int shownRevision = window.currentDocument()->issue().revision;

    REQUIRE(saveLoop(fixture.databasePath(), 900, 3).exitCode == 0);
    const Issue stored = IssueRepository(*fixture.database).load(900).value();
    REQUIRE(stored.revision == shownRevision + 3);
    CHECK(waitUntil([&] { return window.currentDocument()->issue().revision == stored.revision; },
                    2000));
    CHECK(window.currentDocument()->issue().sameContent(stored));
    CHECK(window.session()->isReadOnly()); // still someone else's
    holder.kill();
    holder.waitForFinished(10000);
}

TEST_CASE("another program's save never replaces edits not yet saved in the window",
          "[app][live]") {
    AppFixture fixture;
    fixture.createIssue();
    MainWindow window(*fixture.database, fixture.settingsPath());
    showAndActivate(window);
    REQUIRE(window.currentDocument());
    RichTextEdit *body = startFirstArticle(window);
    typeText(body, QStringLiteral("本窗口未保存的字"));
    REQUIRE(window.currentDocument()->isModified());

    // Another connection (another program) stores a newer revision meanwhile.
    auto other = Database::open(fixture.databasePath());
    REQUIRE(other);
    Issue theirs =
        IssueRepository(**other).loadById(window.currentDocument()->issue().storageId).value();
    theirs.masthead.office = QStringLiteral("另一台电脑改过");
    REQUIRE(IssueRepository(**other).save(theirs));

    // The window notices (and its own save is refused as stale), but keeps what was typed.
    auto *saveState = window.findChild<QLabel *>(QStringLiteral("saveState"));
    CHECK(waitUntil([&] { return saveState->property("failed").toBool(); }, 4000));
    CHECK(body->toPlainText().contains(QStringLiteral("本窗口未保存的字")));
    CHECK(window.currentDocument()->isModified());
    CHECK(window.currentDocument()->issue().masthead.office != QStringLiteral("另一台电脑改过"));
}
