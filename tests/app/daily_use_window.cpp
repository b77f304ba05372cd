// What an office worker trips over in a week, driven with real keys on the focused widget: the
// find bar, the title, unit completion, the status line and blank 简讯 items.
#include "appfixture.h"

#include "app/archive/archivesearchpanel.h"
#include "app/archivefeatures.h"
#include "app/editor/articleview.h"
#include "app/editor/briefitemview.h"
#include "app/editor/categoryview.h"
#include "app/editor/issueeditor.h"
#include "app/editor/richtextedit.h"
#include "app/editor/sectionview.h"
#include "app/editor/unitlineedit.h"
#include "app/findreplacebar.h"
#include "app/mainwindow.h"
#include "core/document/issuedocument.h"
#include "io/textexporter.h"
#include "support/fixtures.h"

#include <catch2/catch.hpp>

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCompleter>
#include <QContextMenuEvent>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>

using namespace kuaibao;
using namespace kuaibao::test;

namespace {
const QString kReport = QStringLiteral("创城工作要常态化，创城成果要巩固，创城永远在路上。");

// Presses `key` on whatever has the focus, as a person at the keyboard does.
void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
    QWidget *focused = QApplication::focusWidget();
    REQUIRE(focused);
    QTest::keyClick(focused, key, modifiers);
}

void typeIntoFocus(const QString &text) {
    QWidget *focused = QApplication::focusWidget();
    REQUIRE(focused);
    typeText(focused, text);
}

// Adds an article to the first section and types `text` into its body.
RichTextEdit *writeReport(MainWindow &window, const QString &text) {
    SectionView *meeting = window.editor()->sections().at(0);
    QTest::mouseClick(meeting->findChild<QPushButton *>(QStringLiteral("addPartButton")),
                      Qt::LeftButton);
    RichTextEdit *body = meeting->articles().at(0)->body();
    QTest::mouseClick(body->viewport(), Qt::LeftButton);
    typeIntoFocus(text);
    return body;
}

int highlightedFields(MainWindow &window) {
    int count = 0;
    for (const RichTextEdit *edit : window.editor()->findChildren<RichTextEdit *>()) {
        count += edit->hasFoundHighlight() ? 1 : 0;
    }
    return count;
}

CategoryView *firstCategory(MainWindow &window) {
    return window.editor()->sections().at(2)->categories().at(0);
}
} // namespace

TEST_CASE("find bar: Enter and Shift+Enter step through the matches and never edit the issue",
          "[app][find][issue14]") {
    AppFixture fixture;
    fixture.createIssue();
    MainWindow window(*fixture.database, fixture.settingsPath());
    showAndActivate(window);
    RichTextEdit *body = writeReport(window, kReport);
    // A 简讯 item with the word too: the second Enter once inserted an empty item here.
    QTest::mouseClick(
        firstCategory(window)->findChild<QPushButton *>(QStringLiteral("addItemButton")),
        Qt::LeftButton);
    typeIntoFocus(QStringLiteral("龙泉镇"));
    QTest::mouseClick(firstCategory(window)->items().at(0)->textEdit()->viewport(), Qt::LeftButton);
    typeIntoFocus(QStringLiteral("开展创城宣传。"));
    IssueDocument *document = window.currentDocument();
    const Issue before = document->issue();

    press(Qt::Key_F, Qt::ControlModifier);
    FindReplaceBar *bar = window.findBar();
    REQUIRE(bar->isVisible());
    REQUIRE(QApplication::focusWidget() == bar->findBox());
    typeIntoFocus(QStringLiteral("创城"));
    auto *count = bar->findChild<QLabel *>(QStringLiteral("findCount"));
    REQUIRE(count);
    // Three in the report, one in the item, and any in the footer's distribution text after.
    const int total = int(IssueSearch::findAll(document->issue(), QStringLiteral("创城")).size());
    REQUIRE(total >= 4);
    CHECK(count->text() == QStringLiteral("%1 found").arg(total));

    for (int i = 1; i <= 4; ++i) {
        press(Qt::Key_Return);
        CHECK(QApplication::focusWidget() == bar->findBox());
        CHECK(count->text() == QStringLiteral("%1 of %2").arg(i).arg(total));
        CHECK(highlightedFields(window) == 1);
    }
    CHECK(firstCategory(window)->items().at(0)->textEdit()->hasFoundHighlight());
    CHECK_FALSE(body->hasFoundHighlight());
    press(Qt::Key_Return, Qt::ShiftModifier);
    CHECK(count->text() == QStringLiteral("3 of %1").arg(total));
    CHECK(body->hasFoundHighlight());
    press(Qt::Key_Enter, Qt::KeypadModifier);
    CHECK(count->text() == QStringLiteral("4 of %1").arg(total));
    // Nothing typed into the issue: no line breaks, no new item, nothing to save.
    CHECK(document->issue().sameContent(before));
    CHECK(firstCategory(window)->items().size() == 1);
    CHECK(bar->findBox()->text() == QStringLiteral("创城"));

    press(Qt::Key_Escape);
    CHECK_FALSE(bar->isVisible());
    CHECK(highlightedFields(window) == 0);
    CHECK(document->issue().sameContent(before));
}

