#include "restorecommand.h"

#include "cli/clicontext.h"
#include "storage/backup/archiverestore.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct RestoreText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::RestoreCommand)
};

// restore replaces an archive file by a backup file; a server is not a file, and what it
// offers instead is named.
int refuseOnServer(CliContext &cli) {
    if (!Database::isServerLocation(cli.databasePath())) {
        return -1;
    }
    return cli.usageError(
        RestoreText::tr("restore puts a backup file in place of an archive file; to bring a "
                        "backup's issues onto the server run kuaibao-cli --db URL copy-archive "
                        "BACKUP (with --replace for numbers already there), or restore the "
                        "office's pg_dump with pg_restore (docs/server.md)"));
}

} // namespace

int restoreArchive(CliContext &cli) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("BACKUP"),
                                 RestoreText::tr("The backup to put in place of the archive."));
    if (auto stop = cli.parse(parser, QStringLiteral("restore"))) {
        return *stop;
    }
    const QStringList positional = parser.positionalArguments();
    if (const int refused = refuseOnServer(cli); refused >= 0) {
        return refused;
    }
    if (positional.size() != 1) {
        return cli.usageError(RestoreText::tr(
            "restore takes exactly one backup file (kuaibao-cli restore BACKUP [--db PATH])"));
    }
    // The archive is not opened here: restoring needs every process, this one included, to
    // have let go of it.
    Result<ArchiveRestore::Outcome> restored =
        ArchiveRestore::restore(positional.first(), cli.databasePath());
    if (!restored) {
        return cli.fail(restored.error());
    }
    if (!restored->setAside.isEmpty()) {
        cli.out() << RestoreText::tr("set the old archive aside as %1")
                         .arg(QDir::toNativeSeparators(restored->setAside))
                  << '\n';
    }
    cli.out() << RestoreText::tr("restored %1 from %2: %n issue(s)", nullptr, restored->issues)
                     .arg(QDir::toNativeSeparators(cli.databasePath()),
                          QDir::toNativeSeparators(positional.first()))
              << '\n';
    return ExitOk;
}

} // namespace kuaibao
