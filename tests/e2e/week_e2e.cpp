// A week's work in the real window on a real X server (run under xvfb-run), driven by key and
// mouse events sent to whatever has the focus: compose an issue, find with Enter, add 简讯 items
// by unit, sign three times with one return, export the PDF, search the archive and open a hit.
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
#include "app/signoff/signoffdialog.h"
#include "app/signoff/signoffscreen.h"
#include "app/signofffeatures.h"
#include "core/document/issuedocument.h"
#include "storage/database.h"
#include "storage/issuerepository.h"
#include "storage/signoff/peoplestore.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCompleter>
#include <QDialog>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace kuaibao;

namespace {

QWidget *focused() {
    QWidget *widget = QApplication::focusWidget();
    REQUIRE(widget);
    return widget;
}

void type(const QString &text) {
    QWidget *widget = focused();
    for (const QChar c : text) {
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
    QTest::keyClick(focused(), key, modifiers);
}

void click(QWidget *widget) {
    REQUIRE(widget);
    QTest::mouseClick(widget, Qt::LeftButton, Qt::NoModifier, widget->rect().center());
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs = 5000) {
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs) {
            return false;
        }
        QTest::qWait(20);
    }
    return true;
}

template <typename T> T *named(QWidget &parent, const char *name) {
    T *found = parent.findChild<T *>(QString::fromUtf8(name));
    REQUIRE(found);
    return found;
}

// One decision on the sign-off screen: the person picks their name, types the password (and a
// remark), and clicks 通过 or 退回.
void decide(MainWindow &window, const QString &person, const QString &password,
            const QString &remark = QString()) {
    SignoffDialog *dialog = window.signoffFeatures()->openSignoff();
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    SignoffScreen *screen = dialog->screen();
    REQUIRE(screen->selectPerson(person));
    if (!remark.isEmpty()) {
        click(named<QPlainTextEdit>(*screen, "signoffRemark")->viewport());
        type(remark);
    }
    click(named<QLineEdit>(*screen, "signoffPassword"));
    type(password);
    click(named<QPushButton>(*screen, remark.isEmpty() ? "signoffApprove" : "signoffReturn"));
    INFO(named<QLabel>(*screen, "signoffMessage")->text().toStdString());
    CHECK(named<QLabel>(*screen, "signoffMessage")->text().startsWith(QStringLiteral("You ")));
    dialog->close();
    window.activateWindow(); // back to the main window, as closing a dialog does on a desktop
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

} // namespace

