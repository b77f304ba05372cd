// The preflight panel beside the pages: findings follow the typing, a click selects the place
// in the editor, the fix button repairs it and Ctrl+Z brings it back.
#include "appfixture.h"

#include "app/editor/richtextedit.h"
#include "app/mainwindow.h"
#include "app/preflight/findingslist.h"
#include "app/preflightfeatures.h"
#include "core/document/issuedocument.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDockWidget>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

using namespace kuaibao;
using namespace kuaibao::test;

namespace {

int rowOfKind(const FindingsList &panel, const QString &kind) {
    for (int i = 0; i < panel.findings().size(); ++i) {
        if (panel.findings().at(i).kind == kind) {
            return i;
        }
    }
    return -1;
}

QString firstBody(const IssueDocument &document) {
    return document.issue().sections.at(0).articles.at(0).paragraphs.first().text.plainText();
}

} // namespace

TEST_CASE("preflight panel: a clicked finding selects its place, its fix applies, Ctrl+Z undoes it",
          "[app][preflight]") {
    AppFixture fixture;
    fixture.createIssue();
    MainWindow window(*fixture.database, fixture.settingsPath());
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    FindingsList *panel = window.preflightFeatures()->panel();
    REQUIRE(window.preflightFeatures()->dock()->isVisible());
    IssueDocument *document = window.currentDocument();
    REQUIRE(document);

    RichTextEdit *body = startFirstArticle(window);
    typeText(body, QStringLiteral("县里八日召开推进会,各乡镇参加"));
    const QString kind = QStringLiteral("halfwidth-punctuation");
    REQUIRE(waitUntil([&] { return rowOfKind(*panel, kind) >= 0; }, 3000));

    // A click on the finding puts the focus in the paragraph with the comma selected.
    QListWidget *list = panel->list();
    const int row = rowOfKind(*panel, kind);
    const QRect rect = list->visualItemRect(list->item(row));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    CHECK(body->hasFocus());
    CHECK(body->textCursor().selectedText() == QStringLiteral(","));

    // The fix button replaces it; the finding is gone.
    auto *fix = panel->findChild<QPushButton *>(QStringLiteral("findingFixButton"));
    REQUIRE(fix->isEnabled());
    QTest::mouseClick(fix, Qt::LeftButton);
    CHECK(firstBody(*document) == QStringLiteral("县里八日召开推进会，各乡镇参加"));
    CHECK(rowOfKind(*panel, kind) < 0);

    // Ctrl+Z, wherever the focus is, takes the fix back; the finding returns.
    QWidget *focused = QApplication::focusWidget();
    REQUIRE(focused);
    QTest::keyClick(focused, Qt::Key_Z, Qt::ControlModifier);
    CHECK(firstBody(*document) == QStringLiteral("县里八日召开推进会,各乡镇参加"));
    CHECK(waitUntil([&] { return rowOfKind(*panel, kind) >= 0; }, 3000));
}

TEST_CASE("preflight panel: a numbering gap typed in two paragraphs is renumbered by its fix",
          "[app][preflight]") {
    AppFixture fixture;
    fixture.createIssue();
    MainWindow window(*fixture.database, fixture.settingsPath());
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    FindingsList *panel = window.preflightFeatures()->panel();
    IssueDocument *document = window.currentDocument();
    REQUIRE(document);

    RichTextEdit *body = startFirstArticle(window);
    typeText(body, QStringLiteral("一、城关镇整改到位。"));
    QTest::keyClick(body, Qt::Key_Return);
    typeText(body, QStringLiteral("三、河口乡明显好转。"));
    const QString kind = QStringLiteral("numbering-gap");
    REQUIRE(waitUntil([&] { return rowOfKind(*panel, kind) >= 0; }, 3000));
    const int row = rowOfKind(*panel, kind);
    CHECK(panel->findings().at(row).placeText == QStringLiteral("S1.A1.P2:1"));

    QListWidget *list = panel->list();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(list->item(row)).center());
    CHECK(body->hasFocus());
    CHECK(body->textCursor().selectedText() == QStringLiteral("三"));
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("findingFixButton")),
                      Qt::LeftButton);
    const auto second = [&] {
        return document->issue().sections.at(0).articles.at(0).paragraphs.at(1).text.plainText();
    };
    CHECK(second() == QStringLiteral("二、河口乡明显好转。"));
    CHECK(rowOfKind(*panel, kind) < 0);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(second() == QStringLiteral("三、河口乡明显好转。"));
}
