// The features built apart reach the user from the main window: import, sign-off, search.
#include "appfixture.h"

#include "app/archive/archivesearchpanel.h"
#include "app/archivefeatures.h"
#include "app/editingsession.h"
#include "app/editor/issueeditor.h"
#include "app/editor/richtextedit.h"
#include "app/issuelistpanel.h"
#include "app/mainwindow.h"
#include "app/preview/printedpagesview.h"
#include "app/signoff/signoffdialog.h"
#include "app/signoff/signoffscreen.h"
#include "app/signofffeatures.h"
#include "core/document/issuedocument.h"
#include "core/templatelibrary.h"
#include "io/textexporter.h"
#include "storage/database.h"
#include "storage/issuerepository.h"
#include "storage/signoff/peoplestore.h"
#include "storage/signoff/signoffservice.h"
#include "storage/sqlutil.h"
#include "support/fixtures.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace kuaibao;
using namespace kuaibao::test;

namespace {

template <typename T> T *namedChild(QObject &parent, const char *name) {
    T *found = parent.findChild<T *>(QString::fromUtf8(name));
    REQUIRE(found);
    return found;
}

void writeFile(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

// Issue 674 signed by all three: 已签发.
void publish(Database &db, int number) {
    PeopleStore people(db);
    REQUIRE(people.add(QStringLiteral("李编"), {QStringLiteral("编校")}, "pw-li-11"));
    REQUIRE(people.add(QStringLiteral("王审"), {QStringLiteral("审核")}, "pw-wang-2",
                       Credentials{QStringLiteral("李编"), "pw-li-11"}));
    REQUIRE(people.add(QStringLiteral("赵签"), {QStringLiteral("核签")}, "pw-zhao-3",
                       Credentials{QStringLiteral("李编"), "pw-li-11"}));
    SignoffService service(db);
    const IssueRef ref{number, Series::Regular};
    REQUIRE(service.sign(ref, QStringLiteral("编校"), QStringLiteral("李编"), "pw-li-11"));
    REQUIRE(service.sign(ref, QStringLiteral("审核"), QStringLiteral("王审"), "pw-wang-2"));
    const Result<Issue> done =
        service.sign(ref, QStringLiteral("核签"), QStringLiteral("赵签"), "pw-zhao-3");
    REQUIRE(done);
    REQUIRE(done->status == IssueStatus::Published);
}

} // namespace

TEST_CASE("File ▸ Import text files brings the issues in and names the file that failed",
          "[app][wiring]") {
    AppFixture fixture;
    MainWindow window(*fixture.database, fixture.settingsPath());
    window.show();
    REQUIRE(window.currentDocument() == nullptr);
    // The empty archive offers both ways in.
    CHECK(window.findChild<QWidget *>(QStringLiteral("greetingNewButton")));
    CHECK(window.findChild<QWidget *>(QStringLiteral("importTextActionButton")));

    Issue ours = fullFixtureIssue(31, QDate(2025, 3, 4));
    const QString good = fixture.dir.filePath(QStringLiteral("第31期.txt"));
    writeFile(good, exportIssueText(ours).toUtf8());
    const QString bad = fixture.dir.filePath(QStringLiteral("notes.txt"));
    writeFile(bad, QByteArray("shopping list\nmilk\n"));

    namedChild<QAction>(window, "importTextAction")->trigger();
    auto *dialog = namedChild<QFileDialog>(window, "importFileDialog");
    CHECK(dialog->fileMode() == QFileDialog::ExistingFiles);
    emit dialog->filesSelected({good, bad});

    const Result<Issue> stored = IssueRepository(*fixture.database).load(31);
    REQUIRE(stored);
    CHECK(stored->sections == ours.sections);
    REQUIRE(window.currentDocument());
    CHECK(window.currentDocument()->issue().masthead.number == 31);
    auto *summary = namedChild<QMessageBox>(window, "importSummary");
    CHECK(summary->text().contains(QStringLiteral("1 file(s) imported")));
    CHECK(summary->text().contains(QStringLiteral("notes.txt")));
    dialog->close();
    summary->close();
}

TEST_CASE("a published issue opens read-only and is never saved", "[app][wiring]") {
    AppFixture fixture;
    REQUIRE(IssueRepository(*fixture.database).save(fullFixtureIssue(674)));
    publish(*fixture.database, 674);
    MainWindow window(*fixture.database, fixture.settingsPath());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.currentDocument());
    CHECK(window.session()->isReadOnly());
    CHECK(window.windowTitle().contains(QStringLiteral("read-only")));
    CHECK(namedChild<QLabel>(window, "saveState")->text().contains(QStringLiteral("read-only")));

