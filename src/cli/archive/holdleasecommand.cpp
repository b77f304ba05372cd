// kuaibao-cli dev hold-lease: holds an issue's editing lease as a window does (renewing it)
// until the process ends, so that tests can have another program edit an issue.
#include "archivecommands.h"

#include "cli/clicontext.h"
#include "storage/database.h"
#include "storage/live/editingleases.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct HoldLeaseText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::HoldLeaseCommand)
};

int holdLease(CliContext &cli) {
    QCommandLineParser parser;
    parser.addOption(supplementOption());
    parser.addOption({QStringLiteral("as"),
                      HoldLeaseText::tr("The name others are shown (default: the login or user "
                                        "and this computer)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("seconds"),
                      HoldLeaseText::tr("Give the lease up after S seconds (default: hold it "
                                        "until the process is ended)."),
                      QStringLiteral("S")});
    if (auto stop = cli.parse(parser, QStringLiteral("dev hold-lease"))) {
        return *stop;
    }
    if (parser.positionalArguments().size() != 1) {
        return cli.usageError(HoldLeaseText::tr("dev hold-lease needs one issue number"));
    }
    Result<int> number = parseIssueNumber(parser.positionalArguments().first());
    if (!number) {
        return cli.fail(number.error());
    }
    int seconds = -1;
    if (parser.isSet(QStringLiteral("seconds"))) {
        bool ok = false;
        seconds = parser.value(QStringLiteral("seconds")).toInt(&ok);
        if (!ok || seconds < 0) {
            return cli.usageError(
                HoldLeaseText::tr("--seconds: \"%1\" is not a whole number of 0 or more")
                    .arg(parser.value(QStringLiteral("seconds"))));
        }
    }
    Result<Issue> issue = cli.loadIssue(*number, seriesOption(parser));
    if (!issue) {
        return cli.fail(issue.error());
    }
    Result<Database *> db = cli.database();
    if (!db) {
        return cli.fail(db.error());
    }
    const QString name = parser.isSet(QStringLiteral("as"))
                             ? parser.value(QStringLiteral("as"))
                             : EditingLeases::defaultHolderName(**db);
    EditingLeases leases(**db, EditingLeases::newHolderId(), name);
    const qint64 id = issue->storageId;
    Result<std::optional<LeaseHolder>> taken = leases.take(id);
    if (!taken) {
        return cli.fail(taken.error());
    }
    if (taken->has_value()) {
        return cli.fail(
            Error::conflict(HoldLeaseText::tr("issue %1 is being edited by %2 (since %3)")
                                .arg(*number)
                                .arg((*taken)->name, (*taken)->since.toLocalTime().toString(
                                                         QStringLiteral("yyyy-MM-dd HH:mm:ss")))));
    }
    cli.out()
        << HoldLeaseText::tr("holding the editing lease of issue %1 as %2").arg(*number).arg(name)
        << Qt::endl;
    QEventLoop loop;
    QTimer renew;
    int exitStatus = ExitOk;
    QObject::connect(&renew, &QTimer::timeout, [&] {
        Result<std::optional<LeaseHolder>> renewed = leases.take(id);
        if (!renewed || renewed->has_value()) {
            exitStatus = cli.fail(
                renewed ? Error::conflict(
                              HoldLeaseText::tr("the lease was lost to %1").arg((*renewed)->name))
                        : renewed.error());
            loop.quit();
        }
    });
    renew.start(EditingLeases::renewMs());
    if (seconds >= 0) {
        QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    }
    loop.exec();
    if (exitStatus == ExitOk) {
        if (Status released = leases.release(id); !released) {
            return cli.fail(released.error());
        }
        cli.out() << HoldLeaseText::tr("released the editing lease of issue %1").arg(*number)
                  << Qt::endl;
    }
    return exitStatus;
}

} // namespace

CliCommand holdLeaseCommand() {
    return {QStringLiteral("dev hold-lease"),
            QStringLiteral("dev hold-lease N [--supplement] [--as NAME] [--seconds S]"),
            HoldLeaseText::tr("Hold issue N's editing lease, as a window editing it does (tests)."),
            holdLease};
}

} // namespace kuaibao
