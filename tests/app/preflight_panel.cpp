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
