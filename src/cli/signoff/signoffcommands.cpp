// `sign`, `return`, `withdraw` and `resolve`: the sign-off steps from a shell.
#include "signoffcli.h"

#include "cli/commandregistry.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct SignoffCommandsText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::SignoffCommands)
};

QCommandLineOption roleOption() {
    return {QStringLiteral("role"),
            SignoffCommandsText::tr("The sign-off role (编校, 审核, 核签 …)."),
            QStringLiteral("ROLE")};
}

QCommandLineOption personOption() {
    return {QStringLiteral("person"),
            SignoffCommandsText::tr("Who signs (a name in the people list)."),
            QStringLiteral("NAME")};
}

// What a step needs from its command line.
struct StepInput {
    IssueRef issue;
    QString role;
    QString person;
    QByteArray password;
    QString text; // remark or reason
};

// Parses a step's options; returns an exit status when the command should stop.
std::optional<int> parseStep(CliContext &cli, QCommandLineParser &parser, const QString &command,
                             bool needsRole, const QString &textOption, StepInput *input) {
    if (Status s = signoffcli::refusePasswordInArguments(cli.arguments()); !s) {
        return cli.fail(s.error());
    }
    parser.addPositionalArgument(QStringLiteral("N"), SignoffCommandsText::tr("The issue number."));
    if (needsRole) {
        parser.addOption(roleOption());
    }
    parser.addOption(personOption());
    parser.addOption(signoffcli::passwordFileOption());
    parser.addOption(supplementOption());
    if (!textOption.isEmpty()) {
        parser.addOption({textOption, SignoffCommandsText::tr("Why (required, not empty)."),
                          QStringLiteral("TEXT")});
    }
    if (auto stop = cli.parse(parser, command)) {
        return stop;
    }
    Result<IssueRef> issue = signoffcli::issueArgument(parser, command);
    if (!issue) {
        return cli.fail(issue.error());
    }
    input->issue = *issue;
    if (needsRole) {
        Result<QString> role = signoffcli::requiredValue(parser, QStringLiteral("role"));
        if (!role) {
            return cli.fail(role.error());
        }
        input->role = *role;
    }
    Result<QString> person = signoffcli::requiredValue(parser, QStringLiteral("person"));
    if (!person) {
        return cli.fail(person.error());
    }
    input->person = *person;
    if (!textOption.isEmpty()) {
        input->text = parser.value(textOption);
    }
    Result<QByteArray> password = signoffcli::readPassword(parser);
    if (!password) {
        return cli.fail(password.error());
    }
    input->password = *password;
    return std::nullopt;
}

int reportState(CliContext &cli, const Result<Issue> &issue, const QString &done) {
    if (!issue) {
        return cli.fail(issue.error());
    }
    cli.out() << done << '\t' << statusChineseLabel(issue->status) << '\n';
    return ExitOk;
}

} // namespace

int runSignCommand(CliContext &cli) {
    QCommandLineParser parser;
    StepInput in;
    if (auto stop = parseStep(cli, parser, QStringLiteral("sign"), true, {}, &in)) {
        return *stop;
    }
    Result<Database *> db = cli.database();
    if (!db) {
        return cli.fail(db.error());
    }
    Result<Issue> signedIssue =
        SignoffService(**db).sign(in.issue, in.role, in.person, in.password);
    return reportState(cli, signedIssue,
                       SignoffCommandsText::tr("issue %1 signed by %2 as %3")
                           .arg(in.issue.number)
                           .arg(in.person, in.role));
}

int runReturnCommand(CliContext &cli) {
    QCommandLineParser parser;
    StepInput in;
    if (auto stop =
            parseStep(cli, parser, QStringLiteral("return"), true, QStringLiteral("remark"), &in)) {
        return *stop;
    }
    Result<Database *> db = cli.database();
    if (!db) {
        return cli.fail(db.error());
    }
    Result<Issue> returned =
        SignoffService(**db).returnIssue(in.issue, in.role, in.person, in.password, in.text);
    return reportState(
        cli, returned,
        SignoffCommandsText::tr("issue %1 returned by %2").arg(in.issue.number).arg(in.person));
}

int runWithdrawCommand(CliContext &cli) {
    QCommandLineParser parser;
    StepInput in;
    if (auto stop = parseStep(cli, parser, QStringLiteral("withdraw"), false,
                              QStringLiteral("reason"), &in)) {
        return *stop;
    }
    Result<Database *> db = cli.database();
    if (!db) {
        return cli.fail(db.error());
    }
    Result<Issue> withdrawn =
        SignoffService(**db).withdraw(in.issue, in.person, in.password, in.text);
    return reportState(cli, withdrawn,
                       SignoffCommandsText::tr("issue %1: sign-off withdrawn by %2")
                           .arg(in.issue.number)
                           .arg(in.person));
}

