#include "cli/clicontext.h"
#include "cli/commandregistry.h"

#include "storage/copy/archivecopy.h"
#include "storage/database.h"
#include "storage/postgres/serversetup.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct ServerCommandText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::ServerCommands)
};

int serverInit(CliContext &cli) {
    QCommandLineParser parser;
    if (auto stop = cli.parse(parser, QStringLiteral("server init"))) {
        return *stop;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return cli.usageError(
            ServerCommandText::tr("server init takes no arguments (kuaibao-cli --db URL server "
                                  "init)"));
    }
    if (!Database::isServerLocation(cli.databasePath())) {
        return cli.usageError(ServerCommandText::tr(
            "server init sets up a server database: give its address with --db "
            "postgresql://USER@HOST:PORT/DATABASE (an archive file is set up when it is first "
            "opened)"));
    }
    Result<std::unique_ptr<Database>> db = Database::openServerForSetup(cli.databasePath());
    if (!db) {
        return cli.fail(db.error());
    }
    Result<ServerSetup::Outcome> done = ServerSetup::init(**db);
    if (!done) {
        return cli.fail(done.error());
    }
    if (done->fromVersion == done->toVersion) {
        cli.out() << ServerCommandText::tr("the server database was already set up (schema %1)")
                         .arg(done->toVersion)
                  << '\n';
    } else if (done->fromVersion == 0) {
        cli.out() << ServerCommandText::tr("set up the server database for kuaibao (schema %1)")
                         .arg(done->toVersion)
                  << '\n';
    } else {
        cli.out() << ServerCommandText::tr("upgraded the server database from schema %1 to %2")
                         .arg(done->fromVersion)
                         .arg(done->toVersion)
                  << '\n';
    }
    if (done->roleCreated) {
        cli.out() << ServerCommandText::tr("created the role kuaibao_user") << '\n';
    }
    cli.out() << ServerCommandText::tr(
                     "members of kuaibao_user may read and save issues and sign; signatures and "
                     "the log cannot be changed or removed (GRANT kuaibao_user TO LOGIN;)")
              << '\n';
    return ExitOk;
}

int copyArchive(CliContext &cli) {
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("SOURCE"),
        ServerCommandText::tr("The archive to copy from: an archive file or a server address."));
    const QCommandLineOption replace(
        QStringLiteral("replace"),
        ServerCommandText::tr("Overwrite issues whose number the target already has."));
    parser.addOption(replace);
    if (auto stop = cli.parse(parser, QStringLiteral("copy-archive"))) {
        return *stop;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        return cli.usageError(ServerCommandText::tr(
            "copy-archive takes exactly one source (kuaibao-cli --db TARGET copy-archive SOURCE "
            "[--replace])"));
    }
    const QString sourcePath = positional.first();
    if (!Database::isServerLocation(sourcePath) && !QFileInfo::exists(sourcePath)) {
        return cli.fail(
            Error::notFound(ServerCommandText::tr("the source archive %1 does not exist")
                                .arg(QDir::toNativeSeparators(sourcePath))));
    }
    if (sourcePath == cli.databasePath() ||
        (!Database::isServerLocation(sourcePath) &&
         QFileInfo(sourcePath).canonicalFilePath() ==
             QFileInfo(cli.databasePath()).canonicalFilePath())) {
        return cli.usageError(
            ServerCommandText::tr("the source and the target are the same archive"));
    }
    Result<std::unique_ptr<Database>> source = Database::open(sourcePath);
    if (!source) {
        return cli.fail(source.error());
    }
    Result<Database *> target = cli.database();
    if (!target) {
        return cli.fail(target.error());
    }
    Result<ArchiveCopy::Report> copied =
        ArchiveCopy::copy(**source, **target, {parser.isSet(replace)});
    if (!copied) {
        return cli.fail(copied.error());
    }
    const ArchiveCopy::Report &r = *copied;
    cli.out() << ServerCommandText::tr("copied %n issue(s) (%1 signed)", nullptr, r.issues)
                     .arg(r.signedIssues)
              << '\n'
              << ServerCommandText::tr("added %n person(s), %1 unit(s), %2 template version(s)",
                                       nullptr, r.people)
                     .arg(r.units)
                     .arg(r.templateVersions)
              << '\n'
              << ServerCommandText::tr("with %n signature(s), %1 signed act(s), %2 log row(s)",
                                       nullptr, r.signatures)
                     .arg(r.acts)
                     .arg(r.logRows)
              << '\n';
    return ExitOk;
}

} // namespace

void registerServerCommands(QList<CliCommand> &commands) {
    commands.append({QStringLiteral("server init"), QStringLiteral("server init"),
                     ServerCommandText::tr("Set up a PostgreSQL database for kuaibao (run once "
                                           "by its owner, again after an update)."),
                     serverInit});
    commands.append(
        {QStringLiteral("copy-archive"), QStringLiteral("copy-archive SOURCE [--replace]"),
         ServerCommandText::tr("Copy every issue, person, signature and log row of SOURCE (a "
                               "file or a server) into the archive."),
         copyArchive});
}

} // namespace kuaibao
