// kuaibao-cli dev time-open and dev time-stats: the cost of opening issues and of a
// statistics table in one process, for the benchmarks (apart from starting the program and
// connecting to the archive).
#include "archivecommands.h"
#include "archiveoptions.h"

#include "cli/clicontext.h"
#include "storage/database.h"
#include "storage/issuerepository.h"
#include "storage/stats/archivestatistics.h"
#include "storage/stats/statstable.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct DevTimingText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::DevTiming)
};

double elapsedMs(const QElapsedTimer &timer) {
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

// Loads each issue of --numbers in turn, as the window does when an issue is opened, and
// prints per issue the milliseconds the load took, the number and its revision.
int timeOpen(CliContext &cli) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("numbers"), DevTimingText::tr("The issues to open in turn."),
                      QStringLiteral("N,M,…")});
    parser.addOption(supplementOption());
    if (auto stop = cli.parse(parser, QStringLiteral("dev time-open"))) {
        return *stop;
    }
    if (!parser.positionalArguments().isEmpty() || !parser.isSet(QStringLiteral("numbers"))) {
        return cli.usageError(DevTimingText::tr("dev time-open needs --numbers N,M,… and "
                                                "takes no positional arguments"));
    }
    QList<int> numbers;
    for (const QString &part :
         parser.value(QStringLiteral("numbers")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        Result<int> number = parseIssueNumber(part.trimmed());
        if (!number) {
            return cli.fail(number.error());
        }
        numbers << *number;
    }
    Result<Database *> db = cli.database();
    if (!db) {
        return cli.fail(db.error());
    }
    const IssueRepository repository(**db);
    const Series series = seriesOption(parser);
    for (const int number : numbers) {
        QElapsedTimer timer;
        timer.start();
        Result<Issue> issue = repository.load(number, series);
        const double ms = elapsedMs(timer);
        if (!issue) {
            return cli.fail(issue.error());
        }
        cli.out() << QString::number(ms, 'f', 3) << '\t' << number << '\t' << issue->revision
                  << '\n';
    }
    return ExitOk;
}

// Computes the statistics table of `stats` --repeat times over the same range and prints per
// run the milliseconds it took and the number of rows.
int timeStats(CliContext &cli) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("by"), DevTimingText::tr("Count per unit, category or month."),
                      QStringLiteral("unit|category|month")});
    DateRangeOptions::add(parser);
    parser.addOption({QStringLiteral("repeat"),
                      DevTimingText::tr("How many times to compute it (default 10)."),
                      QStringLiteral("N")});
    if (auto stop = cli.parse(parser, QStringLiteral("dev time-stats"))) {
        return *stop;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return cli.usageError(DevTimingText::tr("dev time-stats takes no positional arguments"));
    }
    const std::optional<StatsGrouping> grouping =
        statsGroupingFromKey(parser.value(QStringLiteral("by")));
    if (!grouping) {
        return cli.fail(
            Error::badInput(DevTimingText::tr("--by must be unit, category or month, not \"%1\"")
                                .arg(parser.value(QStringLiteral("by")))));
    }
    int repeat = 10;
    if (parser.isSet(QStringLiteral("repeat"))) {
        bool ok = false;
        repeat = parser.value(QStringLiteral("repeat")).toInt(&ok);
        if (!ok || repeat < 1) {
            return cli.usageError(
                DevTimingText::tr("--repeat: \"%1\" is not a whole number of 1 or more")
                    .arg(parser.value(QStringLiteral("repeat"))));
        }
    }
    Result<std::pair<QDate, QDate>> range = DateRangeOptions::read(parser);
    if (!range) {
        return cli.fail(range.error());
    }
    Result<Database *> db = cli.database();
    if (!db) {
        return cli.fail(db.error());
    }
    const ArchiveStatistics statistics(**db);
    const StatsRange statsRange{range->first, range->second};
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer timer;
        timer.start();
        Result<QList<StatsRow>> rows =
            *grouping == StatsGrouping::Unit       ? statistics.byUnit(statsRange)
            : *grouping == StatsGrouping::Category ? statistics.byCategory(statsRange)
                                                   : statistics.byMonth(statsRange);
        const double ms = elapsedMs(timer);
        if (!rows) {
            return cli.fail(rows.error());
        }
        cli.out() << QString::number(ms, 'f', 3) << '\t' << rows->size() << '\n';
    }
    return ExitOk;
}

} // namespace

QList<CliCommand> devTimingCommands() {
    return {{QStringLiteral("dev time-open"),
             QStringLiteral("dev time-open --numbers N,M,… [--supplement]"),
             DevTimingText::tr("Time opening issues in one process (benchmarks)."), timeOpen},
            {QStringLiteral("dev time-stats"),
             QStringLiteral("dev time-stats --by unit|category|month [--from DATE] [--to DATE] "
                            "[--repeat N]"),
             DevTimingText::tr("Time a statistics table in one process (benchmarks)."), timeStats}};
}

} // namespace kuaibao
