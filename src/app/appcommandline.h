#pragma once

#include <QString>
#include <QStringList>

namespace kuaibao {

// The desktop program's options (--db, --settings, --help, --version), read with
// QCommandLineParser so that --help and --version answer without opening a window.
class AppCommandLine {
public:
    // True when argv asks only for --help or --version: main() can answer them before
    // a QApplication (and a display) exists.
    static bool wantsInfoOnly(int argc, char *argv[]);

    // Parses the application's arguments. --help and --version print and exit the process;
    // an unknown option or a missing value prints the error and exits with status 2.
    static AppCommandLine parse(const QStringList &arguments);

    QString dbPath;       // --db PATH (empty: the default archive)
    QString settingsPath; // --settings FILE: a settings file of its own (tests, benchmarks)
};

} // namespace kuaibao
