// Heading levels in the editor: Ctrl+1 … Ctrl+4 and Ctrl+0 on the focused body, and the style
// box beside it, each one undoable step that also offers the numbering continuing the sequence;
// Enter after a heading starts body text.
#include "appfixture.h"

#include "app/editor/articleview.h"
#include "app/editor/issueeditor.h"
#include "app/editor/richtextedit.h"
#include "app/editor/sectionview.h"
#include "app/mainwindow.h"
#include "core/document/issuedocument.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QComboBox>
#include <QTest>

using namespace kuaibao;
using namespace kuaibao::test;

namespace {

QList<int> modelLevels(const IssueDocument &document) {
    QList<int> levels;
    for (const Paragraph &p : document.issue().sections.at(0).articles.at(0).paragraphs) {
        levels << p.level;
    }
    return levels;
}

} // namespace

TEST_CASE("Ctrl+1 … Ctrl+4 and Ctrl+0 set the level of the paragraph at the cursor, undoably",
          "[app][window]") {
    AppFixture fixture;
    fixture.createIssue();
    MainWindow window(*fixture.database, fixture.settingsPath());
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    IssueDocument *document = window.currentDocument();
    REQUIRE(document);

    RichTextEdit *body = startFirstArticle(window);
    // A view added to the shown editor is shown from the event loop; shortcuts need it shown.
    REQUIRE(waitUntil([&] { return body->isVisible(); }, 5000));
    typeText(body, QStringLiteral("一、城关镇"));
    QTest::keyClick(body, Qt::Key_Return);
    typeText(body, QStringLiteral("背街小巷保洁到位。"));
    REQUIRE(modelLevels(*document) == QList<int>{0, 0});
    ArticleView *article = window.editor()->sections().at(0)->articles().at(0);
    QComboBox *box = article->levelBox();

    // The cursor in the first paragraph: Ctrl+1 makes it a level 1 heading.
    QTest::keyClick(body, Qt::Key_Up);
    QTest::keyClick(body, Qt::Key_1, Qt::ControlModifier);
    CHECK(modelLevels(*document) == QList<int>{1, 0});
    CHECK(body->levels() == QList<int>{1, 0});
    CHECK(box->currentIndex() == 1);
    auto *undo = window.findChild<QAction *>(QStringLiteral("undoAction"));
    REQUIRE(undo);
    CHECK(undo->text() == QStringLiteral("&Undo Heading level 1"));

    // Ctrl+3 changes the level; Ctrl+0 makes it body text again; each is a step of its own.
    QTest::keyClick(body, Qt::Key_3, Qt::ControlModifier);
    CHECK(modelLevels(*document) == QList<int>{3, 0});
    QTest::keyClick(body, Qt::Key_0, Qt::ControlModifier);
    CHECK(modelLevels(*document) == QList<int>{0, 0});
    CHECK(box->currentIndex() == 0);
    QTest::keyClick(body, Qt::Key_Z, Qt::ControlModifier);
    CHECK(modelLevels(*document) == QList<int>{3, 0});
    CHECK(body->levels() == QList<int>{3, 0});
    QTest::keyClick(body, Qt::Key_Z, Qt::ControlModifier);
    CHECK(modelLevels(*document) == QList<int>{1, 0});
    QTest::keyClick(body, Qt::Key_Y, Qt::ControlModifier);
    CHECK(modelLevels(*document) == QList<int>{3, 0});
    // Level 3 offered its own numbering in place of 一、, in the same step.
    CHECK(document->issue().sections.at(0).articles.at(0).paragraphs.at(0).text.plainText() ==
          QStringLiteral("1.城关镇"));

    // The second paragraph from the style box: level 2, then Ctrl+4 and Ctrl+2 on the keyboard.
    QTest::keyClick(body, Qt::Key_Down);
    CHECK(box->currentIndex() == 0);
    QTest::keyClick(box, Qt::Key_Down); // Heading 1 (一、)
    QTest::keyClick(box, Qt::Key_Down); // Heading 2 (（一）)
    CHECK(modelLevels(*document) == QList<int>{3, 2});
    CHECK(box->currentIndex() == 2);
    CHECK(body->hasFocus()); // back to the text after choosing
    CHECK(body->paragraphs().at(1).plainText() == QStringLiteral("（一）背街小巷保洁到位。"));
    QTest::keyClick(body, Qt::Key_4, Qt::ControlModifier);
    CHECK(modelLevels(*document) == QList<int>{3, 4});
    QTest::keyClick(body, Qt::Key_2, Qt::ControlModifier);
    CHECK(modelLevels(*document) == QList<int>{3, 2});

    // Enter at the end of a heading starts a paragraph of body text.
    QTest::keyClick(body, Qt::Key_End);
    QTest::keyClick(body, Qt::Key_Return);
    typeText(body, QStringLiteral("已责令整改。"));
    CHECK(modelLevels(*document) == QList<int>{3, 2, 0});
    CHECK(box->currentIndex() == 0);
}
