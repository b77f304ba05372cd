#pragma once

#include <QList>
#include <QString>

#include <functional>

namespace kuaibao {

class CliContext;

// One `kuaibao-cli COMMAND`: its name, a one-line summary for --help, and what it runs.
struct CliCommand {
    QString name;
    QString synopsis; // e.g. "show N [--json]"
    QString summary;
    std::function<int(CliContext &)> run;
};

// Every command the CLI knows, in the order --help lists them. Each command family adds
// itself through its register function (issuecommands.cpp …).
QList<CliCommand> allCommands();

void registerIssueCommands(QList<CliCommand> &commands);
void registerSignoffCommands(QList<CliCommand> &commands);
void registerImportExportCommands(QList<CliCommand> &commands);
void registerMaintenanceCommands(QList<CliCommand> &commands);
void registerArchiveCommands(QList<CliCommand> &commands);
void registerRenderCommands(QList<CliCommand> &commands);
void registerServerCommands(QList<CliCommand> &commands);
void registerLintCommands(QList<CliCommand> &commands);
void registerWatchCommands(QList<CliCommand> &commands);

} // namespace kuaibao