TEST_CASE("a week in the window: compose, find, items, three signatures and a return, PDF, "
          "search",
          "[e2e]") {
    if (QGuiApplication::platformName() != QLatin1String("xcb")) {
        KUAIBAO_SKIP(
            QStringLiteral("needs a real X server: run under xvfb-run with QT_QPA_PLATFORM=xcb"));
    }
    QTemporaryDir dir;
    qputenv("KUAIBAO_BACKUP_DIR", dir.filePath(QStringLiteral("backups")).toUtf8());
    auto opened = Database::open(dir.filePath(QStringLiteral("archive.db")));
    REQUIRE(opened);
    Database &database = **opened;
    PeopleStore people(database);
    REQUIRE(people.add(QStringLiteral("李编"), {QStringLiteral("编校")}, "pw-li-11"));
    REQUIRE(people.add(QStringLiteral("王审"), {QStringLiteral("审核")}, "pw-wang-22",
                       Credentials{QStringLiteral("李编"), "pw-li-11"}));
    REQUIRE(people.add(QStringLiteral("赵签"), {QStringLiteral("核签")}, "pw-zhao-33",
                       Credentials{QStringLiteral("李编"), "pw-li-11"}));

    MainWindow window(database, dir.filePath(QStringLiteral("settings.ini")));
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    // Monday: the first issue, from the greeting.
    click(named<QPushButton>(window, "greetingNewButton"));
    REQUIRE(window.currentDocument());
    IssueDocument *document = window.currentDocument();
    const int number = document->issue().masthead.number;
    CHECK(window.windowTitle().contains(QString::number(number)));

    SectionView *meeting = window.editor()->sections().at(0);
    click(named<QPushButton>(*meeting, "addPartButton"));
    click(meeting->articles().at(0)->body()->viewport());
    type(QStringLiteral("区里召开创城推进会，要求创城工作常态化。"));

    // Find with Enter, as WPS users do: nothing is typed into the issue.
    press(Qt::Key_F, Qt::ControlModifier);
    REQUIRE(focused() == window.findBar()->findBox());
    type(QStringLiteral("创城"));
    const Issue beforeFind = window.currentDocument()->issue();
    press(Qt::Key_Return);
    press(Qt::Key_Return);
    press(Qt::Key_Return);
    CHECK(focused() == window.findBar()->findBox());
    CHECK(window.currentDocument()->issue().sameContent(beforeFind));
    press(Qt::Key_Escape);
    CHECK_FALSE(window.findBar()->isVisible());

    // 简讯 items by unit: completion with Enter moves on to the text.
    CategoryView *category = window.editor()->sections().at(2)->categories().at(0);
    click(named<QPushButton>(*category, "addItemButton"));
    type(QStringLiteral("龙泉"));
    QCompleter *completer = category->items().at(0)->unitsEdit()->findChild<QCompleter *>();
    REQUIRE(completer);
    REQUIRE(waitUntil([&] { return completer->popup()->isVisible(); }));
    press(Qt::Key_Down);
    press(Qt::Key_Return);
    REQUIRE(focused() == category->items().at(0)->textEdit());
    type(QStringLiteral("开展文明交通劝导。"));
    press(Qt::Key_Return, Qt::ControlModifier); // the next item
    REQUIRE(category->items().size() == 2);
    type(QStringLiteral("区妇联"));
    if (completer = category->items().at(1)->unitsEdit()->findChild<QCompleter *>();
        completer && completer->popup()->isVisible()) {
        press(Qt::Key_Escape);
    }
    click(category->items().at(1)->textEdit()->viewport()); // Tab still leaves the item
    REQUIRE(focused() == category->items().at(1)->textEdit());
    type(QStringLiteral("组织亲子阅读。"));
    press(Qt::Key_S, Qt::ControlModifier);
    REQUIRE_FALSE(window.currentDocument()->isModified());
    const qint64 id = window.currentDocument()->issue().storageId;

    // Sign-off: 编校 signs, 审核 returns it with a remark, which the window then shows.
    decide(window, QStringLiteral("李编"), QStringLiteral("pw-li-11"));
    decide(window, QStringLiteral("王审"), QStringLiteral("pw-wang-22"),
           QStringLiteral("请写明推进会的时间"));
    REQUIRE(waitUntil([&] { return window.issueBanner()->isVisible(); }));
    CHECK(window.issueBanner()->text().contains(QStringLiteral("请写明推进会的时间")));
    REQUIRE(window.currentDocument());
    RichTextEdit *body = window.editor()->sections().at(0)->articles().at(0)->body();
    click(body->viewport());
    press(Qt::Key_Home, Qt::ControlModifier);
    type(QStringLiteral("6月12日，"));
    press(Qt::Key_S, Qt::ControlModifier);
    decide(window, QStringLiteral("李编"), QStringLiteral("pw-li-11"));
    decide(window, QStringLiteral("王审"), QStringLiteral("pw-wang-22"));
    decide(window, QStringLiteral("赵签"), QStringLiteral("pw-zhao-33"));
    REQUIRE(IssueRepository(database).loadById(id)->status == IssueStatus::Published);
    REQUIRE(waitUntil([&] { return window.windowTitle().contains(QStringLiteral("read-only")); }));

    // The PDF, through File ▸ Export PDF and its dialogs.
    const QString pdf = dir.filePath(QStringLiteral("issue.pdf"));
    QTimer answer;
    answer.setInterval(100);
    QObject::connect(&answer, &QTimer::timeout, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (modal) {
            UNSCOPED_INFO("dialog: " << modal->metaObject()->className() << " "
                                     << modal->windowTitle().toStdString());
        }
        if (auto *files = qobject_cast<QFileDialog *>(modal)) {
            // Type the name into the dialog's name field and press Enter there.
            if (auto *name = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"))) {
                name->setFocus();
                name->selectAll();
                for (const QChar c : pdf) {
                    QTest::sendKeyEvent(QTest::Click, name, Qt::Key_unknown, QString(c),
                                        Qt::NoModifier);
                }
                QTest::keyClick(name, Qt::Key_Return);
            }
        } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            QAbstractButton *go =
                box->defaultButton() ? box->defaultButton() : box->buttons().first();
            go->click();
        }
    });
    answer.start();
    named<QAction>(window, "exportPdfAction")->trigger();
    answer.stop();
    REQUIRE(QFile::exists(pdf));
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    click(window.editor()->findChild<QLineEdit *>(QStringLiteral("office")));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(20000));
    const QString printed =
        QString::fromUtf8(text.readAllStandardOutput()).remove(QLatin1Char('\n'));
    CHECK(printed.contains(QStringLiteral("6月12日")));
    CHECK(printed.contains(QStringLiteral("组织亲子阅读")));

    // Friday: search the archive and open the hit.
    press(Qt::Key_N, Qt::ControlModifier); // the next issue, so that the hit opens another
    REQUIRE(window.currentDocument()->issue().masthead.number == number + 1);
    named<QAction>(window, "archiveSearchAction")->trigger();
    ArchiveSearchPanel *panel = window.archiveFeatures()->searchPanel();
    REQUIRE(focused()->parentWidget() == panel);
    type(QStringLiteral("亲子阅读"));
    press(Qt::Key_Return);
    REQUIRE(waitUntil([&] { return panel->resultList()->topLevelItemCount() > 0; }));
    QTreeWidget *hits = panel->resultList();
    const QRect place = hits->visualItemRect(hits->topLevelItem(0));
    QTest::mouseClick(hits->viewport(), Qt::LeftButton, Qt::NoModifier, place.center());
    QTest::mouseDClick(hits->viewport(), Qt::LeftButton, Qt::NoModifier, place.center());
    if (window.currentDocument()->issue().storageId != id) {
        press(Qt::Key_Return); // the keyboard's way to open the chosen hit
    }
    REQUIRE(waitUntil([&] { return window.currentDocument()->issue().storageId == id; }));
    CHECK(window.windowTitle().contains(QString::number(number)));
}
