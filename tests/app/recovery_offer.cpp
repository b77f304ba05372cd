// Work kept in a recovery file (the archive refused it) is offered back at the next start.
#include "appfixture.h"

#include "app/mainwindow.h"
#include "app/recoveryfile.h"
#include "app/recoveryoffer.h"
#include "core/document/issuedocument.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>

using namespace kuaibao;
using namespace kuaibao::test;

namespace {
// Empties the (test-mode) recovery folder before and after the test.
struct CleanRecoveryFolder {
    CleanRecoveryFolder() { QDir(recoveryFolder()).removeRecursively(); }
    ~CleanRecoveryFolder() { QDir(recoveryFolder()).removeRecursively(); }
};
} // namespace

TEST_CASE("the window offers recovery files at start and restores them",
          "[app][recovery][issue14]") {
    CleanRecoveryFolder clean;
    AppFixture fixture;
    Issue kept = fixture.createIssue();
    kept.masthead.office = QStringLiteral("恢复出来的办公室");
    const Result<QString> file = writeRecoveryFile(kept);
    REQUIRE(file);
    REQUIRE(pendingRecoveryFiles() == QStringList{*file});

    MainWindow window(*fixture.database, fixture.settingsPath());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(waitUntil([&] { return window.recoveryOffer()->box() != nullptr; }, 2000));
    QMessageBox *box = window.recoveryOffer()->box();
    REQUIRE(QTest::qWaitForWindowExposed(box));
    CHECK(box->text().contains(QString::number(kept.masthead.number)));
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("recoveryRestore")),
                      Qt::LeftButton);

    CHECK(IssueRepository(*fixture.database).loadById(kept.storageId)->masthead.office ==
          QStringLiteral("恢复出来的办公室"));
    CHECK(pendingRecoveryFiles().isEmpty());
    REQUIRE(window.currentDocument());
    CHECK(window.currentDocument()->issue().masthead.office == QStringLiteral("恢复出来的办公室"));

    // Offered once: the next start finds nothing waiting.
    MainWindow again(*fixture.database, fixture.settingsPath());
    QTest::qWait(50);
    CHECK(again.recoveryOffer()->box() == nullptr);
}
