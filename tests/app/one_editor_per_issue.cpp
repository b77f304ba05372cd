// One editor per issue in the window: an issue another program edits opens read-only under
// "正在由 … 编辑（自 … 起）", and once that program lets go (or dies) the Edit button makes it
// editable here, while the other program is now refused.
#include "appfixture.h"

#include "app/editingsession.h"
#include "app/editor/issueeditor.h"
#include "app/mainwindow.h"
#include "app/office/issuelease.h"
#include "app/office/leasebanner.h"
#include "app/office/officefeatures.h"
#include "core/translations.h"
#include "storage/database.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace kuaibao;
using namespace kuaibao::test;

namespace {

// A `kuaibao-cli dev hold-lease` process: another program editing an issue of the archive.
class LeaseHolderProcess {
public:
    LeaseHolderProcess(const QString &archive, int number, const QString &as) {
        m_process.start(QStringLiteral(KUAIBAO_CLI_PATH),
                        {QStringLiteral("--db"), archive, QStringLiteral("dev"),
                         QStringLiteral("hold-lease"), QString::number(number),
                         QStringLiteral("--as"), as});
        REQUIRE(m_process.waitForStarted(30000));
        REQUIRE(waitUntil(
            [this] {
                m_out += m_process.readAllStandardOutput();
                return m_out.contains("holding") || m_process.state() != QProcess::Running;
            },
            30000));
        INFO(m_process.readAllStandardError().toStdString());
        REQUIRE(m_out.contains("holding"));
    }
    ~LeaseHolderProcess() { kill(); }
    // Ends it as a crash would: no chance to give the lease up.
    void kill() {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }

private:
    QProcess m_process;
    QByteArray m_out;
};

bool windowEditable(MainWindow &window) {
    return !window.session()->isReadOnly() &&
           window.findChild<QAction *>(QStringLiteral("saveAction"))->isEnabled();
}

} // namespace

TEST_CASE("an issue another program edits opens read-only with who edits it since when",
          "[app][leases]") {
    installTranslations(QLocale(QStringLiteral("zh_CN"))); // this case runs in a process of its own
    AppFixture fixture;
    const Issue issue = fixture.createIssue();
    LeaseHolderProcess other(fixture.databasePath(), issue.masthead.number,
                             QStringLiteral("张三@pc-9"));
    const QString since = QTime::currentTime().toString(QStringLiteral("HH:mm"));

    MainWindow window(*fixture.database, fixture.settingsPath());
    showAndActivate(window);
    LeaseBanner *banner = window.officeFeatures()->leaseBanner();
    REQUIRE(window.currentDocument());
    CHECK(banner->isVisible());
    CHECK(banner->text()->text() == QStringLiteral("正在由 张三@pc-9 编辑（自 %1 起）").arg(since));
    CHECK_FALSE(banner->editButton()->isVisible());
    CHECK(window.session()->isReadOnly());
    CHECK_FALSE(window.findChild<QAction *>(QStringLiteral("saveAction"))->isEnabled());
    CHECK(window.editor()->property("formReadOnly").toBool());
    CHECK(window.findChild<QLabel *>(QStringLiteral("saveState"))->text() ==
          QStringLiteral("只读：其他人正在编辑本期"));

    // The other program dies: its lease is free at once on this computer, and the banner says so.
    other.kill();
    REQUIRE(waitUntil([&] { return banner->editButton()->isVisible(); }, 6000));
    CHECK(banner->text()->text().contains(QStringLiteral("张三@pc-9")));
    CHECK(window.session()->isReadOnly()); // nothing changes until asked
    QTest::mouseClick(banner->editButton(), Qt::LeftButton);
    CHECK(windowEditable(window));
    CHECK_FALSE(banner->isVisible());
    CHECK_FALSE(window.editor()->property("formReadOnly").toBool());

    // Now the window holds the lease: another program is refused, naming this window's user.
    const CliRun refused =
        runCli({QStringLiteral("--db"), fixture.databasePath(), QStringLiteral("dev"),
                QStringLiteral("hold-lease"), QString::number(issue.masthead.number)});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QStringLiteral("is being edited by")));
    CHECK(refused.err.contains(window.officeFeatures()->lease()->holderName()));
}

