#pragma once

#include "core/issue.h"
#include "core/result.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>

namespace kuaibao {

class Database;

// Exit statuses of the command-line contract.
enum ExitStatus { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

// What one command run has at hand: its arguments, the archive (opened on first use) and the
// output streams. Errors go through fail(): one line on stderr and the contract's exit status.
class CliContext {
public:
    CliContext(QString databasePath, QStringList arguments);
    ~CliContext();

    const QStringList &arguments() const { return m_arguments; }
    QString databasePath() const { return m_databasePath; }
    Result<Database *> database();
    // Opens the archive and loads issue `number` of `series`.
    Result<Issue> loadIssue(int number, Series series);

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Prints "kuaibao-cli: MESSAGE" on one line of stderr; returns the exit status for its kind.
    int fail(const Error &error);
    int usageError(const QString &message);

    // Parses this command's options (adding --help). Returns the exit status to stop with (after
    // printing help or the error), or nothing when the command should go on.
    std::optional<int> parse(QCommandLineParser &parser, const QString &command);

private:
    QString m_databasePath;
    QStringList m_arguments;
    std::unique_ptr<Database> m_database;
    QTextStream m_out;
    QTextStream m_err;
};

// The --supplement option of commands that name an issue, and the series it selects.
QCommandLineOption supplementOption();
Series seriesOption(const QCommandLineParser &parser);

// A positional argument that must be an issue number: a whole number of 1 or more.
Result<int> parseIssueNumber(const QString &text);
// An option value that must be a real date written YYYY-MM-DD.
Result<QDate> parseDateArgument(const QString &option, const QString &text);

} // namespace kuaibao
