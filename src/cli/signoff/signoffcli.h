#pragma once

#include "cli/clicontext.h"
#include "cli/commandregistry.h"
#include "core/result.h"
#include "storage/signoff/peoplestore.h"
#include "storage/signoff/signoffservice.h"

#include <QByteArray>
#include <QCommandLineParser>

#include <optional>

namespace kuaibao {

// Shared pieces of the sign-off commands: the password and issue options, read the same way
// by every command.
namespace signoffcli {

// --password-file F (or - for standard input); the only way a password comes in.
QCommandLineOption passwordFileOption();

// Refuses a password given on the command line itself, before anything else runs.
Status refusePasswordInArguments(const QStringList &arguments);

// The password from --password-file: the file's first line (or standard input's), without
// its line ending. A missing option, unreadable file or empty password is an error.
Result<QByteArray> readPassword(const QCommandLineParser &parser,
                                const QString &option = QStringLiteral("password-file"));

// --admin NAME and --admin-password-file F, for the people changes the administrator makes.
QList<QCommandLineOption> adminOptions();
// The administrator's name and password when --admin is given; nothing when it is not.
Result<std::optional<Credentials>> readAdmin(const QCommandLineParser &parser);

// Checks the archive's administrator key against what this computer remembers; prints a loud
// warning on stderr and returns false when it changed. True when it matches, is seen for the
// first time, or the archive has no administrator.
bool checkAdminKeyPin(CliContext &cli, Database &db);

// The one positional issue number, with --supplement for the 增刊 series.
Result<IssueRef> issueArgument(const QCommandLineParser &parser, const QString &command);

// A required option with a value (--role, --person …); its absence is an error naming it.
Result<QString> requiredValue(const QCommandLineParser &parser, const QString &option);

} // namespace signoffcli

int runPeopleCommand(CliContext &cli);
int runSignCommand(CliContext &cli);
int runReturnCommand(CliContext &cli);
int runWithdrawCommand(CliContext &cli);
int runResolveCommand(CliContext &cli);
int runLogCommand(CliContext &cli);
int runVerifyCommand(CliContext &cli);
// verify-pdf FILE.pdf [--key FINGERPRINT] (verifypdfcommand.cpp).
void registerVerifyPdfCommand(QList<CliCommand> &commands);

} // namespace kuaibao
