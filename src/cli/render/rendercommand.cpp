// kuaibao-cli render N -o FILE.pdf: the issue's PDF, set with the template version it was saved
// with.
#include "cli/clicontext.h"
#include "cli/commandregistry.h"
#include "core/files/protectedfiles.h"

#include "render/fontlibrary.h"
#include "render/issuelayout.h"
#include "render/layoutstyle.h"
#include "render/pdfexport.h"
#include "storage/database.h"
#include "storage/signoff/signoffproofstore.h"
#include "storage/templates/templatearchive.h"

#include <QCoreApplication>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct RenderCommandText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::RenderCommand)
};

int renderIssue(CliContext &cli) {
    QCommandLineParser parser;
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      RenderCommandText::tr("The PDF file to write."),
                      QStringLiteral("FILE.pdf")});
    parser.addOption(
        {QStringLiteral("pdfa"), RenderCommandText::tr("Write PDF/A-1b, for the archive.")});
    parser.addOption(
        {QStringLiteral("force"),
         RenderCommandText::tr("Write the PDF even when no font can draw some characters.")});
    parser.addOption(supplementOption());
    if (auto stop = cli.parse(parser, QStringLiteral("render"))) {
        return *stop;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        return cli.usageError(RenderCommandText::tr(
            "render takes exactly one issue number (kuaibao-cli render N -o FILE.pdf)"));
    }
    Result<int> number = parseIssueNumber(positional.first());
    if (!number) {
        return cli.fail(number.error());
    }
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty()) {
        return cli.usageError(RenderCommandText::tr("render needs -o FILE.pdf"));
    }
    // Refused before any work: the archive's own files are never an output.
    if (Status allowed = ProtectedFiles::checkOutputTarget(output); !allowed) {
        return cli.fail(allowed.error());
    }
    loadApplicationFonts();
    Result<Issue> issue = cli.loadIssue(*number, seriesOption(parser));
    if (!issue) {
        return cli.fail(issue.error());
    }
    Result<Database *> db = cli.database(); // open already: loadIssue opened it
    Result<IssueTemplate> found = templateForIssue(**db, *issue);
    if (!found) {
        return cli.fail(found.error());
    }
    if (!found->note.isEmpty()) {
        cli.err() << "kuaibao-cli: " << found->note << Qt::endl;
    }
    Result<LayoutStyle> style = LayoutStyle::fromTemplate(found->bulletinTemplate);
    if (!style) {
        return cli.fail(style.error());
    }
    Result<std::optional<SignoffProof>> proof = SignoffProofStore(**db).proofFor(*issue);
    if (!proof) {
        return cli.fail(proof.error());
    }
    const QString code = *proof ? (*proof)->checkCode() : QString();
    const IssueLayout layout = IssueLayout::build(*issue, *style, code);
    for (const QString &line : layout.preflight().standInLines()) {
        cli.err() << "kuaibao-cli: " << line << Qt::endl;
    }
    const bool force = parser.isSet(QStringLiteral("force"));
    if (layout.preflight().hasMissingGlyphs() && force) {
        cli.err() << "kuaibao-cli: "
                  << RenderCommandText::tr(
                         "warning: no font can draw %1; writing the PDF anyway (--force)")
                         .arg(layout.preflight().missingCharacters())
                  << Qt::endl;
    }
    PdfOptions options;
    options.pdfa = parser.isSet(QStringLiteral("pdfa"));
    options.allowMissingGlyphs = force;
    options.proof = *proof;
    const Status written = writePdf(layout, output, options);
    if (!written) {
        return cli.fail(written.error());
    }
    cli.out() << RenderCommandText::tr("%1: %n page(s)", nullptr, layout.pageCount()).arg(output)
              << '\n';
    return ExitOk;
}

} // namespace

void registerRenderCommands(QList<CliCommand> &commands) {
    commands << CliCommand{
        QStringLiteral("render"),
        QStringLiteral("render N -o FILE.pdf [--pdfa] [--force] [--supplement]"),
        RenderCommandText::tr("Write an issue's print as a PDF (A4, fonts embedded)."),
        renderIssue};
}

} // namespace kuaibao
