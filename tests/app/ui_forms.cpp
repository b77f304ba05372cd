// The static dialogs and forms are built from their Qt Designer files in ui/: the widgets the
// file names are there by those names, in the order the file lays them out, and its labels
// come out in Chinese under the zh_CN translator (the .ui strings have contexts of their own).
#include "app/archive/statisticsdialog.h"
#include "app/archive/unitseditordialog.h"
#include "app/editor/issueeditor.h"
#include "app/findreplacebar.h"
#include "app/mainwindow.h"
#include "app/signoff/addpersondialog.h"
#include "appfixture.h"
#include "core/document/issuedocument.h"
#include "core/translations.h"

#include <catch2/catch.hpp>

#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>

using namespace kuaibao;
using namespace kuaibao::test;

namespace {

// The widget of `parent` named `name`, which must be there.
template <typename T> T *named(QWidget &parent, const char *name) {
    T *widget = parent.findChild<T *>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(widget != nullptr);
    return widget;
}

// The widget Tab goes to from `widget` (the next in the focus chain that takes focus).
QWidget *nextTabStop(QWidget *widget) {
    do {
        widget = widget->nextInFocusChain();
    } while (widget->focusPolicy() == Qt::NoFocus);
    return widget;
}

} // namespace

TEST_CASE("the add-person dialog is built from its form, in Chinese", "[app][ui]") {
    installTranslations(QLocale(QStringLiteral("zh_CN"))); // this case runs in a process of its own
    AppFixture fixture;
    AddPersonDialog dialog(*fixture.database);
    CHECK(dialog.windowTitle() == QStringLiteral("添加人员"));
    CHECK(named<QLabel>(dialog, "nameLabel")->text() == QStringLiteral("姓名"));
    CHECK(named<QLabel>(dialog, "repeatLabel")->text() == QStringLiteral("再次输入密码"));
    CHECK(named<QLabel>(dialog, "nameLabel")->buddy() == named<QLineEdit>(dialog, "personName"));
    CHECK(named<QLineEdit>(dialog, "personPassword")->echoMode() == QLineEdit::Password);
    // No administrator yet: the note says who becomes one, the administrator's rows are hidden.
    CHECK(named<QLabel>(dialog, "firstPersonNote")->text() ==
          QStringLiteral("第一个添加的人成为管理员。"));
    CHECK(named<QLabel>(dialog, "firstPersonNote")->isVisibleTo(&dialog));
    CHECK_FALSE(named<QLineEdit>(dialog, "adminName")->isVisibleTo(&dialog));
    CHECK_FALSE(named<QLabel>(dialog, "adminPasswordLabel")->isVisibleTo(&dialog));
    // The role boxes made from the role list sit between the name and the password in the tab
    // order too.
    QWidget *w = nextTabStop(named<QLineEdit>(dialog, "personName"));
    CHECK(w->objectName().startsWith(QStringLiteral("personRole_")));
    while (qobject_cast<QCheckBox *>(w)) {
        w = nextTabStop(w);
    }
    CHECK(w == named<QLineEdit>(dialog, "personPassword"));
}

TEST_CASE("the masthead card is built from its form, in Chinese", "[app][ui]") {
    installTranslations(QLocale(QStringLiteral("zh_CN"))); // this case runs in a process of its own
    AppFixture fixture;
    fixture.createIssue();
    MainWindow window(*fixture.database, fixture.settingsPath());
    auto *card = window.editor()->findChild<QFrame *>(QStringLiteral("mastheadCard"));
    REQUIRE(card != nullptr);
    CHECK(named<QLabel>(*card, "numberLabel")->text() == QStringLiteral("期号"));
    CHECK(named<QLabel>(*card, "cumulativeLabel")->text() == QStringLiteral("总期号"));
    CHECK(named<QLabel>(*card, "officeLabel")->text() == QStringLiteral("编发单位"));
    auto *cumulative = named<QSpinBox>(*card, "mastheadCumulative");
    CHECK(cumulative->specialValueText() == QStringLiteral("无"));
    CHECK(cumulative->maximum() == 999999);
    CHECK(named<QSpinBox>(*card, "mastheadNumber")->minimum() == 1);
    CHECK(named<QDateEdit>(*card, "mastheadDate")->displayFormat() == QStringLiteral("yyyy-MM-dd"));
    // The card shows the open issue.
    CHECK(named<QSpinBox>(*card, "mastheadNumber")->value() ==
          window.currentDocument()->issue().masthead.number);
}

