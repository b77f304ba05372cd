// The archive's quick check at start: the window opens at once, and damage found in the
// background is then told to the user with what to do.
#include "reliability/craftedarchives.h"

#include "app/archivehealthwatch.h"
#include "app/mainwindow.h"
#include "appfixture.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace kuaibao;
using namespace kuaibao::test;

TEST_CASE("a damaged archive is reported by the window soon after it opens", "[app][health]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("archive.db"));
    REQUIRE(makeSoundArchive(path));
    REQUIRE(garbleSearchIndexPage(path));
    auto database = Database::open(path);
    REQUIRE(database);

    MainWindow window(**database, dir.filePath(QStringLiteral("settings.ini")));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    (new ArchiveHealthWatch(path, &window))->start();
    QMessageBox *warning = nullptr;
    REQUIRE(waitUntil(
        [&] {
            warning = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            return warning != nullptr;
        },
        10000));
    CHECK(warning->windowTitle() == QStringLiteral("The archive is damaged"));
    CHECK(warning->text().contains(QStringLiteral("restore")));
    warning->button(QMessageBox::Ok)->click();
    QThreadPool::globalInstance()->waitForDone();
}

TEST_CASE("a sound archive opens without a word from the quick check", "[app][health]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("archive.db"));
    REQUIRE(makeSoundArchive(path));
    auto database = Database::open(path);
    REQUIRE(database);
    MainWindow window(**database, dir.filePath(QStringLiteral("settings.ini")));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    (new ArchiveHealthWatch(path, &window))->start();
    QThreadPool::globalInstance()->waitForDone();
    QTest::qWait(200); // the answer, had there been one, comes back through the event loop
    CHECK(QApplication::activeModalWidget() == nullptr);
}