    RichTextEdit *body = window.editor()->findChild<RichTextEdit *>();
    REQUIRE(body);
    CHECK(body->isReadOnly());
    const QString before = body->toPlainText();
    body->setFocus();
    typeText(body, QStringLiteral("改"));
    QTest::keyClick(body, Qt::Key_Return, Qt::ShiftModifier);
    body->toggleBold();
    CHECK(body->toPlainText() == before);
    for (QLineEdit *line : window.editor()->findChildren<QLineEdit *>()) {
        CHECK(line->isReadOnly());
    }
    QTest::qWait(100);
    CHECK_FALSE(window.currentDocument()->isModified());
    CHECK(window.session()->save().ok());
    CHECK(IssueRepository(*fixture.database).load(674)->revision ==
          window.currentDocument()->issue().revision);
}

TEST_CASE("a search hit opens its issue with the found text selected", "[app][wiring]") {
    AppFixture fixture;
    Issue older = fullFixtureIssue(40, QDate(2025, 1, 6));
    older.sections[0].articles[0].paragraphs
        << Paragraph{RichText(QStringLiteral("区里组织了一次桥梁安全巡查。"))};
    IssueRepository repository(*fixture.database);
    REQUIRE(repository.save(older));
    REQUIRE(repository.save(fullFixtureIssue(41, QDate(2025, 1, 13))));
    MainWindow window(*fixture.database, fixture.settingsPath());
    window.show();
    REQUIRE(window.currentDocument()->issue().masthead.number == 41); // the newest

    namedChild<QAction>(window, "archiveSearchAction")->trigger();
    CHECK(namedChild<QDockWidget>(window, "archiveSearchDock")->isVisible());
    ArchiveSearchPanel *panel = window.archiveFeatures()->searchPanel();
    panel->setQuery(QStringLiteral("桥梁安全"));
    panel->runSearch();
    REQUIRE(panel->hits().size() == 1);
    QTreeWidgetItem *hit = panel->resultList()->topLevelItem(0);
    REQUIRE(hit);
    emit panel->resultList()->itemActivated(hit, 0);

    REQUIRE(window.currentDocument()->issue().masthead.number == 40);
    CHECK(window.issueList()->currentIssueId() == window.currentDocument()->issue().storageId);
    bool selected = false;
    for (RichTextEdit *edit : window.editor()->findChildren<RichTextEdit *>()) {
        selected = selected || edit->textCursor().selectedText() == QStringLiteral("桥梁安全");
    }
    CHECK(selected);
}

TEST_CASE("the sign-off menu opens the sign-off screen with the printed pages", "[app][wiring]") {
    AppFixture fixture;
    Issue issue = fullFixtureIssue(675);
    issue.templateId = TemplateLibrary::defaultTemplateId(); // a template the printer finds
    REQUIRE(IssueRepository(*fixture.database).save(issue));
    REQUIRE(PeopleStore(*fixture.database)
                .add(QStringLiteral("李编"), {QStringLiteral("编校")}, "pw-li-11"));
    MainWindow window(*fixture.database, fixture.settingsPath());
    window.show();

    namedChild<QAction>(window, "signoffAction")->trigger();
    auto *dialog = window.findChild<SignoffDialog *>();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    REQUIRE(dialog->screen()->selectPerson(QStringLiteral("李编")));
    auto *queue = namedChild<QListWidget>(*dialog, "signoffQueue");
    REQUIRE(queue->count() == 1);
    queue->setCurrentRow(0);
    REQUIRE(waitUntil([&] { return dialog->findChild<PrintedPagesView *>() != nullptr; }, 3000));
    CHECK(dialog->findChild<PrintedPagesView *>()->pageCount() >= 1);

    // Signing there moves the open issue on, and the window shows the stored status.
    namedChild<QLineEdit>(*dialog, "signoffPassword")->setText(QStringLiteral("pw-li-11"));
    QMetaObject::invokeMethod(namedChild<QPushButton>(*dialog, "signoffApprove"), "click");
    REQUIRE(waitUntil(
        [&] {
            return window.currentDocument() &&
                   window.currentDocument()->issue().status != IssueStatus::Draft;
        },
        3000));
    dialog->close();
}

