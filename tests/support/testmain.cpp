// The Catch2 runner of every test executable: a QApplication on the offscreen platform, so
// tests that paint, use fonts or drive widgets run without a display.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "support/pgtestserver.h"
#include "support/testsupport.h"

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char *argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    // The same UTF-8 locale on every machine, for the tests and the programs they start.
    qputenv("LANG", "C.UTF-8");
    qputenv("LC_ALL", "C.UTF-8");
    // Keep tests away from the user's real archive and settings.
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("kuaibao-tests"));
    // The cases run on the PostgreSQL test server (support/testarchive.h): without a server,
    // the whole run is skipped, never passed.
    if (qEnvironmentVariable("KUAIBAO_TEST_ENGINE") == QLatin1String("postgres") &&
        !kuaibao::test::PgTestDatabase::unavailableReason().isEmpty()) {
        kuaibao::test::reportSkipped(kuaibao::test::PgTestDatabase::unavailableReason());
        return 0;
    }
    return Catch::Session().run(argc, argv);
}
