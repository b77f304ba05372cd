// kuaibao: the desktop editor of a district office's 工作快报.
#include "mainwindow.h"

#include "core/translations.h"
#include "storage/database.h"

#include <QApplication>
#include <QMessageBox>

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("kuaibao"));
    QApplication::setApplicationVersion(QStringLiteral(KUAIBAO_VERSION));
    // Chinese first: the interface is Chinese unless KUAIBAO_LANG asks for another language.
    const QString language = qEnvironmentVariable("KUAIBAO_LANG", QStringLiteral("zh_CN"));
    kuaibao::installTranslations(QLocale(language));

    QString dbPath;
    const QStringList args = app.arguments();
    const qsizetype dbIndex = args.indexOf(QStringLiteral("--db"));
    if (dbIndex > 0 && dbIndex + 1 < args.size()) {
        dbPath = args.at(dbIndex + 1);
    }
    auto database = kuaibao::Database::open(kuaibao::Database::resolvePath(dbPath));
    if (!database) {
        QMessageBox::critical(nullptr, QObject::tr("Cannot open the archive"),
                              database.error().message);
        return 1;
    }
    kuaibao::MainWindow window(**database);
    window.show();
    return app.exec();
}
