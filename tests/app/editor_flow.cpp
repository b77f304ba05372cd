// The whole day in the window: type a report, bold a run, undo and redo it, add and reorder
// 简讯 items, let autosave store it, close, reopen, and find everything as it was.
#include "appfixture.h"

#include "app/editingsession.h"
#include "app/editor/articleview.h"
#include "app/editor/briefitemview.h"
#include "app/editor/categoryview.h"
#include "app/editor/issueeditor.h"
#include "app/editor/richtextedit.h"
#include "app/editor/sectionview.h"
#include "app/editor/unitlineedit.h"
#include "app/issuelistpanel.h"
#include "app/mainwindow.h"
#include "core/document/issuedocument.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTest>

using namespace kuaibao;
using namespace kuaibao::test;

namespace {
const QString kReport = QStringLiteral("区里召开创城推进会。会议要求压实责任。");
const QString kBoldReport = QStringLiteral("区里召开创城推进会。会议要求**压实责任**。");

QString bodyMarkup(const IssueDocument &document) {
    const QList<Paragraph> &paragraphs = document.issue().sections.at(0).articles.at(0).paragraphs;
    return paragraphs.isEmpty() ? QString() : paragraphs.first().text.toMarkup();
}

BriefItemView *itemView(MainWindow &window, int item) {
    return window.editor()->sections().at(2)->categories().at(0)->items().at(item);
}
} // namespace

TEST_CASE("type and bold and undo then reorder items and autosave and reopen", "[app][window]") {
    AppFixture fixture;
    const Issue created = fixture.createIssue();
    {
        MainWindow window(*fixture.database, fixture.settingsPath());
        showAndActivate(window);
        IssueDocument *document = window.currentDocument();
        REQUIRE(document);
        REQUIRE(document->issue().storageId == created.storageId);

        // A report under 【指挥调度】.
        SectionView *meeting = window.editor()->sections().at(0);
        QTest::mouseClick(meeting->findChild<QPushButton *>(QStringLiteral("addPartButton")),
                          Qt::LeftButton);
        REQUIRE(meeting->articles().size() == 1);
        RichTextEdit *body = meeting->articles().at(0)->body();
        body->setFocus();
        typeText(body, kReport);
        CHECK(bodyMarkup(*document) == kReport);

        // Select 压实责任 and make it bold with Ctrl+B.
        QTest::keyClick(body, Qt::Key_Left);
        for (int i = 0; i < 4; ++i) {
            QTest::keyClick(body, Qt::Key_Left, Qt::ShiftModifier);
        }
        QTest::keyClick(body, Qt::Key_B, Qt::ControlModifier);
        CHECK(bodyMarkup(*document) == kBoldReport);
        auto *undo = window.findChild<QAction *>(QStringLiteral("undoAction"));
        REQUIRE(undo);
        CHECK(undo->text() == QStringLiteral("&Undo bold"));

        // Ctrl+Z takes the bold away, in the model and on screen; Ctrl+Y brings it back.
        QTest::keyClick(body, Qt::Key_Z, Qt::ControlModifier);
        CHECK(bodyMarkup(*document) == kReport);
        CHECK(body->paragraphs() == QList<RichText>{RichText(kReport)});
        CHECK(undo->text() == QStringLiteral("&Undo typing"));
        QTest::keyClick(body, Qt::Key_Y, Qt::ControlModifier);
        CHECK(bodyMarkup(*document) == kBoldReport);
        CHECK(body->paragraphs().first().toMarkup() == kBoldReport);

        // Two 简讯 items under the first category, then the second moved up with Alt+↑.
        CategoryView *category = window.editor()->sections().at(2)->categories().at(0);
        auto *addItem = category->findChild<QPushButton *>(QStringLiteral("addItemButton"));
        QTest::mouseClick(addItem, Qt::LeftButton);
        typeText(itemView(window, 0)->unitsEdit(), QStringLiteral("城子街道"));
        typeText(itemView(window, 0)->textEdit(), QStringLiteral("开展垃圾分类宣传。"));
        QTest::mouseClick(addItem, Qt::LeftButton);
        typeText(itemView(window, 1)->unitsEdit(), QStringLiteral("龙泉镇"));
        typeText(itemView(window, 1)->textEdit(), QStringLiteral("组织志愿者清扫街巷。"));
        QTest::qWait(20); // new rows are shown by the event loop; shortcuts need them shown
        itemView(window, 1)->textEdit()->setFocus();
        QTest::keyClick(itemView(window, 1)->textEdit(), Qt::Key_Up, Qt::AltModifier);
        const QList<BriefItem> items = document->issue().sections.at(2).categories.at(0).items;
        REQUIRE(items.size() == 2);
        CHECK(items.at(0).units == QStringList{QStringLiteral("龙泉镇")});
        CHECK(items.at(0).text.plainText() == QStringLiteral("组织志愿者清扫街巷。"));
        CHECK(items.at(1).units == QStringList{QStringLiteral("城子街道")});
        CHECK(itemView(window, 0)->unitsEdit()->text() == QStringLiteral("龙泉镇"));

        // Autosave stores it all within two seconds, without Ctrl+S.
        CHECK(window.isWindowModified());
        REQUIRE(waitUntil([&] { return !document->isModified(); }, 2500));
        CHECK_FALSE(window.isWindowModified());
        IssueRepository repository(*fixture.database);
        Result<Issue> stored = repository.loadById(created.storageId);
        REQUIRE(stored.ok());
        CHECK(stored->sections.at(0).articles.at(0).paragraphs.first().text.toMarkup() ==
              kBoldReport);
        CHECK(stored->sections.at(2).categories.at(0).items == items);
        window.close();
    }
    // Reopened: the last issue comes back, text and bold intact.
    MainWindow window(*fixture.database, fixture.settingsPath());
    showAndActivate(window);
    IssueDocument *document = window.currentDocument();
    REQUIRE(document);
    CHECK(bodyMarkup(*document) == kBoldReport);
    CHECK(window.editor()
              ->sections()
              .at(0)
              ->articles()
              .at(0)
              ->body()
              ->paragraphs()
              .first()
              .toMarkup() == kBoldReport);
    CHECK(document->issue().sections.at(2).categories.at(0).items.at(0).units ==
          QStringList{QStringLiteral("龙泉镇")});
}

