// Submissions dropped or pasted onto the 简讯 section in the window: real drop events and Ctrl+V,
// the confirmation dialog answered as a user would, the items seen in the editor, Ctrl+Z, and
// bad files refused with a message.
#include "appfixture.h"
#include "submissionfiles.h"

#include "app/editor/briefitemview.h"
#include "app/editor/categoryview.h"
#include "app/editor/formlock.h"
#include "app/editor/issueeditor.h"
#include "app/editor/richtextedit.h"
#include "app/editor/sectionview.h"
#include "app/editor/unitlineedit.h"
#include "app/mainwindow.h"
#include "app/submission/submissiondialog.h"
#include "core/document/issuedocument.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QUrl>

using namespace kuaibao;
using namespace kuaibao::test;

namespace {

const QString kFestival = QStringLiteral("近日，桑峪村举办民俗文化节，村民三百余人参加。");
const QString kCleanUp = QStringLiteral("组织志愿者清扫背街小巷，清运垃圾二十余车。");
const QString kUnknown = QStringLiteral("组织居民清扫楼道，张贴垃圾分类宣传画。");

// An archive with an earlier issue whose 【文明实践】 has 斋堂镇's festival, and a newer issue (the
// one the window opens) whose 简讯 categories are still empty.
struct SubmissionWindowFixture {
    AppFixture fixture;
    Issue earlier;
    Issue open;

    SubmissionWindowFixture() {
        earlier = fixture.createIssue();
        earlier.sections.last().categories[1].items
            << BriefItem{{QStringLiteral("斋堂镇")}, RichText(kFestival)};
        Result<Issue> saved = IssueRepository(*fixture.database).save(earlier);
        REQUIRE(saved);
        earlier = *saved;
        open = fixture.createIssue();
    }
    QString file(const QString &name, const QByteArray &bytes) const {
        const QString path = fixture.dir.filePath(name);
        writeFile(path, bytes);
        return path;
    }
};

int briefsIndex(MainWindow &window) {
    const QList<SectionView *> &sections = window.editor()->sections();
    for (int i = 0; i < sections.size(); ++i) {
        if (sections.at(i)->kind() == SectionKind::Briefs) {
            return i;
        }
    }
    FAIL("the issue has no 简讯 section");
    return -1;
}

const Section &briefs(MainWindow &window) {
    return window.currentDocument()->issue().sections.at(briefsIndex(window));
}

// Drags `paths` from a file manager onto `target` and drops them: whether the drag was accepted,
// and as a copy.
bool dropFiles(QWidget *target, const QStringList &paths) {
    QMimeData data;
    QList<QUrl> urls;
    for (const QString &path : paths) {
        urls << QUrl::fromLocalFile(path);
    }
    data.setUrls(urls);
    data.setText(paths.join(QLatin1Char('\n'))); // file managers offer the paths as text too
    const QPoint at = target->rect().center();
    const Qt::DropActions actions = Qt::CopyAction | Qt::MoveAction | Qt::LinkAction;
    QDragEnterEvent enter(at, actions, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    if (!enter.isAccepted()) {
        return false;
    }
    QDropEvent drop(QPointF(at), actions, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    return drop.isAccepted() && drop.dropAction() == Qt::CopyAction;
}

// Answers the modal dialogs as they come: the submission dialog with `answer`, a message box by
// recording its text and pressing OK.
struct Answerer {
    std::function<void(SubmissionDialog &)> answer;
    int dialogs = 0;
    QStringList messages;
    QTimer timer;

    explicit Answerer(std::function<void(SubmissionDialog &)> answerDialog)
        : answer(std::move(answerDialog)) {
        timer.setInterval(50);
        QObject::connect(&timer, &QTimer::timeout, [this] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *dialog = qobject_cast<SubmissionDialog *>(modal);
                dialog && dialog->isVisible()) {
                ++dialogs;
                answer(*dialog);
            } else if (auto *box = qobject_cast<QMessageBox *>(modal); box && box->isVisible()) {
                messages << box->text();
                box->button(QMessageBox::Ok)->click();
            }
        });
        timer.start();
    }
};

void click(SubmissionDialog &dialog, QDialogButtonBox::StandardButton which) {
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(which), Qt::LeftButton);
}

bool noModal() {
    return QApplication::activeModalWidget() == nullptr;
}

