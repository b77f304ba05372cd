// kuaibao-cli: the archive's jobs from a shell. The commands are a contract (docs/cli.md).
#include "clicontext.h"
#include "commandregistry.h"

#include "core/files/protectedfiles.h"
#include "core/translations.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDevice>
#include <QGuiApplication>
#include <QTextStream>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>

#include <sys/stat.h>
#include <unistd.h>

namespace {

using namespace kuaibao;

// The translation context of this file's messages.
struct CliMainText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::CliMain)
};

void printHelp(QTextStream &out, const QList<CliCommand> &commands) {
    out << CliMainText::tr("Usage: kuaibao-cli [--db PATH] COMMAND [OPTIONS]") << "\n\n"
        << CliMainText::tr("The archive is --db PATH, else $KUAIBAO_DB, else %1.")
               .arg(Database::defaultPath())
        << '\n'
        << CliMainText::tr("PATH may name a server: postgresql://USER@HOST:PORT/DATABASE "
                           "(docs/server.md).")
        << "\n\n"
        << CliMainText::tr("Commands:") << '\n';
    for (const CliCommand &command : commands) {
        out << "  " << command.synopsis << "\n      " << command.summary << '\n';
    }
    out << '\n'
        << CliMainText::tr("Exit status: 0 success, 2 bad input or usage, 1 any other failure.")
        << '\n'
        << CliMainText::tr("kuaibao-cli COMMAND --help shows a command's options.") << '\n';
}

// Flushes standard output and turns a failed write (a full disk, /dev/full, a closed pipe) into
// a message and exit status 1.
int finishStandardOutput(QTextStream &out, QTextStream &err, int status) {
    out.flush();
    QString reason;
    if (const auto *file = qobject_cast<const QFileDevice *>(out.device());
        file && file->error() != QFileDevice::NoError) {
        reason = file->errorString();
    }
    errno = 0;
    if (std::fflush(stdout) != 0 || std::ferror(stdout) != 0) {
        if (reason.isEmpty()) {
            reason = QString::fromLocal8Bit(std::strerror(errno ? errno : EIO));
        }
    }
    if (reason.isEmpty()) {
        return status;
    }
    err << "kuaibao-cli: " << CliMainText::tr("writing the output failed: %1").arg(reason)
        << Qt::endl;
    return status == ExitOk ? ExitFailure : status;
}

// Takes the global options out of the argument list; returns false on a malformed one.
bool takeGlobalOptions(QStringList &args, QString *dbPath, QString *error) {
    for (qsizetype i = 0; i < args.size();) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--db")) {
            if (i + 1 >= args.size() || args.at(i + 1).isEmpty()) {
                *error = CliMainText::tr("--db needs a path");
                return false;
            }
            *dbPath = args.at(i + 1);
            args.remove(i, 2);
        } else if (arg.startsWith(QLatin1String("--db="))) {
            *dbPath = arg.mid(5);
            if (dbPath->isEmpty()) {
                *error = CliMainText::tr("--db needs a path");
                return false;
            }
            args.remove(i);
        } else {
            ++i;
        }
    }
    return true;
}

} // namespace

int main(int argc, char *argv[]) {
    // Fonts (render) need a QGuiApplication; the command line never opens a window, so it
    // runs on the offscreen platform whatever the session has (no display needed).
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // Without a session (cron, ssh, CI) Qt would warn on stderr that XDG_RUNTIME_DIR is unset;
    // the command line's stderr carries only its own messages, so make the usual private folder.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QByteArray runtime =
            QDir::tempPath().toLocal8Bit() + "/runtime-" + QByteArray::number(getuid());
        ::mkdir(runtime.constData(), 0700);
        qputenv("XDG_RUNTIME_DIR", runtime);
    }
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kuaibao"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KUAIBAO_VERSION));
    installTranslations(QLocale::system());

    // A closed pipe is reported as a failed write (exit 1), not a silent death by SIGPIPE.
    std::signal(SIGPIPE, SIG_IGN);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = app.arguments().mid(1);
    QString dbPath;
    QString error;
    if (!takeGlobalOptions(args, &dbPath, &error)) {
        err << "kuaibao-cli: " << error << Qt::endl;
        return ExitUsage;
    }
    const QList<CliCommand> commands = allCommands();
    if (args.isEmpty() || args.first() == QLatin1String("--help") ||
        args.first() == QLatin1String("-h") || args.first() == QLatin1String("help")) {
        printHelp(out, commands);
        return args.isEmpty() ? ExitUsage : ExitOk;
    }
    if (args.first() == QLatin1String("--version")) {
        out << "kuaibao-cli " << KUAIBAO_VERSION << '\n';
        return ExitOk;
    }
    // A command is one word (list) or a family and its task (dev generate-archive).
    QString name = args.takeFirst();
    if (!args.isEmpty()) {
        const QString twoWords = name + QLatin1Char(' ') + args.first();
        for (const CliCommand &command : commands) {
            if (command.name == twoWords) {
                name = twoWords;
                args.removeFirst();
                break;
            }
        }
    }
    for (const CliCommand &command : commands) {
        if (command.name == name) {
            const QString archive = Database::resolvePath(dbPath);
            if (!Database::isServerLocation(archive)) {
                ProtectedFiles::protectArchive(archive);
            }
            if (ProtectedFiles::descriptorIsProtected(STDOUT_FILENO)) {
                err << "kuaibao-cli: "
                    << CliMainText::tr("standard output is the archive %1 itself; writing there "
                                       "would destroy it, so redirect the output elsewhere")
                           .arg(QDir::toNativeSeparators(archive))
                    << Qt::endl;
                return ExitUsage;
            }
            CliContext context(archive, args);
            return finishStandardOutput(context.out(), err, command.run(context));
        }
    }
    err << "kuaibao-cli: "
        << CliMainText::tr("unknown command \"%1\" (kuaibao-cli --help lists the commands)")
               .arg(name)
        << Qt::endl;
    return ExitUsage;
}
