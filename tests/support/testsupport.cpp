#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <cstdio>

namespace kuaibao::test {

QString samplePath() {
    // KUAIBAO_SAMPLE names another file (a missing one shows how the tests behave without it).
    const QString chosen = qEnvironmentVariable("KUAIBAO_SAMPLE");
    const QString path =
        !chosen.isEmpty()
            ? chosen
            : QDir(QStringLiteral(KUAIBAO_SOURCE_DIR))
                  .absoluteFilePath(QStringLiteral("../shared/samples/kuaibao-673.txt"));
    if (!QFile::exists(path)) {
        static bool warned = false;
        if (!warned) {
            std::fprintf(stderr,
                         "NOTE: the sample issue is absent (%s); tests that need it "
                         "are skipped.\n",
                         qPrintable(path));
            warned = true;
        }
        return {};
    }
    return QDir::cleanPath(path);
}

void reportSkipped(const QString &reason) {
    std::printf("KUAIBAO-SKIPPED: %s\n", qPrintable(reason));
    std::fflush(stdout);
}

QStringList deletedArchiveFilesHeldOpen(const QString &databasePath, qint64 pid) {
    const QString base = QFileInfo(databasePath).absoluteFilePath();
    QStringList held;
    const QDir fds(pid == 0 ? QStringLiteral("/proc/self/fd")
                            : QStringLiteral("/proc/%1/fd").arg(pid));
    for (const QString &fd : fds.entryList(QDir::Files | QDir::System)) {
        const QString target = QFile::symLinkTarget(fds.filePath(fd));
        if (target.startsWith(base) && target.endsWith(QLatin1String(" (deleted)"))) {
            held << target;
        }
    }
    return held;
}

void reportSkipped(const char *utf8Reason) {
    reportSkipped(QString::fromUtf8(utf8Reason));
}

CliRun runCli(const QStringList &args, const QByteArray &input, const QProcessEnvironment &env) {
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(KUAIBAO_CLI_PATH), args);
    CliRun run;
    if (!process.waitForStarted(30000)) {
        run.err = QStringLiteral("could not start kuaibao-cli");
        return run;
    }
    if (!input.isEmpty()) {
        process.write(input);
    }
    process.closeWriteChannel();
    process.waitForFinished(120000);
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QByteArray readFile(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        file.write(bytes);
    }
}

} // namespace kuaibao::test
