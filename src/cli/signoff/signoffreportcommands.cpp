// `log N` and `verify N`: reading an issue's sign-off.
#include "signoffcli.h"

#include "core/signoff/personname.h"
#include "storage/database.h"
#include "storage/issuerepository.h"
#include "storage/signoff/signofflogtext.h"
#include "storage/signoff/signoffverifier.h"

#include <QCoreApplication>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct SignoffReportText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::SignoffReport)
};

// Parses `COMMAND N [--supplement]`; returns an exit status when the command should stop.
std::optional<int> parseIssueOnly(CliContext &cli, QCommandLineParser &parser,
                                  const QString &command, IssueRef *ref) {
    parser.addPositionalArgument(QStringLiteral("N"), SignoffReportText::tr("The issue number."));
    parser.addOption(supplementOption());
    if (auto stop = cli.parse(parser, command)) {
        return stop;
    }
    Result<IssueRef> issue = signoffcli::issueArgument(parser, command);
    if (!issue) {
        return cli.fail(issue.error());
    }
    *ref = *issue;
    return std::nullopt;
}

QString when(const QDateTime &at) {
    return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

int runLogCommand(CliContext &cli) {
    QCommandLineParser parser;
    IssueRef ref;
    if (auto stop = parseIssueOnly(cli, parser, QStringLiteral("log"), &ref)) {
        return *stop;
    }
    Result<Database *> db = cli.database();
    if (!db) {
        return cli.fail(db.error());
    }
    Result<Issue> issue = IssueRepository(**db).load(ref.number, ref.series);
    if (!issue) {
        return cli.fail(issue.error());
    }
    SignatureStore store(**db);
    Result<QList<SignoffLogEntry>> entries = store.logOf(issue->storageId);
    if (!entries) {
        return cli.fail(entries.error());
    }
    Result<QList<ReturnRemark>> open = store.returnsOf(issue->storageId, true);
    if (!open) {
        return cli.fail(open.error());
    }
    cli.out() << SignoffReportText::tr("issue %1: %2")
                     .arg(ref.number)
                     .arg(statusChineseLabel(issue->status))
              << '\n';
    for (const SignoffLogEntry &e : *entries) {
        cli.out() << when(e.at) << '\t' << logActionName(e.action) << '\t'
                  << escapeControls(e.personName) << '\t' << escapeControls(e.role) << '\t'
                  << escapeControls(logEntryDetail(e)) << '\n';
    }
    for (const ReturnRemark &r : *open) {
        cli.out() << SignoffReportText::tr("open remark %1 from %2 (%3): %4")
                         .arg(r.id)
                         .arg(escapeControls(r.personName), escapeControls(r.role),
                              escapeControls(r.remark))
                  << '\n';
    }
    if (entries->isEmpty()) {
        return ExitOk;
    }
    // The log rows are plain rows anyone with the file can edit; the signed acts are the proof.
    // A log that the acts do not bear out is said to be so, with its first broken link.
    Result<VerifyReport> report = SignoffVerifier(**db).verify(ref.number, ref.series);
    if (!report) {
        return cli.fail(report.error());
    }
    if (report->intact()) {
        return ExitOk;
    }
    cli.out().flush();
    cli.err() << "kuaibao-cli: "
              << SignoffReportText::tr("issue %1: this log is not borne out by the signed acts: "
                                       "%2 (verify %1 names every problem)")
                     .arg(ref.number)
                     .arg(escapeControls(report->problems.value(0)))
              << Qt::endl;
    return ExitFailure;
}

int runVerifyCommand(CliContext &cli) {
    QCommandLineParser parser;
    IssueRef ref;
    if (auto stop = parseIssueOnly(cli, parser, QStringLiteral("verify"), &ref)) {
        return *stop;
    }
    Result<Database *> db = cli.database();
    if (!db) {
        return cli.fail(db.error());
    }
    const bool pinned = signoffcli::checkAdminKeyPin(cli, **db);
    Result<VerifyReport> report = SignoffVerifier(**db).verify(ref.number, ref.series);
    if (!report) {
        return cli.fail(report.error());
    }
    for (const QString &problem : report->problems) {
        cli.out() << escapeControls(problem) << '\n';
    }
    if (report->proven() && pinned) {
        cli.out() << SignoffReportText::tr(
                         "issue %1 is proven: %2 standing signature(s), each signed with a key "
                         "the administrator certified, match its content")
                         .arg(ref.number)
                         .arg(report->standingSignatures)
                  << '\n';
        return ExitOk;
    }
    if (report->intact() && report->legacy) {
        cli.out() << SignoffReportText::tr(
                         "issue %1: 旧式签名 — signed before signatures had keys; its %2 "
                         "signature(s) agree with its content, but nothing binds them to the "
                         "people named, so this is not proven")
                         .arg(ref.number)
                         .arg(report->standingSignatures)
                  << '\n';
    }
    cli.out().flush();
    if (!report->intact()) {
        cli.err() << "kuaibao-cli: "
                  << SignoffReportText::tr(
                         "issue %1 is not what was signed (%2 problem(s); the first is the "
                         "first broken link)")
                         .arg(ref.number)
                         .arg(report->problems.size())
                  << Qt::endl;
    }
    return ExitFailure;
}

} // namespace kuaibao
