// kuaibao: the desktop editor of a district office's 工作快报.
#include "archivehealthwatch.h"
#include "mainwindow.h"

#include "core/translations.h"
#include "render/fontlibrary.h"
#include "storage/database.h"

#include <QApplication>
#include <QMessageBox>
#include <QTimer>

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("kuaibao"));
    QApplication::setApplicationName(QStringLiteral("kuaibao"));
    QApplication::setApplicationVersion(QStringLiteral(KUAIBAO_VERSION));
    // Chinese first: the interface is Chinese unless KUAIBAO_LANG asks for another language.
    const QString language = qEnvironmentVariable("KUAIBAO_LANG", QStringLiteral("zh_CN"));
    kuaibao::installTranslations(QLocale(language));
    QApplication::setFont(QFont(QStringLiteral("Noto Sans CJK SC"), 10));
    // The office's own fonts (<app data>/fonts), before any page is laid out.
    (void)kuaibao::loadApplicationFonts();

    QString dbPath;
    QString settingsPath; // --settings FILE: a settings file of its own (tests, benchmarks)
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QStringLiteral("--db")) {
            dbPath = args.at(i + 1);
        } else if (args.at(i) == QStringLiteral("--settings")) {
            settingsPath = args.at(i + 1);
        }
    }
    auto database = kuaibao::Database::open(kuaibao::Database::resolvePath(dbPath));
    if (!database) {
        QMessageBox::critical(nullptr, QObject::tr("Cannot open the archive"),
                              database.error().message);
        return 1;
    }
    kuaibao::MainWindow window(**database, settingsPath);
    window.show();
    // SQLite's quick check, off the UI thread: a damaged archive is reported and not written.
    (new kuaibao::ArchiveHealthWatch((*database)->path(), &window))->start();
    if (qEnvironmentVariableIsSet("KUAIBAO_QUIT_WHEN_READY")) {
        // For the start-up benchmark (bench/app): quit once the shown window is idle.
        QTimer::singleShot(0, &app, &QCoreApplication::quit);
    }
    return app.exec();
}