TEST_CASE("the find bar is built from its form, in Chinese", "[app][ui]") {
    installTranslations(QLocale(QStringLiteral("zh_CN"))); // this case runs in a process of its own
    AppFixture fixture;
    fixture.createIssue();
    MainWindow window(*fixture.database, fixture.settingsPath());
    FindReplaceBar &bar = *window.findBar();
    CHECK(bar.objectName() == QStringLiteral("findReplaceBar"));
    CHECK(named<QLineEdit>(bar, "findBox") == bar.findBox());
    CHECK(bar.findBox()->placeholderText() == QStringLiteral("在本期中查找"));
    CHECK(bar.replaceBox()->placeholderText() == QStringLiteral("替换为"));
    CHECK(named<QPushButton>(bar, "previousButton")->text() == QStringLiteral("上一个"));
    CHECK(named<QPushButton>(bar, "replaceAllButton")->text() == QStringLiteral("全部替换"));
    CHECK(named<QToolButton>(bar, "closeButton")->toolTip() == QStringLiteral("关闭（Esc）"));
    // Tab goes from the find box to its buttons, then to the replace box.
    CHECK(nextTabStop(bar.findBox()) == named<QPushButton>(bar, "previousButton"));
    CHECK(nextTabStop(named<QPushButton>(bar, "nextButton")) == bar.replaceBox());
    // The count keeps the width the longest Chinese count needs, so the buttons stay put.
    auto *count = named<QLabel>(bar, "findCount");
    CHECK(count->minimumWidth() == count->maximumWidth());
    CHECK(count->width() >=
          count->fontMetrics().horizontalAdvance(QStringLiteral("第 9999 处，共 9999 处")));
}

TEST_CASE("the unit editor is built from its form, in Chinese", "[app][ui]") {
    installTranslations(QLocale(QStringLiteral("zh_CN"))); // this case runs in a process of its own
    AppFixture fixture;
    UnitsEditorDialog dialog(*fixture.database);
    CHECK(dialog.windowTitle() == QStringLiteral("单位"));
    CHECK(named<QTreeWidget>(dialog, "unitList") == dialog.unitList());
    CHECK(dialog.unitList()->headerItem()->text(1) == QStringLiteral("别名"));
    CHECK(dialog.unknownList()->headerItem()->text(0) == QStringLiteral("名单外的名称"));
    CHECK(named<QGroupBox>(dialog, "unknownBox")->title() == QStringLiteral("未知单位"));
    CHECK(named<QPushButton>(dialog, "addAliasButton")->text() ==
          QStringLiteral("为所选单位添加别名"));
    CHECK(named<QLineEdit>(dialog, "newName")->placeholderText() ==
          QStringLiteral("单位名称，或所选单位的别名"));
    // Tab reaches the unit to map onto before the button that maps.
    CHECK(nextTabStop(dialog.unknownList()) == named<QComboBox>(dialog, "mapTarget"));
    CHECK(nextTabStop(named<QComboBox>(dialog, "mapTarget")) ==
          named<QPushButton>(dialog, "mapButton"));
}

