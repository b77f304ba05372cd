// A past issue (往期, imported) in the window: read-only under a banner that says why, until
// File ▸ Make a draft of this past issue, chosen with the mouse, opens it for editing.
#include "appfixture.h"

#include "app/editingsession.h"
#include "app/editor/issueeditor.h"
#include "app/editor/richtextedit.h"
#include "app/mainwindow.h"
#include "core/document/issuedocument.h"
#include "storage/issuerepository.h"
#include "support/fixtures.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTest>

using namespace kuaibao;
using namespace kuaibao::test;

TEST_CASE("past issue window: read-only with a banner, then made a draft from the File menu",
          "[app][past]") {
    AppFixture fixture;
    Issue past = fullFixtureIssue(674);
    past.status = IssueStatus::Past;
    REQUIRE(IssueRepository(*fixture.database).save(past));
    MainWindow window(*fixture.database, fixture.settingsPath());
    showAndActivate(window);
    REQUIRE(window.currentDocument());
    CHECK(window.session()->isReadOnly());
    CHECK(window.windowTitle().contains(QStringLiteral("past issue, read-only")));
    auto *banner = window.findChild<QLabel *>(QStringLiteral("issueBanner"));
    REQUIRE(banner);
    CHECK(banner->isVisible());
    CHECK(banner->text().contains(QStringLiteral("Make a draft of this past issue")));
    RichTextEdit *body = window.editor()->findChild<RichTextEdit *>();
    REQUIRE(body);
    const QString before = body->toPlainText();
    body->setFocus();
    typeText(body, QStringLiteral("改"));
    CHECK(body->toPlainText() == before);

    QMenuBar *bar = window.menuBar();
    QAction *fileMenu = bar->actions().first();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(fileMenu).center());
    QMenu *menu = fileMenu->menu();
    REQUIRE(waitUntil([&] { return menu->isVisible(); }, 3000));
    auto *makeDraft = window.findChild<QAction *>(QStringLiteral("makeDraftAction"));
    REQUIRE(makeDraft);
    CHECK(makeDraft->isEnabled());
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(makeDraft).center());

    REQUIRE(waitUntil([&] { return !window.session()->isReadOnly(); }, 3000));
    CHECK(IssueRepository(*fixture.database).load(674)->status == IssueStatus::Draft);
    CHECK(banner->isHidden());
    CHECK_FALSE(makeDraft->isEnabled());
    CHECK_FALSE(window.windowTitle().contains(QStringLiteral("read-only")));
    body = window.editor()->findChild<RichTextEdit *>();
    REQUIRE(body);
    body->setFocus();
    QTest::keyClick(body, Qt::Key_End, Qt::ControlModifier);
    typeText(body, QStringLiteral("改"));
    CHECK(body->toPlainText().endsWith(QStringLiteral("改")));
}
