#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace kuaibao::test {

// Where the sample issue 673 lives (../shared/samples beside the repository, or the file
// $KUAIBAO_SAMPLE names); empty, with a note printed once, when it is absent.
QString samplePath();

// Tells ctest that the running test case was skipped (the line matches the tests'
// SKIP_REGULAR_EXPRESSION): for a sample, font or program this machine lacks.
void reportSkipped(const QString &reason);
void reportSkipped(const char *utf8Reason);

} // namespace kuaibao::test

// Ends the running test case as skipped, naming what is missing.
#define KUAIBAO_SKIP(reason)                                                                       \
    do {                                                                                           \
        kuaibao::test::reportSkipped(reason);                                                      \
        return;                                                                                    \
    } while (false)

// Declares `var`, the path of the sample issue 673, or ends the test case as skipped where the
// sample is absent.
#define KUAIBAO_SAMPLE(var)                                                                        \
    const QString var = kuaibao::test::samplePath();                                               \
    if (var.isEmpty()) {                                                                           \
        KUAIBAO_SKIP(                                                                              \
            QStringLiteral("the sample issue ../shared/samples/kuaibao-673.txt is absent"));       \
    }

namespace kuaibao::test {

// What one run of the real kuaibao-cli printed and returned.
struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the built kuaibao-cli with `args` (add --db yourself), feeding `input` on stdin.
CliRun runCli(const QStringList &args, const QByteArray &input = {},
              const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

// The archive's files (the database, -wal, -shm, -journal) that this process holds open although
// they were deleted: each one means saves going into a file nobody will ever read again.
// `pid` 0 means this process.
QStringList deletedArchiveFilesHeldOpen(const QString &databasePath, qint64 pid = 0);

// Reads a whole file as bytes (empty when it cannot be read).
QByteArray readFile(const QString &path);
void writeFile(const QString &path, const QByteArray &bytes);

} // namespace kuaibao::test