TEST_CASE("the statistics dialog is built from its form, in Chinese", "[app][ui]") {
    installTranslations(QLocale(QStringLiteral("zh_CN"))); // this case runs in a process of its own
    AppFixture fixture;
    StatisticsDialog dialog(*fixture.database);
    CHECK(dialog.windowTitle() == QStringLiteral("统计"));
    CHECK(named<QTableWidget>(dialog, "statisticsTable") == dialog.table());
    CHECK(named<QChartView>(dialog, "statisticsChart") == dialog.chartView());
    CHECK(named<QLabel>(dialog, "fromLabel")->text() == QStringLiteral("从"));
    CHECK(named<QLabel>(dialog, "toLabel")->text() == QStringLiteral("至"));
    CHECK(named<QPushButton>(dialog, "exportStatisticsButton")->text() ==
          QStringLiteral("导出为 Excel…"));
    CHECK(named<QLineEdit>(dialog, "fromEdit")->maxLength() == 10);
    // The groupings carry their data, so the code fills them (translated in its own context).
    auto *grouping = named<QComboBox>(dialog, "groupingCombo");
    REQUIRE(grouping->count() == 3);
    CHECK(grouping->itemText(0) == QStringLiteral("按单位"));
    CHECK(dialog.table()->verticalHeader()->isHidden());
}

TEST_CASE("the main window's frame is built from its form, in Chinese", "[app][ui]") {
    installTranslations(QLocale(QStringLiteral("zh_CN"))); // this case runs in a process of its own
    AppFixture fixture;
    MainWindow window(*fixture.database, fixture.settingsPath());
    CHECK(window.objectName() == QStringLiteral("mainWindow"));
    CHECK(window.fileMenu()->title() == QStringLiteral("文件(&F)"));
    CHECK(window.editMenu()->title() == QStringLiteral("编辑(&E)"));
    auto *save = window.findChild<QAction *>(QStringLiteral("saveAction"));
    REQUIRE(save != nullptr);
    CHECK(save->text() == QStringLiteral("保存(&S)"));
    CHECK(save->shortcut() == QKeySequence(QKeySequence::Save));
    auto *replace = window.findChild<QAction *>(QStringLiteral("replaceAction"));
    REQUIRE(replace != nullptr);
    CHECK(replace->shortcut() == QKeySequence(QStringLiteral("Ctrl+H")));
    auto *redo = window.findChild<QAction *>(QStringLiteral("redoAction"));
    REQUIRE(redo != nullptr);
    CHECK(redo->shortcuts().size() == 2);
    // No issue is open: the greeting shows, in Chinese, with its button.
    auto *centre = named<QStackedWidget>(window, "centreStack");
    CHECK(centre->currentWidget() == named<QWidget>(window, "greeting"));
    CHECK(named<QLabel>(window, "greetingText")
              ->text()
              .startsWith(QStringLiteral("没有打开的快报。")));
    CHECK(named<QPushButton>(window, "greetingNewButton")->text() ==
          QStringLiteral("按模板新建一期"));
    // The panels sit in the splitter in order; the find bar is under the editor, next in Tab.
    auto *splitter = named<QSplitter>(window, "mainSplitter");
    REQUIRE(splitter->count() == 3);
    CHECK(splitter->widget(0) == named<QWidget>(window, "issueListPanel"));
    CHECK(splitter->widget(2) == named<QWidget>(window, "pagesPanel"));
    CHECK(window.findBar()->parentWidget() == window.editor()->parentWidget());
    QWidget *beforeFind = window.findBar()->findBox()->previousInFocusChain();
    while (beforeFind->focusPolicy() == Qt::NoFocus) {
        beforeFind = beforeFind->previousInFocusChain();
    }
    CHECK((beforeFind == window.editor() || window.editor()->isAncestorOf(beforeFind)));
    // The toolbar has the frame's buttons and then the features'.
    auto *toolbar = named<QToolBar>(window, "mainToolBar");
    CHECK(toolbar->windowTitle() == QStringLiteral("工具栏"));
    const QList<QAction *> buttons = toolbar->actions();
    REQUIRE(buttons.size() >= 2);
    CHECK(buttons.at(0)->objectName() == QStringLiteral("newIssueAction"));
    CHECK(buttons.at(1) == save);
    CHECK_FALSE(save->icon().isNull());
    const QAction *pdf = window.findChild<QAction *>(QStringLiteral("exportPdfAction"));
    CHECK((pdf == nullptr || buttons.contains(pdf)));
}