TEST_CASE("find bar: the replace bar's buttons stay put while typing", "[app][find][issue14]") {
    AppFixture fixture;
    fixture.createIssue();
    MainWindow window(*fixture.database, fixture.settingsPath());
    showAndActivate(window);
    writeReport(window, kReport);
    press(Qt::Key_H, Qt::ControlModifier);
    FindReplaceBar *bar = window.findBar();
    REQUIRE(bar->isVisible());
    QList<QPushButton *> buttons = bar->findChildren<QPushButton *>();
    REQUIRE(buttons.size() == 4);
    QList<int> places;
    for (QPushButton *button : buttons) {
        places << button->mapTo(bar, QPoint(0, 0)).x();
    }
    const auto placesNow = [&] {
        QList<int> now;
        for (QPushButton *button : buttons) {
            now << button->mapTo(bar, QPoint(0, 0)).x();
        }
        return now;
    };
    typeIntoFocus(QStringLiteral("创"));
    QApplication::processEvents();
    CHECK(placesNow() == places);
    typeIntoFocus(QStringLiteral("城"));
    press(Qt::Key_Return);
    QApplication::processEvents();
    CHECK(placesNow() == places);
    typeIntoFocus(QStringLiteral("火星"));
    QApplication::processEvents();
    CHECK(bar->findChild<QLabel *>(QStringLiteral("findCount"))->text() ==
          QStringLiteral("Not found"));
    CHECK(placesNow() == places);
}

TEST_CASE("the window title follows the open issue", "[app][window][issue14]") {
    AppFixture fixture;
    const Issue first = fixture.createIssue();
    MainWindow window(*fixture.database, fixture.settingsPath());
    showAndActivate(window);
    CHECK(window.windowTitle().contains(QString::number(first.masthead.number)));
    QTest::mouseClick(window.editor()->findChild<QLineEdit *>(QStringLiteral("office")),
                      Qt::LeftButton);
    press(Qt::Key_N, Qt::ControlModifier);
    REQUIRE(window.currentDocument());
    const int newNumber = window.currentDocument()->issue().masthead.number;
    REQUIRE(newNumber == first.masthead.number + 1);
    CHECK(window.windowTitle().contains(QString::number(newNumber)));
    CHECK_FALSE(window.windowTitle().contains(QString::number(first.masthead.number)));
    REQUIRE(window.openIssue(first.storageId));
    CHECK(window.windowTitle().contains(QString::number(first.masthead.number)));
    CHECK_FALSE(window.windowTitle().contains(QString::number(newNumber)));
}

TEST_CASE("unit field: Enter on a suggestion moves on to the item's text",
          "[app][units][issue14]") {
    AppFixture fixture;
    fixture.createIssue();
    MainWindow window(*fixture.database, fixture.settingsPath());
    showAndActivate(window);
    QTest::mouseClick(
        firstCategory(window)->findChild<QPushButton *>(QStringLiteral("addItemButton")),
        Qt::LeftButton);
    BriefItemView *item = firstCategory(window)->items().at(0);
    REQUIRE(QApplication::focusWidget() == item->unitsEdit());
    typeIntoFocus(QStringLiteral("龙泉"));
    auto *completer = item->unitsEdit()->findChild<QCompleter *>();
    REQUIRE(completer);
    REQUIRE(waitUntil([&] { return completer->popup()->isVisible(); }, 2000));
    // The popup has the keyboard; Down picks the first suggestion, Enter takes it.
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    CHECK(item->unitsEdit()->text() == QStringLiteral("龙泉镇"));
    CHECK(QApplication::focusWidget() == item->textEdit());
    typeIntoFocus(QStringLiteral("开展活动。"));
    CHECK(window.currentDocument()
              ->issue()
              .sections.at(2)
              .categories.at(0)
              .items.at(0)
              .text.plainText() == QStringLiteral("开展活动。"));
}

