// The archive's upkeep from a shell: backup, restore, check, and the developer's save loop.
#include "archivechecks.h"
#include "busynotice.h"
#include "restorecommand.h"
#include "saveloop.h"

#include "cli/clicontext.h"
#include "cli/commandregistry.h"
#include "storage/backup/archivebackup.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct MaintenanceText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::MaintenanceCommands)
};

int backupArchive(CliContext &cli) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 MaintenanceText::tr("Where to write the copy."));
    parser.addOption(
        {QStringLiteral("overwrite"), MaintenanceText::tr("Replace FILE if it exists.")});
    if (auto stop = cli.parse(parser, QStringLiteral("backup"))) {
        return *stop;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        return cli.usageError(
            MaintenanceText::tr("backup takes exactly one file name (kuaibao-cli backup FILE)"));
    }
    const QString target = positional.first();
    if (QFileInfo::exists(target) && !parser.isSet(QStringLiteral("overwrite"))) {
        return cli.fail(Error::conflict(
            MaintenanceText::tr("%1 exists already; choose another name or add --overwrite")
                .arg(QDir::toNativeSeparators(target))));
    }
    Result<Database *> db = cli.database();
    if (!db) {
        return cli.fail(db.error());
    }
    if (Status written = ArchiveBackup(**db).writeTo(target); !written) {
        return cli.fail(written.error());
    }
    cli.out()
        << MaintenanceText::tr("backed up the archive to %1").arg(QDir::toNativeSeparators(target))
        << '\n';
    return ExitOk;
}

int checkArchive(CliContext &cli) {
    QCommandLineParser parser;
    if (auto stop = cli.parse(parser, QStringLiteral("check"))) {
        return *stop;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return cli.usageError(MaintenanceText::tr("check takes no arguments"));
    }
    Result<Database *> db = cli.database();
    if (!db) {
        return cli.fail(db.error());
    }
    int problems = 0;
    for (const ArchiveCheck &check : archiveChecks(**db)) {
        Result<QStringList> found = check.run(**db);
        if (!found) {
            ++problems;
            cli.out() << check.name << ": "
                      << MaintenanceText::tr("could not run: %1").arg(found.error().message)
                      << '\n';
        } else if (found->isEmpty()) {
            cli.out() << check.name << ": " << MaintenanceText::tr("ok") << '\n';
        } else {
            problems += int(found->size());
            cli.out() << check.name << ": "
                      << MaintenanceText::tr("%n problem(s)", nullptr, int(found->size())) << '\n';
            for (const QString &problem : *found) {
                cli.out() << "  - " << problem << '\n';
            }
        }
    }
    if (problems > 0 && (*db)->isServer()) {
        return cli.fail(Error::corrupt(
            MaintenanceText::tr("the server archive %1 has %n problem(s); its owner mends the "
                                "guards as each line says, and restores damaged issues from the "
                                "office's pg_dump backup (docs/server.md)",
                                nullptr, problems)
                .arg(cli.databasePath())));
    }
    if (problems > 0) {
        return cli.fail(Error::corrupt(
            MaintenanceText::tr("the archive %1 has %n problem(s); restore it from a backup (the "
                                "daily copies lie next to it)",
                                nullptr, problems)
                .arg(QDir::toNativeSeparators(cli.databasePath()))));
    }
    return ExitOk;
}

Result<int> nonNegativeOption(const QCommandLineParser &parser, const QString &option) {
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < 0) {
        return Error::badInput(
            MaintenanceText::tr("--%1 must be a whole number of 0 or more, not \"%2\"")
                .arg(option, parser.value(option)));
    }
    return value;
}

int runSaveLoop(CliContext &cli, QCommandLineParser &parser) {
    SaveLoopPlan plan;
    if (parser.isSet(QStringLiteral("numbers"))) {
        plan.numbers.clear();
        for (const QString &part :
             parser.value(QStringLiteral("numbers")).split(QLatin1Char(','))) {
            Result<int> number = parseIssueNumber(part);
            if (!number) {
                return cli.fail(number.error());
            }
            plan.numbers << *number;
        }
    }
    if (parser.isSet(QStringLiteral("writer"))) {
        plan.writer = parser.value(QStringLiteral("writer")).trimmed();
        if (plan.writer.isEmpty() || plan.writer.contains(QLatin1Char(':'))) {
            return cli.usageError(MaintenanceText::tr("--writer needs a name without a colon"));
        }
    }
    for (const auto &[option, target] : {std::pair{QStringLiteral("count"), &plan.count},
                                         std::pair{QStringLiteral("duration-ms"), &plan.durationMs},
                                         std::pair{QStringLiteral("pause-ms"), &plan.pauseMs}}) {
        if (parser.isSet(option)) {
            Result<int> value = nonNegativeOption(parser, option);
            if (!value) {
                return cli.fail(value.error());
            }
            *target = *value;
        }
    }
    plan.keepGoing = parser.isSet(QStringLiteral("keep-going"));
    Result<Database *> db = cli.database();
    if (!db) {
        return cli.fail(db.error());
    }
    reportBusyRetries(cli, **db);
    if (Status done = SaveLoop(**db, plan).run(cli.out()); !done) {
        return cli.fail(done.error());
    }
    return ExitOk;
}

int developerTools(CliContext &cli) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("numbers"),
                      MaintenanceText::tr("Issues to save in turn (default 1)."),
                      QStringLiteral("N,M,…")});
    parser.addOption({QStringLiteral("writer"),
                      MaintenanceText::tr("Name stamped into every save."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("count"), MaintenanceText::tr("How many saves to attempt."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("duration-ms"), MaintenanceText::tr("Stop after this long."),
                      QStringLiteral("MS")});
    parser.addOption({QStringLiteral("pause-ms"),
                      MaintenanceText::tr("Pause a random time up to this long between saves."),
                      QStringLiteral("MS")});
    parser.addOption({QStringLiteral("keep-going"),
                      MaintenanceText::tr("Report a failed save and go on with the next one.")});
    if (auto stop = cli.parse(parser, QStringLiteral("dev save-loop"))) {
        return *stop;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return cli.usageError(MaintenanceText::tr("dev save-loop takes no positional arguments"));
    }
    return runSaveLoop(cli, parser);
}

} // namespace

void registerMaintenanceCommands(QList<CliCommand> &commands) {
    commands << CliCommand{QStringLiteral("backup"), QStringLiteral("backup FILE [--overwrite]"),
                           MaintenanceText::tr(
                               "Write a consistent copy of the archive, even while it is in use."),
                           backupArchive}
             << CliCommand{QStringLiteral("restore"), QStringLiteral("restore BACKUP"),
                           MaintenanceText::tr("Put a backup in place of the archive, setting the "
                                               "old file aside; refused while the archive is "
                                               "open."),
                           restoreArchive}
             << CliCommand{QStringLiteral("check"), QStringLiteral("check"),
                           MaintenanceText::tr(
                               "Check the archive for damage; exit status 1 when any is found."),
                           checkArchive}
             << CliCommand{
                    QStringLiteral("dev save-loop"),
                    QStringLiteral("dev save-loop [--numbers N,M] [--writer NAME] [--count N] "
                                   "[--duration-ms MS] [--pause-ms MS] [--keep-going]"),
                    MaintenanceText::tr("Developer tool: save stamped issues in a loop, one line "
                                        "per save (for the crash and concurrency tests)."),
                    developerTools};
}

} // namespace kuaibao
