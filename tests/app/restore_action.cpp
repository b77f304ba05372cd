// File ▸ Restore from a backup: the window asks for the backup and a confirmation, then closes
// so that the archive can be let go of; the start-up loop then puts the backup in place.
#include "appfixture.h"

#include "app/backup/restorerequest.h"
#include "app/mainwindow.h"
#include "storage/backup/archivebackup.h"
#include "storage/backup/archiverestore.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

using namespace kuaibao;
using namespace kuaibao::test;

TEST_CASE("restore from a backup: the window asks, closes, and the backup is put in place",
          "[app][restore]") {
    AppFixture fixture;
    fixture.createIssue();
    const QString backup = fixture.dir.filePath(QStringLiteral("backup.db"));
    REQUIRE(ArchiveBackup(*fixture.database).writeTo(backup));
    fixture.createIssue(); // made after the backup: the restore takes it away

    QString asked;
    {
        MainWindow window(*fixture.database, fixture.settingsPath());
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        QTimer answer;
        answer.setInterval(100);
        QObject::connect(&answer, &QTimer::timeout, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *files = qobject_cast<QFileDialog *>(modal)) {
                if (auto *name = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"))) {
                    name->setFocus();
                    name->selectAll();
                    for (const QChar c : backup) {
                        QTest::sendKeyEvent(QTest::Click, name, Qt::Key_unknown, QString(c),
                                            Qt::NoModifier);
                    }
                    QTest::keyClick(name, Qt::Key_Return);
                }
            } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                box->button(QMessageBox::Yes)->click();
            }
        });
        answer.start();
        window.findChild<QAction *>(QStringLiteral("restoreBackupAction"))->trigger();
        answer.stop();
        REQUIRE(waitUntil([&] { return !window.isVisible(); }, 5000));
        asked = RestoreRequest::take();
        CHECK(RestoreRequest::take().isEmpty()); // taken once
    }
    CHECK(asked == backup);
    // While this process still has the archive open, the restore is refused.
    Result<ArchiveRestore::Outcome> refused =
        ArchiveRestore::restore(asked, fixture.databasePath());
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("open")));
    // What main does once the window has closed: the daily backup and the health check, which
    // run on the thread pool with connections of their own, finish; then the archive is let go.
    QThreadPool::globalInstance()->waitForDone();
    fixture.database.reset();
    Result<ArchiveRestore::Outcome> restored =
        ArchiveRestore::restore(asked, fixture.databasePath());
    INFO((restored ? QString() : restored.error().message).toStdString());
    REQUIRE(restored);
    CHECK(restored->issues == 1);
    CHECK_FALSE(restored->setAside.isEmpty());
}
