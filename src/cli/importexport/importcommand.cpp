// `kuaibao-cli import FILE...`: each file read, checked and stored in a transaction of its own.
#include "importexportcommands.h"

#include "cli/clicontext.h"

#include "core/templatelibrary.h"
#include "io/issuejson.h"
#include "io/textimporter.h"
#include "storage/database.h"
#include "storage/issuerepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct ImportCommandText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::ImportCommand)
};

// How the files of one run fared.
struct ImportTally {
    int imported = 0;
    int badInput = 0;
    int failed = 0; // the archive or the disk failed, not the file

    int exitStatus() const { return failed > 0 ? ExitFailure : badInput > 0 ? ExitUsage : ExitOk; }
};

QString issueLabel(const Masthead &m) {
    return m.series == Series::Supplement ? QStringLiteral("增刊%1").arg(m.number)
                                          : QString::number(m.number);
}

bool isInputError(ErrorKind kind) {
    return kind == ErrorKind::BadInput || kind == ErrorKind::Conflict ||
           kind == ErrorKind::Forbidden || kind == ErrorKind::NotFound;
}

// An issue in the JSON form (`export --format json`, or a recovery file the window kept).
Result<TextImport> readJsonIssue(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::notFound(
            ImportCommandText::tr("%1: cannot read it: %2").arg(path, file.errorString()));
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!json.isObject()) {
        return Error::badInput(ImportCommandText::tr("%1: not an issue in JSON: %2")
                                   .arg(path, parseError.errorString()));
    }
    Result<Issue> issue = issueFromJson(json.object());
    if (!issue) {
        return Error::badInput(path + QStringLiteral(": ") + issue.error().message);
    }
    TextImport imported;
    imported.issue = std::move(*issue);
    imported.issue.storageId = 0;
    return imported;
}

// Imports one file; returns what to count it as.
void importOne(CliContext &cli, const TextImporter &importer, IssueRepository &repository,
               const QString &path, const QCommandLineParser &parser, std::optional<int> number,
               ImportTally &tally) {
    Result<TextImport> imported = parser.isSet(QStringLiteral("json"))
                                      ? readJsonIssue(path)
                                      : importer.importFile(path, TextImportOptions{path, number});
    if (!imported) {
        cli.err() << imported.error().message << Qt::endl;
        (isInputError(imported.error().kind) ? tally.badInput : tally.failed) += 1;
        return;
    }
    for (const QString &warning : imported->warnings) {
        cli.err() << warning << Qt::endl;
    }
    const bool replace = parser.isSet(QStringLiteral("replace"));
    Result<Issue> saved =
        replace ? repository.replace(imported->issue) : repository.save(imported->issue);
    if (!saved) {
        QString message = saved.error().message;
        if (saved.error().kind == ErrorKind::Conflict && !replace) {
            message = ImportCommandText::tr("%1; give --replace to overwrite it").arg(message);
        }
        cli.err() << path << ": " << message << Qt::endl;
        (isInputError(saved.error().kind) ? tally.badInput : tally.failed) += 1;
        return;
    }
    // A fixed English line: scripts read it (docs/cli.md).
    cli.out() << QStringLiteral("imported %1 from %2").arg(issueLabel(saved->masthead), path)
              << Qt::endl;
    tally.imported += 1;
}

} // namespace

int runImportCommand(CliContext &cli) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 ImportCommandText::tr("Plain-text bulletins, one issue each."),
                                 QStringLiteral("FILE..."));
    parser.addOption({QStringLiteral("json"),
                      ImportCommandText::tr("The files are issues in the JSON form (export "
                                            "--format json, or the window's recovery files).")});
    parser.addOption(
        {QStringLiteral("replace"),
         ImportCommandText::tr("Overwrite an issue whose number is already in the archive.")});
    parser.addOption(
        {QStringLiteral("number"),
         ImportCommandText::tr("The issue number, for a text that has none (one file only)."),
         QStringLiteral("N")});
    parser.addOption({QStringLiteral("template"),
                      ImportCommandText::tr(
                          "The bulletin template whose units and sections to match (default: %1).")
                          .arg(TemplateLibrary::defaultTemplateId()),
                      QStringLiteral("ID")});
    if (auto stop = cli.parse(parser, QStringLiteral("import"))) {
        return *stop;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        return cli.usageError(
            ImportCommandText::tr("import needs at least one file (kuaibao-cli import FILE...)"));
    }
    std::optional<int> number;
    if (parser.isSet(QStringLiteral("number"))) {
        if (files.size() != 1) {
            return cli.usageError(ImportCommandText::tr(
                "--number applies to one file; import the others separately"));
        }
        Result<int> n = parseIssueNumber(parser.value(QStringLiteral("number")));
        if (!n) {
            return cli.fail(Error::badInput(QStringLiteral("--number: ") + n.error().message));
        }
        number = *n;
    }
    const QString templateId = parser.isSet(QStringLiteral("template"))
                                   ? parser.value(QStringLiteral("template"))
                                   : TemplateLibrary::defaultTemplateId();
    Result<BulletinTemplate> bulletinTemplate = TemplateLibrary::load(templateId);
    if (!bulletinTemplate) {
        return cli.fail(bulletinTemplate.error());
    }
    Result<Database *> db = cli.database();
    if (!db) {
        return cli.fail(db.error());
    }
    IssueRepository repository(**db);
    const TextImporter importer(*bulletinTemplate);
    ImportTally tally;
    for (const QString &path : files) {
        importOne(cli, importer, repository, path, parser, number, tally);
    }
    cli.out() << QStringLiteral("imported %1, skipped %2")
                     .arg(tally.imported)
                     .arg(tally.badInput + tally.failed)
              << Qt::endl;
    return tally.exitStatus();
}

} // namespace kuaibao
