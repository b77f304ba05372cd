// Pasting from Word, WPS or a web page keeps text and bold only; find and replace in the window.
#include "appfixture.h"

#include "app/editor/articleview.h"
#include "app/editor/issueeditor.h"
#include "app/editor/richtextedit.h"
#include "app/editor/sectionview.h"
#include "app/findreplacebar.h"
#include "app/mainwindow.h"
#include "core/document/issuedocument.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QTest>
#include <QTextBlock>

using namespace kuaibao;
using namespace kuaibao::test;

namespace {
// What Word and a web page put on the clipboard: fonts, colours, sizes, a link, an image, a table.
const QString kWordHtml = QStringLiteral(
    "<html><head><style>p.MsoNormal{font-family:宋体;font-size:16pt;color:#333333}</style></head>"
    "<body><p class=MsoNormal style=\"font-family:'Microsoft YaHei';color:red;font-size:22pt\">"
    "区妇联：<b style='mso-bidi-font-weight:normal'>组织亲子阅读</b>活动。</p>"
    "<p><span style=\"font-weight:700;color:blue;font-size:30px\">第二段全粗</span>"
    "<a href=\"http://example.org\"><i><u>链接文字</u></i></a><img src=\"x.png\"></p>"
    "<table><tr><td><strong>表格</strong>内容</td></tr></table></body></html>");

bool onlyTextAndBold(const QTextDocument &document) {
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.hasProperty(QTextFormat::ForegroundBrush) ||
                format.hasProperty(QTextFormat::FontFamilies) ||
                format.hasProperty(QTextFormat::FontPointSize) ||
                format.hasProperty(QTextFormat::FontPixelSize) || format.isAnchor() ||
                format.fontItalic() || format.fontUnderline() || format.isImageFormat()) {
                return false;
            }
        }
    }
    return true;
}
} // namespace

TEST_CASE("pasting rich HTML keeps only text and bold", "[app][paste]") {
    RichTextEdit edit(RichTextEdit::Mode::Paragraphs);
    edit.show();
    REQUIRE(QTest::qWaitForWindowExposed(&edit));
    typeText(&edit, QStringLiteral("前文"));
    auto *data = new QMimeData;
    data->setHtml(kWordHtml);
    data->setText(QStringLiteral("plain fallback"));
    QApplication::clipboard()->setMimeData(data);
    QTest::keyClick(&edit, Qt::Key_V, Qt::ControlModifier);

    const QList<RichText> paragraphs = edit.paragraphs();
    REQUIRE(paragraphs.size() == 3);
    CHECK(paragraphs.at(0).toMarkup() == QStringLiteral("前文区妇联：**组织亲子阅读**活动。"));
    CHECK(paragraphs.at(1).toMarkup() == QStringLiteral("**第二段全粗**链接文字"));
    CHECK(paragraphs.at(2).toMarkup() == QStringLiteral("**表格**内容"));
    CHECK(onlyTextAndBold(*edit.document()));
}

TEST_CASE("pasting into a 简讯 item keeps it one paragraph", "[app][paste]") {
    RichTextEdit edit(RichTextEdit::Mode::SingleParagraph);
    auto *data = new QMimeData;
    data->setText(QStringLiteral("第一行\n第二行\r\n"));
    QApplication::clipboard()->setMimeData(data);
    edit.paste();
    CHECK(edit.paragraphs().size() == 1);
    CHECK(edit.text().plainText() == QStringLiteral("第一行第二行"));
}

TEST_CASE("find and replace across the issue is undone in one step", "[app][find]") {
    AppFixture fixture;
    fixture.createIssue();
    MainWindow window(*fixture.database, fixture.settingsPath());
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    IssueDocument *document = window.currentDocument();
    SectionView *meeting = window.editor()->sections().at(0);
    QTest::mouseClick(meeting->findChild<QPushButton *>(QStringLiteral("addPartButton")),
                      Qt::LeftButton);
    RichTextEdit *body = meeting->articles().at(0)->body();
    body->setFocus();
    typeText(body, QStringLiteral("创城工作要常态化，创城成果要巩固。"));

    QTest::keyClick(body, Qt::Key_H, Qt::ControlModifier);
    FindReplaceBar *bar = window.findBar();
    REQUIRE(bar->isVisible());
    CHECK(bar->findBox()->hasFocus());
    typeText(bar->findBox(), QStringLiteral("创城"));
    QTest::keyClick(bar->findBox(), Qt::Key_Return);
    CHECK(body->hasFoundHighlight()); // marked, while the focus stays in the find box
    CHECK(bar->findBox()->hasFocus());
    typeText(bar->replaceBox(), QStringLiteral("文明创建"));
    bar->replaceAll();
    CHECK(document->issue().sections.at(0).articles.at(0).paragraphs.first().text.plainText() ==
          QStringLiteral("文明创建工作要常态化，文明创建成果要巩固。"));
    document->undoStack()->undo();
    CHECK(document->issue().sections.at(0).articles.at(0).paragraphs.first().text.plainText() ==
          QStringLiteral("创城工作要常态化，创城成果要巩固。"));
}