// The window active again once a dialog has gone (the offscreen platform has no window manager
// to do it).
void reactivate(MainWindow &window) {
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

// The category card named `name` in the window's 简讯 section.
CategoryView *categoryView(MainWindow &window, const QString &name) {
    const int index = briefsIndex(window);
    const QList<BriefCategory> &categories = briefs(window).categories;
    for (int i = 0; i < categories.size(); ++i) {
        if (categories.at(i).name == name) {
            return window.editor()->sections().at(index)->categories().at(i);
        }
    }
    return nullptr;
}

// What the editor shows in a category: "UNIT|TEXT" per item.
QStringList shownItems(MainWindow &window, const QString &category) {
    QStringList shown;
    if (CategoryView *view = categoryView(window, category)) {
        for (BriefItemView *item : view->items()) {
            shown << item->unitsEdit()->text() + QLatin1Char('|') +
                         item->textEdit()->text().plainText();
        }
    }
    return shown;
}

} // namespace

TEST_CASE("files dropped on the 简讯 section: confirmed items appear, a repeat is unchecked, "
          "Ctrl+Z takes them all out",
          "[app][submission]") {
    SubmissionWindowFixture f;
    const QString week = f.file(
        QStringLiteral("本周汇总.docx"),
        submissionDocx({{QStringLiteral("本周各单位报送信息汇总"), QString()},
                        {QStringLiteral("斋堂镇："), kFestival + QStringLiteral("欢迎参加！")},
                        {QStringLiteral("大峪："), kCleanUp},
                        {QStringLiteral("新河社区："), kUnknown}}));
    MainWindow window(*f.fixture.database, f.fixture.settingsPath());
    showAndActivate(window);
    REQUIRE(window.currentDocument()->issue().storageId == f.open.storageId);
    const int section = briefsIndex(window);
    const Section before = briefs(window);
    const int stepsBefore = window.currentDocument()->undoStack()->count();

    struct Seen {
        int rows = 0;
        bool repeatChecked = true;
        QString repeatEarlier, repeatCategory, repeatCategoryNote;
        QString aliasUnit, aliasNote, aliasCategory, aliasCategoryNote;
        QString unknownNote, correctedNote;
        QString summary;
    } seen;
    Answerer answerer([&](SubmissionDialog &dialog) {
        seen.rows = dialog.rowCount();
        if (seen.rows != 3) {
            click(dialog, QDialogButtonBox::Cancel);
            return;
        }
        const SubmissionDialog::RowWidgets &repeat = dialog.rowWidgets(0);
        seen.repeatChecked = repeat.check->isChecked();
        seen.repeatEarlier = repeat.earlier->text();
        seen.repeatCategory = repeat.category->currentText();
        seen.repeatCategoryNote = repeat.categoryNote->text();
        const SubmissionDialog::RowWidgets &alias = dialog.rowWidgets(1);
        seen.aliasUnit = alias.unit->text();
        seen.aliasNote = alias.unitNote->text();
        seen.aliasCategory = alias.category->currentText();
        seen.aliasCategoryNote = alias.categoryNote->text();
        // The unknown unit is corrected by typing the right name and pressing Enter.
        const SubmissionDialog::RowWidgets &unknown = dialog.rowWidgets(2);
        seen.unknownNote = unknown.unitNote->text();
        unknown.unit->setFocus();
        unknown.unit->selectAll();
        typeText(unknown.unit, QStringLiteral("王平镇"));
        QTest::keyClick(unknown.unit, Qt::Key_Return);
        seen.correctedNote = unknown.unitNote->isVisible() ? unknown.unitNote->text() : QString();
        seen.summary = dialog.findChild<QLabel *>(QStringLiteral("summaryLabel"))->text();
        click(dialog, QDialogButtonBox::Ok);
    });

    REQUIRE(dropFiles(window.editor()->sections().at(section), {week}));
    REQUIRE(waitUntil([&] { return answerer.dialogs > 0 && noModal(); }, 10000));

    CHECK(seen.rows == 3); // the header line is dropped
    CHECK_FALSE(seen.repeatChecked);
    CHECK(seen.repeatEarlier.contains(QStringLiteral("No. %1").arg(f.earlier.masthead.number)));
    CHECK(seen.repeatEarlier.contains(f.earlier.masthead.date.toString(Qt::ISODate)));
    CHECK(seen.repeatEarlier.contains(kFestival));
    CHECK(seen.repeatCategory == QStringLiteral("文明实践"));
    CHECK(seen.repeatCategoryNote.startsWith(QStringLiteral("Suggested")));
    CHECK(seen.aliasUnit == QStringLiteral("大峪街道"));
    CHECK(seen.aliasNote.contains(QStringLiteral("大峪")));
    CHECK(seen.aliasCategory == QStringLiteral("文明培育"));
    CHECK(seen.aliasCategoryNote.startsWith(QStringLiteral("Suggested")));
    CHECK(seen.unknownNote.contains(QStringLiteral("Unknown unit")));
    CHECK_FALSE(seen.correctedNote.contains(QStringLiteral("Unknown unit")));
    CHECK(seen.summary.startsWith(QStringLiteral("2 of 3")));
    CHECK(answerer.messages.isEmpty());

    // What the editor shows: the two checked items under their categories, the repeat left out.
    CHECK(
        shownItems(window, QStringLiteral("文明培育")) ==
        QStringList{QStringLiteral("大峪街道|") + kCleanUp, QStringLiteral("王平镇|") + kUnknown});
    CHECK(shownItems(window, QStringLiteral("文明实践")).isEmpty());
    CHECK(window.currentDocument()->undoStack()->count() == stepsBefore + 1);
    CHECK(window.currentDocument()->isModified()); // autosave takes it from here

    // Ctrl+Z where the cursor was put (the first item added) takes both out.
    reactivate(window);
    QWidget *focus = QApplication::focusWidget();
    REQUIRE(focus);
    CHECK(focus == categoryView(window, QStringLiteral("文明培育"))->items().at(0)->textEdit());
    QTest::keyClick(focus, Qt::Key_Z, Qt::ControlModifier);
    CHECK(briefs(window) == before);
    REQUIRE(
        waitUntil([&] { return shownItems(window, QStringLiteral("文明培育")).isEmpty(); }, 2000));
}

