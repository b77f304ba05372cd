// Registers the import and export commands (docs/cli.md, "import and export").
#include "importexportcommands.h"

#include "cli/commandregistry.h"

#include <QCoreApplication>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct ImportExportCommandsText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::ImportExportCommands)
};

} // namespace

void registerImportExportCommands(QList<CliCommand> &commands) {
    commands << CliCommand{QStringLiteral("import"),
                           QStringLiteral(
                               "import FILE... [--json] [--replace] [--number N] [--template ID]"),
                           ImportExportCommandsText::tr(
                               "Read plain-text bulletins into the archive, one issue per file."),
                           runImportCommand}
             << CliCommand{QStringLiteral("export"),
                           QStringLiteral(
                               "export N [--format text|json|html|docx] [-o FILE] [--supplement]"),
                           ImportExportCommandsText::tr("Write an issue as text (the import form), "
                                                        "JSON, an HTML page or a Word document."),
                           runExportCommand}
             << CliCommand{QStringLiteral("import-submission"),
                           QStringLiteral("import-submission FILE... --into N [--category NAME] "
                                          "[--allow-repeat] [--supplement]"),
                           ImportExportCommandsText::tr(
                               "Add units' 简讯 items from .docx or text submissions to an issue."),
                           runImportSubmissionCommand};
}

} // namespace kuaibao