TEST_CASE("unit field: Tab moves on to the item's text", "[app][units][issue14]") {
    AppFixture fixture;
    fixture.createIssue();
    MainWindow window(*fixture.database, fixture.settingsPath());
    showAndActivate(window);
    QTest::mouseClick(
        firstCategory(window)->findChild<QPushButton *>(QStringLiteral("addItemButton")),
        Qt::LeftButton);
    BriefItemView *item = firstCategory(window)->items().at(0);
    // The new row is shown from the event loop, as between any two keys a person presses.
    REQUIRE(waitUntil([&] { return item->isVisible(); }, 2000));
    auto *completer = item->unitsEdit()->findChild<QCompleter *>();
    REQUIRE(completer);
    QTest::mouseClick(item->textEdit()->viewport(), Qt::LeftButton);
    typeIntoFocus(QStringLiteral("开展活动。"));
    QTest::mouseClick(item->unitsEdit(), Qt::LeftButton);
    REQUIRE(QApplication::focusWidget() == item->unitsEdit());
    press(Qt::Key_End);
    typeIntoFocus(QStringLiteral("、区妇联"));
    if (completer->popup()->isVisible()) {
        QTest::keyClick(completer->popup(), Qt::Key_Escape);
    }
    press(Qt::Key_Tab);
    INFO("focus after Tab: " << QApplication::focusWidget()->metaObject()->className() << " "
                             << QApplication::focusWidget()->objectName().toStdString());
    CHECK(QApplication::focusWidget() == item->textEdit());
    press(Qt::Key_End);
    typeIntoFocus(QStringLiteral("又"));
    CHECK(window.currentDocument()
              ->issue()
              .sections.at(2)
              .categories.at(0)
              .items.at(0)
              .text.plainText() == QStringLiteral("开展活动。又"));
}

TEST_CASE("a blank 简讯 item is a normal draft state: saved, marked only when left, not printed",
          "[app][window][issue14]") {
    AppFixture fixture;
    const Issue created = fixture.createIssue();
    MainWindow window(*fixture.database, fixture.settingsPath());
    showAndActivate(window);
    auto *saveState = window.findChild<QLabel *>(QStringLiteral("saveState"));
    QTest::mouseClick(
        firstCategory(window)->findChild<QPushButton *>(QStringLiteral("addItemButton")),
        Qt::LeftButton);
    BriefItemView *item = firstCategory(window)->items().at(0);
    REQUIRE(window.currentDocument()->isModified());
    REQUIRE(waitUntil([&] { return !window.currentDocument()->isModified(); }, 4000));
    CHECK_FALSE(saveState->property("failed").toBool());
    CHECK_FALSE(item->property("leftBlank").toBool());
    CHECK(IssueRepository(*fixture.database)
              .loadById(created.storageId)
              ->sections.at(2)
              .categories.at(0)
              .items.size() == 1);

    // Leaving it blank marks it; coming back and filling it in takes the mark away.
    QTest::mouseClick(window.editor()->findChild<QLineEdit *>(QStringLiteral("office")),
                      Qt::LeftButton);
    CHECK(item->property("leftBlank").toBool());
    CHECK_FALSE(item->toolTip().isEmpty());
    // Printed as nothing: the category's line holds no "unit：" for it.
    const Issue &issue = window.currentDocument()->issue();
    const QString label = QStringLiteral("【%1】").arg(issue.sections.at(2).categories.at(0).name);
    const QStringList lines = exportIssueText(issue).split(QLatin1Char('\n'));
    const auto line = std::find_if(lines.cbegin(), lines.cend(),
                                   [&](const QString &l) { return l.startsWith(label); });
    REQUIRE(line != lines.cend());
    CHECK(*line == label);
    QTest::mouseClick(item->unitsEdit(), Qt::LeftButton);
    CHECK_FALSE(item->property("leftBlank").toBool());
    typeIntoFocus(QStringLiteral("龙泉镇"));
    QTest::mouseClick(window.editor()->findChild<QLineEdit *>(QStringLiteral("office")),
                      Qt::LeftButton);
    CHECK_FALSE(item->property("leftBlank").toBool());
}

TEST_CASE("the status line tells one story: a save that works again clears the failure",
          "[app][window][issue14]") {
    AppFixture fixture;
    fixture.createIssue();
    MainWindow window(*fixture.database, fixture.settingsPath());
    showAndActivate(window);
    auto *saveState = window.findChild<QLabel *>(QStringLiteral("saveState"));
    QTest::mouseClick(
        firstCategory(window)->findChild<QPushButton *>(QStringLiteral("addItemButton")),
        Qt::LeftButton);
    BriefItemView *item = firstCategory(window)->items().at(0);
    // Text without a unit is refused by the archive (statistics need the unit).
    QTest::mouseClick(item->textEdit()->viewport(), Qt::LeftButton);
    typeIntoFocus(QStringLiteral("开展活动。"));
    REQUIRE(waitUntil([&] { return saveState->property("failed").toBool(); }, 4000));
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("names no unit")));
    QTest::mouseClick(item->unitsEdit(), Qt::LeftButton);
    typeIntoFocus(QStringLiteral("龙泉镇"));
    REQUIRE(waitUntil([&] { return !saveState->property("failed").toBool(); }, 6000));
    CHECK(saveState->text().startsWith(QStringLiteral("Saved")));
    CHECK(window.statusBar()->currentMessage().isEmpty());
}

