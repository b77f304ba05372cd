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
             << CliCommand{
                    QStringLiteral("export"),
                    QStringLiteral("export N [--format text|json|html] [-o FILE] [--supplement]"),
                    ImportExportCommandsText::tr(
                        "Write an issue as text (the import form), JSON or an HTML page."),
                    runExportCommand};
}

} // namespace kuaibao
