// kuaibao-cli lint: the preflight's findings on an issue, one per line.
#include "cli/clicontext.h"
#include "cli/commandregistry.h"

#include "core/preflight/preflight.h"
#include "storage/database.h"
#include "storage/preflight/preflightcontextloader.h"

#include <QCoreApplication>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct LintCommandText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::LintCommand)
};

int lint(CliContext &cli) {
    QCommandLineParser parser;
    parser.addOption(supplementOption());
    if (auto stop = cli.parse(parser, QStringLiteral("lint"))) {
        return *stop;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        return cli.usageError(
            LintCommandText::tr("lint takes exactly one issue number (kuaibao-cli lint N)"));
    }
    Result<int> number = parseIssueNumber(positional.first());
    if (!number) {
        return cli.fail(number.error());
    }
    Result<Issue> issue = cli.loadIssue(*number, seriesOption(parser));
    if (!issue) {
        return cli.fail(issue.error());
    }
    Result<Database *> db = cli.database();
    if (!db) {
        return cli.fail(db.error());
    }
    Result<PreflightContext> context = PreflightContextLoader(**db).load(*issue);
    if (!context) {
        return cli.fail(context.error());
    }
    const QList<Finding> findings = Preflight::run(*issue, *context);
    for (const Finding &f : findings) {
        QString message = f.message;
        message.replace(QLatin1Char('\t'), QLatin1Char(' '));
        message.replace(QLatin1Char('\n'), QLatin1Char(' '));
        cli.out() << f.placeText << '\t' << severityKey(f.severity) << '\t' << f.kind << '\t'
                  << message << '\n';
    }
    return hasErrors(findings) ? int(ExitFailure) : int(ExitOk);
}

} // namespace

void registerLintCommands(QList<CliCommand> &commands) {
    commands << CliCommand{
        QStringLiteral("lint"), QStringLiteral("lint N [--supplement]"),
        LintCommandText::tr("The preflight's findings, one per line: "
                            "PLACE, SEVERITY, KIND, MESSAGE; exit 1 when any is an error."),
        lint};
}

} // namespace kuaibao
