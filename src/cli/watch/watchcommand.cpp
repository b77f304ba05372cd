// kuaibao-cli watch: one line per change to the archive, made by any process, until
// interrupted.
#include "cli/clicontext.h"
#include "cli/commandregistry.h"

#include "storage/database.h"
#include "storage/live/archivechanges.h"
#include "storage/live/changenotifier.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct WatchCommandText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::WatchCommand)
};

QString numberText(const ArchiveChange &change) {
    return change.series == Series::Supplement ? QStringLiteral("增刊%1").arg(change.number)
                                               : QString::number(change.number);
}

// Reads what changed whenever the notifier wakes, prints it, and says once on stderr when
// the archive cannot be reached (and again when it can).
class Watcher {
public:
    Watcher(CliContext &cli, ArchiveChanges &changes) : m_cli(cli), m_changes(changes) {}

    void report() {
        Result<QList<ArchiveChange>> changes = m_changes.next();
        if (!changes) {
            unreachable(changes.error());
            return;
        }
        if (m_down) {
            m_down = false;
            m_cli.err() << "kuaibao-cli: "
                        << WatchCommandText::tr("the archive answers again; watching") << Qt::endl;
        }
        const QString now = QDateTime::currentDateTime().toString(Qt::ISODate);
        for (const ArchiveChange &c : *changes) {
            m_cli.out() << now << '\t' << numberText(c) << '\t' << c.event << '\t'
                        << (c.who.isEmpty() ? QStringLiteral("-") : c.who) << '\t'
                        << statusChineseLabel(c.status) << Qt::endl;
        }
    }

    void unreachable(const Error &error) {
        if (!m_down) {
            m_down = true;
            m_cli.err()
                << "kuaibao-cli: "
                << WatchCommandText::tr("%1; still watching, and trying again").arg(error.message)
                << Qt::endl;
        }
    }

private:
    CliContext &m_cli;
    ArchiveChanges &m_changes;
    bool m_down = false;
};

int watch(CliContext &cli) {
    QCommandLineParser parser;
    if (auto stop = cli.parse(parser, QStringLiteral("watch"))) {
        return *stop;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return cli.usageError(WatchCommandText::tr("watch takes no arguments"));
    }
    Result<Database *> db = cli.database();
    if (!db) {
        return cli.fail(db.error());
    }
    ArchiveChanges changes(**db);
    if (Status s = changes.start(); !s) {
        return cli.fail(s.error());
    }
    ChangeNotifier notifier(**db);
    if (Status s = notifier.start(); !s) {
        return cli.fail(s.error());
    }
    Watcher watcher(cli, changes);
    QObject::connect(&notifier, &ChangeNotifier::mayHaveChanged, [&watcher] { watcher.report(); });
    QObject::connect(&notifier, &ChangeNotifier::unreachable,
                     [&watcher](const Error &error) { watcher.unreachable(error); });
    cli.err() << "kuaibao-cli: "
              << WatchCommandText::tr("watching %1; one line per change, Ctrl+C "
                                      "stops")
                     .arg((*db)->isServer() ? (*db)->path()
                                            : QDir::toNativeSeparators((*db)->path()))
              << Qt::endl;
    QEventLoop loop;
    loop.exec(); // until the process is interrupted
    return ExitOk;
}

} // namespace

void registerWatchCommands(QList<CliCommand> &commands) {
    commands << CliCommand{
        QStringLiteral("watch"), QStringLiteral("watch"),
        WatchCommandText::tr("Print one line per change to the archive, by anyone, until "
                             "interrupted: TIME, NUMBER, EVENT, WHO, STATE."),
        watch};
}

} // namespace kuaibao
