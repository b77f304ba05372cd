// kuaibao-cli units: the unit list with aliases, unknown names and mapping them.
#include "archivecommands.h"

#include "cli/clicontext.h"
#include "core/signoff/personname.h"
#include "storage/database.h"
#include "storage/units/unitdirectory.h"

#include <QCoreApplication>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct UnitsCommandText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::UnitsCommand)
};

int listUnits(CliContext &cli, UnitDirectory &units) {
    Result<QList<UnitEntry>> list = units.list();
    if (!list) {
        return cli.fail(list.error());
    }
    for (const UnitEntry &unit : *list) {
        cli.out() << escapeControls(unit.name) << '\t'
                  << escapeControls(unit.aliases.join(QStringLiteral("、"))) << '\n';
    }
    return ExitOk;
}

int listUnknown(CliContext &cli, UnitDirectory &units) {
    Result<QList<UnknownUnit>> unknown = units.unknown();
    if (!unknown) {
        return cli.fail(unknown.error());
    }
    for (const UnknownUnit &unit : *unknown) {
        cli.out() << escapeControls(unit.name) << '\t' << unit.items << '\t' << unit.mentions
                  << '\n';
    }
    return ExitOk;
}

int units(CliContext &cli) {
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("action"),
        UnitsCommandText::tr("list | add NAME | alias UNIT ALIAS | unalias ALIAS | "
                             "unknown | map NAME UNIT"));
    if (auto stop = cli.parse(parser, QStringLiteral("units"))) {
        return *stop;
    }
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const QHash<QString, int> arity = {{QStringLiteral("list"), 1},  {QStringLiteral("unknown"), 1},
                                       {QStringLiteral("add"), 2},   {QStringLiteral("unalias"), 2},
                                       {QStringLiteral("alias"), 3}, {QStringLiteral("map"), 3}};
    if (!arity.contains(action)) {
        return cli.usageError(
            UnitsCommandText::tr("units needs an action: list, add NAME, alias UNIT ALIAS, "
                                 "unalias ALIAS, unknown or map NAME UNIT"));
    }
    if (args.size() != arity.value(action)) {
        return cli.usageError(UnitsCommandText::tr("units %1 takes %2 argument(s)")
                                  .arg(action)
                                  .arg(arity.value(action) - 1));
    }
    Result<Database *> db = cli.database();
    if (!db) {
        return cli.fail(db.error());
    }
    UnitDirectory directory(**db);
    if (action == QStringLiteral("list")) {
        return listUnits(cli, directory);
    }
    if (action == QStringLiteral("unknown")) {
        return listUnknown(cli, directory);
    }
    if (action == QStringLiteral("add") || action == QStringLiteral("unalias")) {
        Status done = action == QStringLiteral("add") ? directory.add(args.at(1))
                                                      : directory.removeAlias(args.at(1));
        return done ? int(ExitOk) : cli.fail(done.error());
    }
    Result<int> mapped = action == QStringLiteral("alias")
                             ? directory.addAlias(args.at(1), args.at(2))
                             : directory.map(args.at(1), args.at(2));
    if (!mapped) {
        return cli.fail(mapped.error());
    }
    cli.out() << UnitsCommandText::tr("%1 occurrence(s) mapped").arg(*mapped) << '\n';
    return ExitOk;
}

} // namespace

CliCommand unitsCommand() {
    return {
        QStringLiteral("units"),
        QStringLiteral(
            "units list | add NAME | alias UNIT ALIAS | unalias ALIAS | unknown | map NAME UNIT"),
        UnitsCommandText::tr(
            "The unit list and its aliases; names outside it and mapping them onto a unit."),
        units};
}

} // namespace kuaibao