TEST_CASE(
    "Ctrl+V in the 简讯 section: items to confirm, but one item into a text field is ordinary",
    "[app][submission]") {
    SubmissionWindowFixture f;
    MainWindow window(*f.fixture.database, f.fixture.settingsPath());
    showAndActivate(window);
    // An empty item under 【文明培育】, the cursor in its text.
    CategoryView *training = categoryView(window, QStringLiteral("文明培育"));
    REQUIRE(training);
    QTest::mouseClick(training->findChild<QPushButton *>(QStringLiteral("addItemButton")),
                      Qt::LeftButton);
    REQUIRE(training->items().size() == 1);
    RichTextEdit *text = training->items().at(0)->textEdit();
    text->setFocus();
    REQUIRE(waitUntil([&] { return text->hasFocus(); }, 2000));

    int answered = 0;
    bool add = false;
    Answerer answerer([&](SubmissionDialog &dialog) {
        ++answered;
        click(dialog, add ? QDialogButtonBox::Ok : QDialogButtonBox::Cancel);
    });

    // One item into the item's text: pasted as text, no dialog.
    QApplication::clipboard()->setText(QStringLiteral("区妇联：组织读书会。"));
    QTest::keyClick(text, Qt::Key_V, Qt::ControlModifier);
    QTest::qWait(300);
    CHECK(answered == 0);
    CHECK(text->text().plainText() == QStringLiteral("区妇联：组织读书会。"));
    const Section typed = briefs(window);

    // Two units' items: the dialog; 取消 adds nothing.
    QApplication::clipboard()->setText(QStringLiteral("本周汇总\n斋堂镇：") + kFestival +
                                       QStringLiteral("\n大峪：") + kCleanUp);
    QTest::keyClick(text, Qt::Key_V, Qt::ControlModifier);
    REQUIRE(waitUntil([&] { return answered == 1 && noModal(); }, 10000));
    CHECK(briefs(window) == typed);
    CHECK(text->text().plainText() == QStringLiteral("区妇联：组织读书会。"));

    // One item into the item's unit field: the dialog; 添加 adds it (the repeat stays out).
    reactivate(window);
    UnitLineEdit *units = training->items().at(0)->unitsEdit();
    units->setFocus();
    REQUIRE(waitUntil([&] { return units->hasFocus(); }, 2000));
    QApplication::clipboard()->setText(QStringLiteral("大峪：") + kCleanUp);
    add = true;
    QTest::keyClick(units, Qt::Key_V, Qt::ControlModifier);
    REQUIRE(waitUntil([&] { return answered == 2 && noModal(); }, 10000));
    CHECK(shownItems(window, QStringLiteral("文明培育")) ==
          QStringList{QStringLiteral("|区妇联：组织读书会。"),
                      QStringLiteral("大峪街道|") + kCleanUp});
    CHECK(answerer.messages.isEmpty());
}

