// kuaibao: the desktop editor of a district office's 工作快报.
#include "appcommandline.h"
#include "archivehealthwatch.h"
#include "backup/restorerequest.h"
#include "mainwindow.h"
#include "office/archiveopening.h"
#include "office/archiveswitch.h"
#include "windowsettings.h"

#include "core/translations.h"
#include "render/fontlibrary.h"
#include "storage/database.h"

#include <QApplication>
#include <QCoreApplication>
#include <QMessageBox>
#include <QThreadPool>
#include <QTimer>

namespace {

void describeApplication() {
    QCoreApplication::setOrganizationName(QStringLiteral("kuaibao"));
    QCoreApplication::setApplicationName(QStringLiteral("kuaibao"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KUAIBAO_VERSION));
    // Chinese first: the interface is Chinese unless KUAIBAO_LANG asks for another language.
    const QString language = qEnvironmentVariable("KUAIBAO_LANG", QStringLiteral("zh_CN"));
    kuaibao::installTranslations(QLocale(language));
}

} // namespace

int main(int argc, char *argv[]) {
    if (kuaibao::AppCommandLine::wantsInfoOnly(argc, argv)) {
        // --help and --version need no display: answer them and exit.
        QCoreApplication core(argc, argv);
        describeApplication();
        (void)kuaibao::AppCommandLine::parse(core.arguments());
        return 0;
    }
    QApplication app(argc, argv);
    describeApplication();
    QApplication::setFont(QFont(QStringLiteral("Noto Sans CJK SC"), 10));
    // The office's own fonts (<app data>/fonts), before any page is laid out.
    (void)kuaibao::loadApplicationFonts();

    const kuaibao::AppCommandLine options = kuaibao::AppCommandLine::parse(app.arguments());
    QString archive = kuaibao::ArchiveSwitch::startingArchive(
        options.dbPath, kuaibao::WindowSettings(options.settingsPath));
    for (;;) {
        int status = 0;
        {
            auto opened = kuaibao::openArchiveAtStart(archive);
            if (!opened) {
                QMessageBox::critical(nullptr, QObject::tr("Cannot open the archive"),
                                      opened.error().message);
                return 1;
            }
            archive = opened->location;
            kuaibao::Database &database = *opened->database;
            kuaibao::MainWindow window(database, options.settingsPath);
            window.show();
            // SQLite's quick check, off the UI thread: a damaged archive is reported and not
            // written.
            if (!database.isServer()) {
                (new kuaibao::ArchiveHealthWatch(database.path(), &window))->start();
            }
            if (qEnvironmentVariableIsSet("KUAIBAO_QUIT_WHEN_READY")) {
                // For the start-up benchmark (bench/app): quit once the shown window is idle.
                QTimer::singleShot(0, &app, &QCoreApplication::quit);
            }
            status = app.exec();
        } // the window and the archive are closed here
        if (const QString other = kuaibao::ArchiveSwitch::take(); !other.isEmpty()) {
            archive = other; // 连接到服务器 or 打开本机档案
            continue;
        }
        const QString backup = kuaibao::RestoreRequest::take();
        if (backup.isEmpty()) {
            return status;
        }
        QThreadPool::globalInstance()->waitForDone(); // the daily backup lets go of the archive
        kuaibao::RestoreRequest::carryOut(backup, archive);
    }
}
