// The foundation's commands: list, show, new, delete.
#include "clicontext.h"
#include "commandregistry.h"

#include "io/issuejson.h"
#include "io/textexporter.h"
#include "storage/database.h"
#include "storage/issuecreation.h"
#include "storage/issuerepository.h"
#include "storage/pastissue.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct IssueCommandsText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::IssueCommands)
};

// Reads the one positional issue number a command takes.
Result<int> numberArgument(const QCommandLineParser &parser, const QString &command) {
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        return Error::badInput(
            IssueCommandsText::tr("%1 takes exactly one issue number (kuaibao-cli %1 N)")
                .arg(command));
    }
    return parseIssueNumber(positional.first());
}

int listIssues(CliContext &cli) {
    QCommandLineParser parser;
    if (auto stop = cli.parse(parser, QStringLiteral("list"))) {
        return *stop;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return cli.usageError(IssueCommandsText::tr("list takes no arguments"));
    }
    Result<Database *> db = cli.database();
    if (!db) {
        return cli.fail(db.error());
    }
    Result<QList<IssueSummary>> issues = IssueRepository(**db).list();
    if (!issues) {
        return cli.fail(issues.error());
    }
    for (const IssueSummary &s : *issues) {
        const QString number = s.series == Series::Supplement
                                   ? QStringLiteral("增刊%1").arg(s.number)
                                   : QString::number(s.number);
        cli.out() << number << '\t' << s.date.toString(Qt::ISODate) << '\t'
                  << statusChineseLabel(s.status) << '\t' << s.name << '\n';
    }
    return ExitOk;
}

int showIssue(CliContext &cli) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"),
                      IssueCommandsText::tr("Print the issue as JSON (docs/json-schema.md).")});
    parser.addOption(supplementOption());
    if (auto stop = cli.parse(parser, QStringLiteral("show"))) {
        return *stop;
    }
    Result<int> number = numberArgument(parser, QStringLiteral("show"));
    if (!number) {
        return cli.fail(number.error());
    }
    Result<Issue> issue = cli.loadIssue(*number, seriesOption(parser));
    if (!issue) {
        return cli.fail(issue.error());
    }
    if (parser.isSet(QStringLiteral("json"))) {
        cli.out() << QString::fromUtf8(
            QJsonDocument(issueToJson(*issue)).toJson(QJsonDocument::Indented));
    } else {
        cli.out() << exportIssueText(*issue);
    }
    return ExitOk;
}

int newIssue(CliContext &cli) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("from"),
                      IssueCommandsText::tr("Carry over from issue N instead of the latest."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("number"),
                      IssueCommandsText::tr("The new issue's number (default: next free)."),
                      QStringLiteral("M")});
    parser.addOption({QStringLiteral("date"),
                      IssueCommandsText::tr("The new issue's date (default: today)."),
                      QStringLiteral("YYYY-MM-DD")});
    parser.addOption(supplementOption());
    if (auto stop = cli.parse(parser, QStringLiteral("new"))) {
        return *stop;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return cli.usageError(
            IssueCommandsText::tr("new takes no positional arguments; use --number M"));
    }
    NewIssueRequest request;
    request.series = seriesOption(parser);
    for (const auto &[option, target] : {std::pair{QStringLiteral("from"), &request.fromNumber},
                                         std::pair{QStringLiteral("number"), &request.number}}) {
        if (parser.isSet(option)) {
            Result<int> n = parseIssueNumber(parser.value(option));
            if (!n) {
                return cli.fail(
                    Error::badInput(QStringLiteral("--%1: ").arg(option) + n.error().message));
            }
            *target = *n;
        }
    }
    if (parser.isSet(QStringLiteral("date"))) {
        Result<QDate> date =
            parseDateArgument(QStringLiteral("date"), parser.value(QStringLiteral("date")));
        if (!date) {
            return cli.fail(date.error());
        }
        request.date = *date;
    }
    Result<Database *> db = cli.database();
    if (!db) {
        return cli.fail(db.error());
    }
    IssueRepository repository(**db);
    Result<Issue> created = createNextIssue(repository, request);
    if (!created) {
        return cli.fail(created.error());
    }
    cli.out() << created->masthead.number << '\n';
    return ExitOk;
}

int deleteIssue(CliContext &cli) {
    QCommandLineParser parser;
    parser.addOption(supplementOption());
    if (auto stop = cli.parse(parser, QStringLiteral("delete"))) {
        return *stop;
    }
    Result<int> number = numberArgument(parser, QStringLiteral("delete"));
    if (!number) {
        return cli.fail(number.error());
    }
    Result<Database *> db = cli.database();
    if (!db) {
        return cli.fail(db.error());
    }
    Status removed = IssueRepository(**db).remove(*number, seriesOption(parser));
    if (!removed) {
        return cli.fail(removed.error());
    }
    cli.out() << IssueCommandsText::tr("deleted issue %1").arg(*number) << '\n';
    return ExitOk;
}

int makeDraft(CliContext &cli) {
    QCommandLineParser parser;
    parser.addOption(supplementOption());
    if (auto stop = cli.parse(parser, QStringLiteral("draft"))) {
        return *stop;
    }
    Result<int> number = numberArgument(parser, QStringLiteral("draft"));
    if (!number) {
        return cli.fail(number.error());
    }
    Result<Database *> db = cli.database();
    if (!db) {
        return cli.fail(db.error());
    }
    IssueRepository repository(**db);
    Result<Issue> draft = makePastIssueDraft(repository, *number, seriesOption(parser));
    if (!draft) {
        return cli.fail(draft.error());
    }
    cli.out() << IssueCommandsText::tr(
                     "issue %1 is now a draft (草稿): it can be edited and signed off")
                     .arg(*number)
              << '\n';
    return ExitOk;
}

} // namespace

void registerIssueCommands(QList<CliCommand> &commands) {
    commands << CliCommand{QStringLiteral("list"), QStringLiteral("list"),
                           IssueCommandsText::tr(
                               "One line per issue, newest first: number, date, status, name."),
                           listIssues}
             << CliCommand{QStringLiteral("show"), QStringLiteral("show N [--json] [--supplement]"),
                           IssueCommandsText::tr("Print an issue as text, or as JSON."), showIssue}
             << CliCommand{QStringLiteral("new"),
                           QStringLiteral(
                               "new [--from N] [--number M] [--date YYYY-MM-DD] [--supplement]"),
                           IssueCommandsText::tr("Make the next issue; prints its number."),
                           newIssue}
             << CliCommand{QStringLiteral("delete"), QStringLiteral("delete N [--supplement]"),
                           IssueCommandsText::tr("Delete an issue from the archive."), deleteIssue}
             << CliCommand{QStringLiteral("draft"), QStringLiteral("draft N [--supplement]"),
                           IssueCommandsText::tr("Make a past issue (往期, imported from a file) a "
                                                 "draft that can be edited and signed off."),
                           makeDraft};
}

} // namespace kuaibao