TEST_CASE("bad files dropped on the 简讯 section add nothing and say why", "[app][submission]") {
    SubmissionWindowFixture f;
    MainWindow window(*f.fixture.database, f.fixture.settingsPath());
    showAndActivate(window);
    const int section = briefsIndex(window);
    const Section before = briefs(window);
    const int stepsBefore = window.currentDocument()->undoStack()->count();
    int dialogs = 0;
    Answerer answerer([&](SubmissionDialog &dialog) {
        ++dialogs;
        click(dialog, QDialogButtonBox::Ok);
    });
    const QByteArray good = submissionDocx({{QStringLiteral("大峪："), kCleanUp}});
    const QString stream = QStringLiteral("EncryptionInfo");
    const QByteArray ole = QByteArray::fromHex("D0CF11E0A1B11AE1") + QByteArray(600, '\0');
    const QList<std::pair<QString, QByteArray>> bad = {
        {QStringLiteral("旧格式.doc"), ole},
        {QStringLiteral("加密.docx"),
         ole + QByteArray(reinterpret_cast<const char *>(stream.utf16()), stream.size() * 2)},
        {QStringLiteral("空.txt"), QByteArray()},
        {QStringLiteral("损坏.docx"), good.left(good.size() / 2)},
        {QStringLiteral("炸弹.docx"),
         zipOf({{QStringLiteral("word/document.xml"), QByteArray(2 * 1024 * 1024, ' ')}})},
        {QStringLiteral("无条目.txt"), QStringLiteral("本周没有信息。\n").toUtf8()},
    };
    const QStringList expected = {QStringLiteral("save it as .docx"),
                                  QStringLiteral("password-protected"),
                                  QStringLiteral("empty"),
                                  QStringLiteral("damaged or cut short"),
                                  QStringLiteral("100 times"),
                                  QStringLiteral("no item found")};
    const QString goodFile = f.file(QStringLiteral("好.docx"), good);
    for (int i = 0; i < bad.size(); ++i) {
        const QString path = f.file(bad.at(i).first, bad.at(i).second);
        INFO(bad.at(i).first.toStdString());
        // With a good file beside it: still nothing is added.
        REQUIRE(dropFiles(window.editor()->sections().at(section), {goodFile, path}));
        REQUIRE(waitUntil([&] { return answerer.messages.size() == i + 1 && noModal(); }, 10000));
        const QString message = answerer.messages.at(i);
        CHECK(message.startsWith(QStringLiteral("Nothing was added.")));
        CHECK(message.contains(bad.at(i).first));
        CHECK(message.contains(expected.at(i)));
    }
    CHECK(dialogs == 0);
    CHECK(briefs(window) == before);
    CHECK(window.currentDocument()->undoStack()->count() == stepsBefore);

    // Files dropped on a section of articles are not taken as submissions.
    CHECK_FALSE(dropFiles(window.editor()->sections().at(0), {goodFile}));
    QTest::qWait(200);
    CHECK(dialogs == 0);
}

TEST_CASE("the 简讯 section takes dropped files again once the form was read-only",
          "[app][submission]") {
    SubmissionWindowFixture f;
    MainWindow window(*f.fixture.database, f.fixture.settingsPath());
    showAndActivate(window);
    SectionView *section = window.editor()->sections().at(briefsIndex(window));
    CategoryView *category = section->categories().at(0);
    CHECK(section->acceptDrops());
    CHECK(category->acceptDrops());
    // What the window does for a signed issue, and for the next issue that is not signed.
    setFormReadOnly(window.editor(), true);
    CHECK_FALSE(section->acceptDrops());
    CHECK_FALSE(category->acceptDrops());
    setFormReadOnly(window.editor(), false);
    CHECK(section->acceptDrops());
    CHECK(category->acceptDrops());
    // An articles section never took drops, and still does not.
    CHECK_FALSE(window.editor()->sections().at(0)->acceptDrops());
}