TEST_CASE("when the other program closes the issue the read-only window offers to edit it",
          "[app][leases]") {
    AppFixture fixture;
    const Issue issue = fixture.createIssue();
    QProcess other;
    other.start(QStringLiteral(KUAIBAO_CLI_PATH),
                {QStringLiteral("--db"), fixture.databasePath(), QStringLiteral("dev"),
                 QStringLiteral("hold-lease"), QString::number(issue.masthead.number),
                 QStringLiteral("--as"), QStringLiteral("lisi@pc-2"), QStringLiteral("--seconds"),
                 QStringLiteral("3")});
    REQUIRE(other.waitForStarted(30000));
    REQUIRE(waitUntil([&] { return other.canReadLine() || other.state() != QProcess::Running; },
                      30000));
    REQUIRE(other.readLine().contains("holding"));

    MainWindow window(*fixture.database, fixture.settingsPath());
    showAndActivate(window);
    LeaseBanner *banner = window.officeFeatures()->leaseBanner();
    CHECK(banner->text()->text().startsWith(QStringLiteral("Being edited by lisi@pc-2 (since ")));
    CHECK_FALSE(windowEditable(window));
    REQUIRE(other.waitForFinished(30000));
    CHECK(other.exitCode() == 0);
    REQUIRE(waitUntil([&] { return banner->editButton()->isVisible(); }, 6000));
    CHECK(banner->text()->text() ==
          QStringLiteral("lisi@pc-2 has stopped editing this issue: you can edit it now."));
    QTest::mouseClick(banner->editButton(), Qt::LeftButton);
    CHECK(windowEditable(window));
}

TEST_CASE("a window gives its lease up when it closes, and another window then edits",
          "[app][leases]") {
    AppFixture fixture;
    fixture.createIssue();
    {
        MainWindow first(*fixture.database, fixture.settingsPath());
        showAndActivate(first);
        REQUIRE(windowEditable(first));
        MainWindow second(*fixture.database, fixture.settingsPath());
        showAndActivate(second);
        CHECK(second.session()->isReadOnly());
        CHECK(second.officeFeatures()->leaseBanner()->isVisible());
        first.close();
        REQUIRE(waitUntil(
            [&] { return second.officeFeatures()->leaseBanner()->editButton()->isVisible(); },
            6000));
    }
    MainWindow again(*fixture.database, fixture.settingsPath());
    showAndActivate(again);
    CHECK(windowEditable(again));
    CHECK_FALSE(again.officeFeatures()->leaseBanner()->isVisible());
}

TEST_CASE("a lease renewal waiting for another program's write lock does not stall the window",
          "[app][leases]") {
    AppFixture fixture;
    fixture.createIssue();
    MainWindow window(*fixture.database, fixture.settingsPath());
    showAndActivate(window);
    REQUIRE(windowEditable(window));
    IssueLease *lease = window.officeFeatures()->lease();
    const qint64 held = lease->heldIssue();
    REQUIRE(held != 0);

    // Another program holds the archive's write lock: the renewal waits for it (up to the
    // busy timeout), as a round trip waits on a slow disk or server.
    auto other = Database::open(fixture.databasePath());
    REQUIRE(other);
    QSqlQuery lock((*other)->connection());
    REQUIRE(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));

    QSignalSpy finished(lease, &IssueLease::renewFinished);
    lease->renewNow();
    lease->renewNow(); // while one is under way: not a second one
    CHECK(longestStall(1500) < 200);
    REQUIRE(lease->isRenewing()); // the renewal was held up all along
    CHECK(finished.isEmpty());

    REQUIRE(lock.exec(QStringLiteral("ROLLBACK")));
    REQUIRE(waitUntil([&] { return !lease->isRenewing(); }, 5000));
    waitUntil([] { return false; }, 300); // a second renewal would have come back by now
    CHECK(finished.size() == 1);
    CHECK(lease->heldIssue() == held); // renewed, not lost
    CHECK(windowEditable(window));
}