TEST_CASE("after a save the window takes the status the archive stored", "[app][wiring]") {
    AppFixture fixture;
    REQUIRE(IssueRepository(*fixture.database).save(fullFixtureIssue(676)));
    REQUIRE(PeopleStore(*fixture.database)
                .add(QStringLiteral("李编"), {QStringLiteral("编校")}, "pw-li-11"));
    REQUIRE(SignoffService(*fixture.database)
                .sign({676, Series::Regular}, QStringLiteral("编校"), QStringLiteral("李编"),
                      "pw-li-11"));
    MainWindow window(*fixture.database, fixture.settingsPath());
    window.show();
    REQUIRE(window.currentDocument());
    const IssueStatus signedOnce = window.currentDocument()->issue().status;
    REQUIRE(signedOnce != IssueStatus::Draft);

    RichTextEdit *body = window.editor()->findChild<RichTextEdit *>();
    REQUIRE(body);
    body->setFocus();
    typeText(body, QStringLiteral("补"));
    // The edit voids the signature: the stored issue is a draft again, and so is the window's.
    REQUIRE(waitUntil(
        [&] {
            return window.currentDocument() &&
                   window.currentDocument()->issue().status == IssueStatus::Draft;
        },
        5000));
    CHECK(IssueRepository(*fixture.database).load(676)->status == IssueStatus::Draft);
    CHECK_FALSE(window.currentDocument()->isModified());
}

TEST_CASE("signed issues changed outside the program are marked in the archive list",
          "[app][wiring]") {
    AppFixture fixture;
    REQUIRE(IssueRepository(*fixture.database).save(fullFixtureIssue(674)));
    REQUIRE(IssueRepository(*fixture.database).save(fullFixtureIssue(675)));
    publish(*fixture.database, 674);
    // What someone with the sqlite3 shell can do: drop the triggers, delete a signature.
    Result<QSqlQuery> triggers =
        runSql(fixture.database->connection(),
               QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger'"));
    REQUIRE(triggers);
    QStringList names;
    while (triggers->next()) {
        names << triggers->value(0).toString();
    }
    for (const QString &name : names) {
        REQUIRE(
            execSql(fixture.database->connection(), QStringLiteral("DROP TRIGGER %1").arg(name)));
    }
    REQUIRE(execSql(fixture.database->connection(),
                    QStringLiteral("DELETE FROM signatures WHERE role = '核签'")));

    MainWindow window(*fixture.database, fixture.settingsPath());
    window.show();
    bool warned = false;
    QTimer closer; // the warning is modal: read it and close it
    QObject::connect(&closer, &QTimer::timeout, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            warned = box->text().contains(QStringLiteral("no longer match"));
            box->close();
        }
    });
    closer.start(50);
    REQUIRE(waitUntil([&] { return warned; }, 5000));
    const qint64 tampered = IssueRepository(*fixture.database).load(674)->storageId;
    const qint64 intact = IssueRepository(*fixture.database).load(675)->storageId;
    REQUIRE(waitUntil([&] { return window.issueList()->isMarkedTampered(tampered); }, 2000));
    CHECK_FALSE(window.issueList()->isMarkedTampered(intact));
}

TEST_CASE("open sign-off screens read their queues again after others' changes, but not just "
          "after a change of their own",
          "[app][wiring]") {
    AppFixture fixture;
    IssueRepository repository(*fixture.database);
    REQUIRE(repository.save(fullFixtureIssue(674)));
    REQUIRE(repository.save(fullFixtureIssue(675)));
    REQUIRE(PeopleStore(*fixture.database)
                .add(QStringLiteral("李编"), {QStringLiteral("编校")}, "pw-li-11"));
    MainWindow window(*fixture.database, fixture.settingsPath());
    window.show();
    SignoffDialog *dialog = window.signoffFeatures()->openSignoff();
    REQUIRE(dialog->screen()->selectPerson(QStringLiteral("李编")));
    auto *queue = namedChild<QListWidget>(*dialog, "signoffQueue");
    REQUIRE(queue->count() == 2);

    // Another program signs 675: the screen's queue follows.
    REQUIRE(SignoffService(*fixture.database)
                .sign(IssueRef{675, Series::Regular}, QStringLiteral("编校"),
                      QStringLiteral("李编"), "pw-li-11"));
    window.signoffFeatures()->reloadScreens();
    REQUIRE(queue->count() == 1);

    // The screen signs 674 itself; a change by others right after leaves its queue as it is.
    namedChild<QLineEdit>(*dialog, "signoffPassword")->setText(QStringLiteral("pw-li-11"));
    QMetaObject::invokeMethod(namedChild<QPushButton>(*dialog, "signoffApprove"), "click");
    REQUIRE(queue->count() == 0);
    REQUIRE(repository.save(fullFixtureIssue(676)));
    window.signoffFeatures()->reloadScreens();
    CHECK(queue->count() == 0);
    dialog->close();
}
