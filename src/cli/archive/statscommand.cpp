// kuaibao-cli stats: items and mentions per unit, category or month.
#include "archivecommands.h"
#include "archiveoptions.h"

#include "cli/clicontext.h"
#include "storage/database.h"
#include "storage/stats/statstable.h"

#include <QCoreApplication>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct StatsCommandText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::StatsCommand)
};

int stats(CliContext &cli) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("by"),
                      StatsCommandText::tr("Count per unit, category or month."),
                      QStringLiteral("unit|category|month")});
    DateRangeOptions::add(parser);
    parser.addOption(
        {QStringLiteral("csv"), StatsCommandText::tr("Print CSV instead of tab-separated text.")});
    if (auto stop = cli.parse(parser, QStringLiteral("stats"))) {
        return *stop;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return cli.usageError(
            StatsCommandText::tr("stats takes no positional arguments; use --by"));
    }
    const std::optional<StatsGrouping> grouping =
        statsGroupingFromKey(parser.value(QStringLiteral("by")));
    if (!grouping) {
        return cli.fail(
            Error::badInput(StatsCommandText::tr("--by must be unit, category or month, not \"%1\"")
                                .arg(parser.value(QStringLiteral("by")))));
    }
    Result<std::pair<QDate, QDate>> range = DateRangeOptions::read(parser);
    if (!range) {
        return cli.fail(range.error());
    }
    Result<Database *> db = cli.database();
    if (!db) {
        return cli.fail(db.error());
    }
    ArchiveStatistics statistics(**db);
    const StatsRange statsRange{range->first, range->second};
    Result<QList<StatsRow>> rows = *grouping == StatsGrouping::Unit ? statistics.byUnit(statsRange)
                                   : *grouping == StatsGrouping::Category
                                       ? statistics.byCategory(statsRange)
                                       : statistics.byMonth(statsRange);
    if (!rows) {
        return cli.fail(rows.error());
    }
    cli.out() << (parser.isSet(QStringLiteral("csv")) ? StatsTable::csv(*grouping, *rows)
                                                      : StatsTable::text(*grouping, *rows));
    return ExitOk;
}

} // namespace

CliCommand statsCommand() {
    return {QStringLiteral("stats"),
            QStringLiteral("stats --by unit|category|month [--from DATE] [--to DATE] [--csv]"),
            StatsCommandText::tr(
                "Count 简讯 items and also-took-part mentions per unit, category or month."),
            stats};
}

} // namespace kuaibao