TEST_CASE("undoing back to the saved state leaves the window unmodified",
          "[app][window][issue14]") {
    AppFixture fixture;
    fixture.createIssue();
    MainWindow window(*fixture.database, fixture.settingsPath());
    showAndActivate(window);
    auto *office = window.editor()->findChild<QLineEdit *>(QStringLiteral("office"));
    QTest::mouseClick(office, Qt::LeftButton);
    press(Qt::Key_End);
    typeIntoFocus(QStringLiteral("办"));
    REQUIRE(waitUntil([&] { return !window.currentDocument()->isModified(); }, 4000));
    CHECK_FALSE(window.isWindowModified());
    typeIntoFocus(QStringLiteral("公室"));
    CHECK(window.isWindowModified());
    press(Qt::Key_Z, Qt::ControlModifier);
    CHECK(office->text().endsWith(QStringLiteral("办")));
    CHECK_FALSE(window.currentDocument()->isModified());
    CHECK_FALSE(window.isWindowModified());
}

TEST_CASE("the toolbar and the right-click menu use the Edit menu's actions",
          "[app][window][issue14]") {
    AppFixture fixture;
    fixture.createIssue();
    MainWindow window(*fixture.database, fixture.settingsPath());
    showAndActivate(window);
    auto *bar = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    REQUIRE(bar);
    QStringList names;
    for (const QAction *action : bar->actions()) {
        if (!action->isSeparator()) {
            names << action->objectName();
            CHECK_FALSE(action->icon().isNull());
        }
    }
    CHECK(names == QStringList{QStringLiteral("newIssueAction"), QStringLiteral("saveAction"),
                               QStringLiteral("undoAction"), QStringLiteral("redoAction"),
                               QStringLiteral("boldAction"), QStringLiteral("findAction"),
                               QStringLiteral("printPreviewAction"),
                               QStringLiteral("exportPdfAction"), QStringLiteral("signoffAction")});

    RichTextEdit *body = writeReport(window, QStringLiteral("会议要求"));
    QStringList offered;
    QTimer::singleShot(300, [&] {
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            for (const QAction *action : menu->actions()) {
                offered << action->text() + QLatin1Char('|') +
                               action->shortcut().toString(QKeySequence::PortableText);
            }
            menu->close();
        }
    });
    // The offscreen platform makes no context-menu event from a right click: send the event a
    // right click (or the Menu key) makes on a desktop.
    QContextMenuEvent rightClick(QContextMenuEvent::Mouse, QPoint(10, 10),
                                 body->viewport()->mapToGlobal(QPoint(10, 10)));
    QApplication::sendEvent(body->viewport(), &rightClick);
    QTest::qWait(50);
    INFO(offered.join(QStringLiteral(" / ")).toStdString());
    CHECK(offered.contains(QStringLiteral("&Undo typing|Ctrl+Z")));
    CHECK(offered.contains(QStringLiteral("&Redo|Ctrl+Y")));
}

TEST_CASE("search: the hit is highlighted, not bracketed, and the dock is a strip",
          "[app][archive][issue14]") {
    AppFixture fixture;
    Issue older = fullFixtureIssue(40, QDate(2025, 1, 6));
    older.sections[0].articles[0].paragraphs
        << Paragraph{RichText(QStringLiteral("区里组织了一次桥梁安全巡查。"))};
    REQUIRE(IssueRepository(*fixture.database).save(older));
    MainWindow window(*fixture.database, fixture.settingsPath());
    window.resize(1200, 900);
    showAndActivate(window);
    window.findChild<QAction *>(QStringLiteral("archiveSearchAction"))->trigger();
    ArchiveSearchPanel *panel = window.archiveFeatures()->searchPanel();
    typeIntoFocus(QStringLiteral("桥梁安全"));
    press(Qt::Key_Return);
    REQUIRE(panel->resultList()->topLevelItemCount() == 1);
    QTreeWidgetItem *hit = panel->resultList()->topLevelItem(0);
    CHECK(hit->text(3) == QStringLiteral("区里组织了一次桥梁安全巡查。"));
    CHECK_FALSE(hit->text(3).contains(QChar(0x3010)));
    auto *excerpt = qobject_cast<QLabel *>(panel->resultList()->itemWidget(hit, 3));
    REQUIRE(excerpt);
    CHECK(excerpt->text().contains(QStringLiteral("background-color:#ffd54f;\">桥梁安全</span>")));
    QApplication::processEvents();
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("archiveSearchDock"));
    CHECK(dock->height() <= window.height() / 3);
}
