#include "appcommandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace kuaibao {

bool AppCommandLine::wantsInfoOnly(int argc, char *argv[]) {
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (std::strcmp(arg, "--help") == 0 || std::strcmp(arg, "-h") == 0 ||
            std::strcmp(arg, "--help-all") == 0 || std::strcmp(arg, "--version") == 0 ||
            std::strcmp(arg, "-v") == 0) {
            return true;
        }
    }
    return false;
}

AppCommandLine AppCommandLine::parse(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "kuaibao::AppCommandLine", "The desktop editor with which a district office composes, "
                                   "signs off, prints and files its work bulletin."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(
        QStringLiteral("db"),
        QCoreApplication::translate("kuaibao::AppCommandLine",
                                    "The archive to open (default: $KUAIBAO_DB, else "
                                    "~/.local/share/kuaibao/kuaibao.db)."),
        QStringLiteral("PATH"));
    const QCommandLineOption settings(
        QStringLiteral("settings"),
        QCoreApplication::translate("kuaibao::AppCommandLine",
                                    "Keep the window's settings in FILE instead of the user's."),
        QStringLiteral("FILE"));
    parser.addOption(db);
    parser.addOption(settings);
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "%s\n", qPrintable(parser.errorText()));
        std::exit(2);
    }
    if (parser.isSet(QStringLiteral("version"))) {
        parser.showVersion();
    }
    if (parser.isSet(QStringLiteral("help"))) {
        parser.showHelp(0);
    }
    AppCommandLine line;
    line.dbPath = parser.value(db);
    line.settingsPath = parser.value(settings);
    return line;
}

} // namespace kuaibao
