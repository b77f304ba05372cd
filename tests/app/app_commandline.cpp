// The desktop program answers --help and --version on the terminal, even with no display.
#include <catch2/catch.hpp>

#include <QProcess>
#include <QProcessEnvironment>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
};

// Runs the built kuaibao with no display and no platform chosen, as on a server over ssh.
Run runApp(const QStringList &args, const QString &language) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("KUAIBAO_LANG"), language);
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(KUAIBAO_APP_PATH), args);
    Run run;
    if (process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit) {
        run.exitCode = process.exitCode();
    }
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    return run;
}

} // namespace

TEST_CASE("kuaibao --version prints the version and exits without a display", "[app][cli]") {
    const Run run = runApp({QStringLiteral("--version")}, QStringLiteral("C"));
    CHECK(run.exitCode == 0);
    CHECK(run.out == QStringLiteral("kuaibao " KUAIBAO_VERSION "\n"));
}

TEST_CASE("kuaibao --help lists --db and --settings, in Chinese by default", "[app][cli]") {
    const Run english = runApp({QStringLiteral("--help")}, QStringLiteral("C"));
    CHECK(english.exitCode == 0);
    CHECK(english.out.contains(QStringLiteral("--db <PATH>")));
    CHECK(english.out.contains(QStringLiteral("--settings <FILE>")));
    CHECK(english.out.contains(QStringLiteral("Usage:")));
    const Run chinese = runApp({QStringLiteral("-h")}, QStringLiteral("zh_CN"));
    CHECK(chinese.exitCode == 0);
    CHECK(chinese.out.contains(QStringLiteral("要打开的档案")));
}
