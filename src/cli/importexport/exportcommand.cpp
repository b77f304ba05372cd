// `kuaibao-cli export N`: an issue as text, JSON or HTML, on stdout or saved whole to a file;
// as a Word document (.docx), saved to a file only.
#include "importexportcommands.h"

#include "cli/clicontext.h"
#include "core/files/outputfile.h"

#include "io/docx/docxexporter.h"
#include "io/htmlexporter.h"
#include "io/issuejson.h"
#include "io/textexporter.h"
#include "storage/database.h"
#include "storage/templates/templatearchive.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdio>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct ExportCommandText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::ExportCommand)
};

QByteArray render(const Issue &issue, const QString &format) {
    if (format == QLatin1String("text")) {
        return exportIssueText(issue).toUtf8();
    }
    if (format == QLatin1String("json")) {
        return QJsonDocument(issueToJson(issue)).toJson(QJsonDocument::Indented);
    }
    return exportIssueHtml(issue).toUtf8();
}

// The issue as a .docx, set with the template version it was saved with.
Result<QByteArray> renderDocx(CliContext &cli, const Issue &issue) {
    Result<Database *> db = cli.database(); // open already: loadIssue opened it
    if (!db) {
        return db.error();
    }
    Result<IssueTemplate> found = templateForIssue(**db, issue);
    if (!found) {
        return found.error();
    }
    if (!found->note.isEmpty()) {
        cli.err() << "kuaibao-cli: " << found->note << Qt::endl;
    }
    return exportIssueDocx(issue, found->bulletinTemplate);
}

} // namespace

int runExportCommand(CliContext &cli) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("N"), ExportCommandText::tr("The issue number."));
    parser.addOption(
        {QStringLiteral("format"),
         ExportCommandText::tr("text (default), json, html or docx (docx needs -o FILE)."),
         QStringLiteral("FORMAT"), QStringLiteral("text")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      ExportCommandText::tr("Write to FILE instead of standard output."),
                      QStringLiteral("FILE")});
    parser.addOption(supplementOption());
    if (auto stop = cli.parse(parser, QStringLiteral("export"))) {
        return *stop;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        return cli.usageError(
            ExportCommandText::tr("export takes exactly one issue number (kuaibao-cli export N)"));
    }
    Result<int> number = parseIssueNumber(positional.first());
    if (!number) {
        return cli.fail(number.error());
    }
    const QString format = parser.value(QStringLiteral("format"));
    if (!QStringList{QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("html"),
                     QStringLiteral("docx")}
             .contains(format)) {
        return cli.usageError(
            ExportCommandText::tr("--format must be text, json, html or docx, not \"%1\"")
                .arg(format));
    }
    const bool docx = format == QLatin1String("docx");
    if (docx && parser.value(QStringLiteral("output")).isEmpty()) {
        return cli.usageError(ExportCommandText::tr(
            "a Word document is not written to standard output: give -o FILE.docx"));
    }
    Result<Issue> issue = cli.loadIssue(*number, seriesOption(parser));
    if (!issue) {
        return cli.fail(issue.error());
    }
    QByteArray bytes;
    if (docx) {
        Result<QByteArray> document = renderDocx(cli, *issue);
        if (!document) {
            return cli.fail(document.error());
        }
        bytes = *document;
    } else {
        bytes = render(*issue, format);
    }
    if (parser.isSet(QStringLiteral("output"))) {
        if (Status saved = OutputFile::write(parser.value(QStringLiteral("output")), bytes);
            !saved) {
            return cli.fail(saved.error());
        }
        return ExitOk;
    }
    cli.out().flush();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
    return ExitOk;
}

} // namespace kuaibao
