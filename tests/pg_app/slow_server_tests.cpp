// A server that answers slowly never stalls the window: the editing lease's renewal and the
// live updates' check wait on threads of their own while the window goes on handling events,
// and a renewal under way is not piled upon.
#include "app/appfixture.h"
#include "pg/pgsupport.h"

#include "app/editingsession.h"
#include "app/issuelistpanel.h"
#include "app/mainwindow.h"
#include "app/office/issuelease.h"
#include "app/office/liveupdates.h"
#include "app/office/officefeatures.h"
#include "core/document/issuedocument.h"
#include "storage/issuerepository.h"
#include "storage/postgres/postgresengine.h"
#include "support/fixtures.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace kuaibao;
using namespace kuaibao::test;

TEST_CASE("a lease renewal held up by the server does not stall the window",
          "[pg][window][leases]") {
    KUAIBAO_PG_DATABASE(db);
    initServer(db);
    auto opened = Database::open(db.clerkUrl());
    REQUIRE(opened);
    REQUIRE(IssueRepository(**opened).save(fullFixtureIssue(31)));
    QTemporaryDir dir;
    MainWindow window(**opened, dir.filePath(QStringLiteral("settings.ini")));
    showAndActivate(window);
    REQUIRE(window.currentDocument());
    REQUIRE_FALSE(window.session()->isReadOnly());
    IssueLease *lease = window.officeFeatures()->lease();
    const qint64 held = lease->heldIssue();
    REQUIRE(held == window.currentDocument()->issue().storageId);

    // Another connection locks the lease's row: the renewal's update waits for it, as a round
    // trip waits on a slow network.
    auto locker = Database::open(db.clerkUrl());
    REQUIRE(locker);
    QSqlQuery lock((*locker)->connection());
    REQUIRE(lock.exec(QStringLiteral("BEGIN")));
    REQUIRE(lock.prepare(
        QStringLiteral("SELECT holder FROM editing_leases WHERE issue_id = ? FOR UPDATE")));
    lock.addBindValue(held);
    INFO(lock.lastError().text().toStdString());
    REQUIRE(lock.exec());
    REQUIRE(lock.next());

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
    CHECK_FALSE(window.session()->isReadOnly());
}

TEST_CASE("a live-update check held up by the server does not stall the window",
          "[pg][window][live]") {
    KUAIBAO_PG_DATABASE(db);
    initServer(db);
    auto opened = Database::open(db.clerkUrl());
    REQUIRE(opened);
    REQUIRE(IssueRepository(**opened).save(fullFixtureIssue(31)));
    QTemporaryDir dir;
    MainWindow window(**opened, dir.filePath(QStringLiteral("settings.ini")));
    showAndActivate(window);
    REQUIRE(window.currentDocument());
    waitUntil([] { return false; }, 500); // the live thread is listening by now

    // Another connection locks the issues away from every reader, and a third says something
    // changed: the live check wakes and waits for the lock to read what changed.
    auto locker = Database::open(db.clerkUrl());
    REQUIRE(locker);
    QSqlQuery lock((*locker)->connection());
    REQUIRE(lock.exec(QStringLiteral("BEGIN")));
    INFO(lock.lastError().text().toStdString());
    REQUIRE(lock.exec(QStringLiteral("LOCK TABLE issues IN ACCESS EXCLUSIVE MODE")));
    QSignalSpy woke(window.officeFeatures()->liveUpdates(), &LiveUpdates::mayHaveChanged);
    auto notifier = Database::open(db.clerkUrl());
    REQUIRE(notifier);
    QSqlQuery notify((*notifier)->connection());
    REQUIRE(notify.exec(
        QStringLiteral("SELECT pg_notify('%1', '')").arg(PostgresEngine::changeChannel())));
    CHECK(longestStall(1500) < 200);
    CHECK_FALSE(woke.isEmpty()); // the check was under way all along
    REQUIRE(lock.exec(QStringLiteral("ROLLBACK")));

    // Still live afterwards.
    const CliRun created =
        runCli({QStringLiteral("--db"), db.clerkUrl(), QStringLiteral("dev"),
                QStringLiteral("save-loop"), QStringLiteral("--numbers"), QStringLiteral("900"),
                QStringLiteral("--count"), QStringLiteral("1")});
    INFO(created.err.toStdString());
    REQUIRE(created.exitCode == 0);
    CHECK(waitUntil(
        [&] {
            QTreeWidget *tree = window.issueList()->tree();
            tree->expandAll();
            return !tree->findItems(QStringLiteral("No. 900"),
                                    Qt::MatchExactly | Qt::MatchRecursive, 0)
                        .isEmpty();
        },
        2000));
}