TEST_CASE("closing right after an edit saves it without asking", "[app][window]") {
    AppFixture fixture;
    const Issue created = fixture.createIssue();
    {
        MainWindow window(*fixture.database, fixture.settingsPath());
        showAndActivate(window);
        auto *office = window.editor()->findChild<QLineEdit *>(QStringLiteral("office"));
        REQUIRE(office);
        office->setFocus();
        office->selectAll();
        typeText(office, QStringLiteral("某某办公室"));
        CHECK(window.currentDocument()->isModified());
        CHECK(window.close()); // before autosave had its turn
    }
    Result<Issue> stored = IssueRepository(*fixture.database).loadById(created.storageId);
    REQUIRE(stored.ok());
    CHECK(stored->masthead.office == QStringLiteral("某某办公室"));
}

TEST_CASE("Ctrl+Z in a one-line field undoes through the issue", "[app][window]") {
    AppFixture fixture;
    fixture.createIssue();
    MainWindow window(*fixture.database, fixture.settingsPath());
    showAndActivate(window);
    SectionView *meeting = window.editor()->sections().at(0);
    QTest::mouseClick(meeting->findChild<QPushButton *>(QStringLiteral("addPartButton")),
                      Qt::LeftButton);
    auto *title = meeting->articles().at(0)->findChild<QLineEdit *>(QStringLiteral("articleTitle"));
    REQUIRE(title);
    title->setFocus();
    typeText(title, QStringLiteral("王明检查市容"));
    QTest::keyClick(title, Qt::Key_Z, Qt::ControlModifier);
    CHECK(window.currentDocument()->issue().sections.at(0).articles.at(0).title.isEmpty());
    CHECK(title->text().isEmpty());
    QTest::keyClick(title, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(title->text() == QStringLiteral("王明检查市容"));
}

TEST_CASE("unit names complete from the template and unknown ones are marked", "[app][window]") {
    AppFixture fixture;
    fixture.createIssue();
    MainWindow window(*fixture.database, fixture.settingsPath());
    showAndActivate(window);
    CategoryView *category = window.editor()->sections().at(2)->categories().at(0);
    QTest::mouseClick(category->findChild<QPushButton *>(QStringLiteral("addItemButton")),
                      Qt::LeftButton);
    UnitLineEdit *units = category->items().at(0)->unitsEdit();
    typeText(units, QStringLiteral("龙泉镇、火星办"));
    CHECK(units->unknownUnits() == QStringList{QStringLiteral("火星办")});
    CHECK(units->toolTip().contains(QStringLiteral("火星办")));
    CHECK(window.currentDocument()->issue().sections.at(2).categories.at(0).items.at(0).units ==
          QStringList({QStringLiteral("龙泉镇"), QStringLiteral("火星办")}));
    units->clear();
    typeText(units, QStringLiteral("龙泉镇"));
    CHECK(units->unknownUnits().isEmpty());
    CHECK(units->toolTip().isEmpty());
}

TEST_CASE("switching issues shows the other issue and edits go to it", "[app][window]") {
    AppFixture fixture;
    const Issue first = fixture.createIssue();
    const Issue second = fixture.createIssue();
    MainWindow window(*fixture.database, fixture.settingsPath());
    showAndActivate(window);
    REQUIRE(window.openIssue(first.storageId));
    auto *office = window.editor()->findChild<QLineEdit *>(QStringLiteral("office"));
    office->selectAll();
    typeText(office, QStringLiteral("第一期的办公室"));
    REQUIRE(window.openIssue(second.storageId)); // saves the first on the way
    office = window.editor()->findChild<QLineEdit *>(QStringLiteral("office"));
    CHECK(office->text() == second.masthead.office);
    CHECK(window.currentDocument()->issue().storageId == second.storageId);
    office->selectAll();
    typeText(office, QStringLiteral("第二期的办公室"));
    CHECK(window.currentDocument()->issue().masthead.office == QStringLiteral("第二期的办公室"));
    REQUIRE(window.session()->save().ok());
    IssueRepository repository(*fixture.database);
    CHECK(repository.loadById(first.storageId)->masthead.office ==
          QStringLiteral("第一期的办公室"));
    CHECK(repository.loadById(second.storageId)->masthead.office ==
          QStringLiteral("第二期的办公室"));
}

TEST_CASE("print and import actions join the File menu above Quit", "[app][window]") {
    AppFixture fixture;
    MainWindow window(*fixture.database, fixture.settingsPath());
    auto *exportPdf = new QAction(QStringLiteral("Export PDF"), &window);
    window.addFileActions({exportPdf}, true);
    const QList<QAction *> actions = window.fileMenu()->actions();
    const qsizetype at = actions.indexOf(exportPdf);
    REQUIRE(at >= 0);
    CHECK(actions.last()->shortcut() == QKeySequence(QKeySequence::Quit));
    CHECK(at < actions.size() - 1);
    CHECK_FALSE(exportPdf->isEnabled()); // the archive is empty: no issue is open
    fixture.createIssue();
    window.issueList()->setIssues(*IssueRepository(*fixture.database).list());
    REQUIRE(window.openIssue(IssueRepository(*fixture.database).list()->first().storageId));
    CHECK(exportPdf->isEnabled());
}

TEST_CASE("a refused autosave keeps the edits and says so", "[app][window]") {
    AppFixture fixture;
    const Issue created = fixture.createIssue();
    MainWindow window(*fixture.database, fixture.settingsPath());
    showAndActivate(window);
    // Someone else (the command line, another office PC) saves the issue meanwhile.
    IssueRepository repository(*fixture.database);
    Issue elsewhere = *repository.loadById(created.storageId);
    elsewhere.masthead.office = QStringLiteral("别处改过");
    REQUIRE(repository.save(elsewhere).ok());

    auto *office = window.editor()->findChild<QLineEdit *>(QStringLiteral("office"));
    office->selectAll();
    typeText(office, QStringLiteral("本窗口的修改"));
    auto *saveState = window.findChild<QLabel *>(QStringLiteral("saveState"));
    REQUIRE(waitUntil([&] { return saveState->property("failed").toBool(); }, 3000));
    CHECK(window.currentDocument()->isModified());
    CHECK(window.isWindowModified());
    CHECK(window.currentDocument()->issue().masthead.office == QStringLiteral("本窗口的修改"));
    CHECK(repository.loadById(created.storageId)->masthead.office == QStringLiteral("别处改过"));
}