int runResolveCommand(CliContext &cli) {
    if (Status s = signoffcli::refusePasswordInArguments(cli.arguments()); !s) {
        return cli.fail(s.error());
    }
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("N"), SignoffCommandsText::tr("The issue number."));
    parser.addOption({QStringLiteral("remark"),
                      SignoffCommandsText::tr("The remark's number, as log shows it."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("by"),
                      SignoffCommandsText::tr("Who dealt with it (a name in the people list)."),
                      QStringLiteral("NAME")});
    parser.addOption(signoffcli::passwordFileOption());
    parser.addOption(supplementOption());
    if (auto stop = cli.parse(parser, QStringLiteral("resolve"))) {
        return *stop;
    }
    Result<IssueRef> issue = signoffcli::issueArgument(parser, QStringLiteral("resolve"));
    if (!issue) {
        return cli.fail(issue.error());
    }
    bool ok = false;
    const qint64 remarkId = parser.value(QStringLiteral("remark")).toLongLong(&ok);
    if (!ok || remarkId < 1) {
        return cli.usageError(
            SignoffCommandsText::tr("--remark needs the remark's number, as log shows it"));
    }
    Result<QString> by = signoffcli::requiredValue(parser, QStringLiteral("by"));
    if (!by) {
        return cli.fail(by.error());
    }
    Result<QByteArray> password = signoffcli::readPassword(parser);
    if (!password) {
        return cli.fail(password.error());
    }
    Result<Database *> db = cli.database();
    if (!db) {
        return cli.fail(db.error());
    }
    if (Status s = SignoffService(**db).resolveRemark(*issue, remarkId, *by, *password); !s) {
        return cli.fail(s.error());
    }
    cli.out() << SignoffCommandsText::tr("remark %1 marked dealt with").arg(remarkId) << '\n';
    return ExitOk;
}

void registerSignoffCommands(QList<CliCommand> &commands) {
    commands
        << CliCommand{QStringLiteral("people"),
                      QStringLiteral("people add NAME --roles 编校,审核 --password-file F "
                                     "[--admin NAME --admin-password-file F] | people list | "
                                     "people passwd NAME --password-file OLD "
                                     "--new-password-file NEW | people reset NAME "
                                     "--password-file NEW --admin NAME --admin-password-file F "
                                     "| people retire NAME --admin NAME --admin-password-file F"),
                      SignoffCommandsText::tr(
                          "Add, list, re-password, reset or retire the people who sign off (the "
                          "first person added is the administrator)."),
                      runPeopleCommand}
        << CliCommand{QStringLiteral("sign"),
                      QStringLiteral("sign N --role ROLE --person NAME --password-file F"),
                      SignoffCommandsText::tr("Sign an issue's next stage (通过)."), runSignCommand}
        << CliCommand{QStringLiteral("return"),
                      QStringLiteral(
                          "return N --role ROLE --person NAME --password-file F --remark TEXT"),
                      SignoffCommandsText::tr("Return an issue to 草稿 with a remark (退回)."),
                      runReturnCommand}
        << CliCommand{QStringLiteral("withdraw"),
                      QStringLiteral("withdraw N --person NAME --password-file F --reason TEXT"),
                      SignoffCommandsText::tr(
                          "Withdraw the sign-off of an 已签发 issue (撤销签发)."),
                      runWithdrawCommand}
        << CliCommand{QStringLiteral("resolve"),
                      QStringLiteral("resolve N --remark ID --by NAME --password-file F"),
                      SignoffCommandsText::tr("Mark a return remark dealt with."),
                      runResolveCommand}
        << CliCommand{QStringLiteral("log"), QStringLiteral("log N"),
                      SignoffCommandsText::tr(
                          "Who did what when in an issue's sign-off (exit 1 when the "
                          "signed acts do not bear the log out)."),
                      runLogCommand}
        << CliCommand{QStringLiteral("verify"), QStringLiteral("verify N"),
                      SignoffCommandsText::tr(
                          "Prove an issue's sign-off from its signed acts (exit 1 when a link "
                          "is broken or the issue was signed the old way)."),
                      runVerifyCommand};
    registerVerifyPdfCommand(commands);
}

} // namespace kuaibao
