// The window opens where it was left, and the archive panel finds issues.
#include "appfixture.h"

#include "app/editor/briefitemview.h"
#include "app/editor/categoryview.h"
#include "app/editor/issueeditor.h"
#include "app/editor/sectionview.h"
#include "app/editor/unitlineedit.h"
#include "app/issuelistpanel.h"
#include "app/mainwindow.h"
#include "core/document/issuedocument.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QCompleter>
#include <QDropEvent>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTest>
#include <QTreeWidget>

using namespace kuaibao;
using namespace kuaibao::test;

TEST_CASE("the window remembers its size and panel layout", "[app][settings]") {
    AppFixture fixture;
    fixture.createIssue();
    QList<int> sizes;
    {
        MainWindow window(*fixture.database, fixture.settingsPath());
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.resize(1000, 700);
        auto *splitter = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        splitter->setSizes({300, 400, 300});
        sizes = splitter->sizes();
        REQUIRE(window.close());
    }
    MainWindow window(*fixture.database, fixture.settingsPath());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(window.size() == QSize(1000, 700));
    CHECK(window.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes() == sizes);
}

TEST_CASE("the archive lists issues by year newest first and filters them", "[app][archive]") {
    AppFixture fixture;
    IssueRepository repository(*fixture.database);
    for (int n = 1; n <= 3; ++n) {
        Issue issue = fixture.createIssue();
        issue.masthead.date = QDate(2023 + n / 3, 3 * n, 10); // 2023-03, 2023-06, 2024-09
        REQUIRE(repository.save(issue).ok());
    }
    MainWindow window(*fixture.database, fixture.settingsPath());
    QTreeWidget *tree = window.issueList()->tree();
    REQUIRE(tree->topLevelItemCount() == 2);
    CHECK(tree->topLevelItem(0)->text(0) == QStringLiteral("2024"));
    CHECK(tree->topLevelItem(1)->text(0) == QStringLiteral("2023"));
    CHECK(window.currentDocument()->issue().masthead.number == 3); // the newest is open

    window.issueList()->filterBox()->setText(QStringLiteral("2023-06"));
    tree->topLevelItem(1)->setExpanded(true);
    int shown = 0;
    for (int y = 0; y < tree->topLevelItemCount(); ++y) {
        for (int i = 0; i < tree->topLevelItem(y)->childCount(); ++i) {
            shown += tree->topLevelItem(y)->child(i)->isHidden() ? 0 : 1;
        }
    }
    CHECK(shown == 1);
    CHECK(tree->topLevelItem(0)->isHidden());
}

TEST_CASE("choosing a unit from the completion list puts in its full name", "[app][units]") {
    AppFixture fixture;
    fixture.createIssue();
    MainWindow window(*fixture.database, fixture.settingsPath());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CategoryView *category = window.editor()->sections().at(2)->categories().at(0);
    QTest::mouseClick(category->findChild<QPushButton *>(QStringLiteral("addItemButton")),
                      Qt::LeftButton);
    UnitLineEdit *units = category->items().at(0)->unitsEdit();
    typeText(units, QStringLiteral("区妇联、龙泉"));
    auto *completer = units->findChild<QCompleter *>();
    REQUIRE(completer);
    CHECK(completer->completionPrefix() == QStringLiteral("龙泉"));
    REQUIRE(completer->completionCount() >= 1);
    emit completer->activated(QStringLiteral("龙泉")); // an alias: the canonical name goes in
    CHECK(units->text() == QStringLiteral("区妇联、龙泉镇"));
    CHECK(window.currentDocument()->issue().sections.at(2).categories.at(0).items.at(0).units ==
          QStringList({QStringLiteral("区妇联"), QStringLiteral("龙泉镇")}));
}

TEST_CASE("dragging a 简讯 item onto another category moves it there", "[app][drag]") {
    AppFixture fixture;
    fixture.createIssue();
    MainWindow window(*fixture.database, fixture.settingsPath());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    SectionView *briefs = window.editor()->sections().at(2);
    CategoryView *first = briefs->categories().at(0);
    for (const QString &unit : {QStringLiteral("城子街道"), QStringLiteral("龙泉镇")}) {
        QTest::mouseClick(first->findChild<QPushButton *>(QStringLiteral("addItemButton")),
                          Qt::LeftButton);
        typeText(first->items().last()->unitsEdit(), unit);
    }
    QTest::qWait(20);
    // Drop the second item (龙泉镇) above the first row of the second category, then at the
    // top of its own category.
    CategoryView *second = briefs->categories().at(1);
    std::unique_ptr<QMimeData> data(makeItemMimeData(2, 0, 1));
    QDropEvent onSecond(QPointF(20, 1), Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    static_cast<QObject *>(second)->event(&onSecond); // no real drag: straight to the widget
    QTest::qWait(20);                                 // the move happens once the drag is over
    const auto &categories = window.currentDocument()->issue().sections.at(2).categories;
    REQUIRE(categories.at(0).items.size() == 1);
    REQUIRE(categories.at(1).items.size() == 1);
    CHECK(categories.at(1).items.at(0).units == QStringList{QStringLiteral("龙泉镇")});

    std::unique_ptr<QMimeData> back(makeItemMimeData(2, 1, 0));
    QDropEvent onFirst(QPointF(20, 1), Qt::MoveAction, back.get(), Qt::LeftButton, Qt::NoModifier);
    static_cast<QObject *>(window.editor()->sections().at(2)->categories().at(0))->event(&onFirst);
    QTest::qWait(20);
    REQUIRE(categories.at(0).items.size() == 2);
    CHECK(categories.at(0).items.at(0).units == QStringList{QStringLiteral("龙泉镇")});
    window.currentDocument()->undoStack()->undo();
    CHECK(window.currentDocument()->issue().sections.at(2).categories.at(1).items.size() == 1);
}

TEST_CASE("a changed number shows in the archive list once saved", "[app][archive]") {
    AppFixture fixture;
    fixture.createIssue();
    MainWindow window(*fixture.database, fixture.settingsPath());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *number = window.editor()->findChild<QSpinBox *>();
    REQUIRE(number);
    number->setValue(674);
    CHECK(window.windowTitle().contains(QStringLiteral("674")));
    REQUIRE(waitUntil([&] { return !window.currentDocument()->isModified(); }, 3000));
    QTreeWidgetItem *current = window.issueList()->tree()->currentItem();
    REQUIRE(current);
    CHECK(current->text(0).contains(QStringLiteral("674")));
}
