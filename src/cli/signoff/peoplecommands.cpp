// `people add NAME --roles 编校,审核 --password-file F` and `people list`.
#include "signoffcli.h"

#include "storage/database.h"
#include "storage/signoff/peoplestore.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct PeopleCommandsText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::PeopleCommands)
};

int addPerson(CliContext &cli, const QCommandLineParser &parser) {
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        return cli.usageError(
            PeopleCommandsText::tr("people add takes one name (kuaibao-cli people add NAME "
                                   "--roles 编校,审核 --password-file F)"));
    }
    if (!parser.isSet(QStringLiteral("roles"))) {
        return cli.usageError(
            PeopleCommandsText::tr("people add needs --roles, e.g. --roles 编校,审核"));
    }
    const QStringList roles =
        parser.value(QStringLiteral("roles"))
            .split(QRegularExpression(QStringLiteral("[,，、]")), Qt::SkipEmptyParts);
    Result<QByteArray> password = signoffcli::readPassword(parser);
    if (!password) {
        return cli.fail(password.error());
    }
    Result<Database *> db = cli.database();
    if (!db) {
        return cli.fail(db.error());
    }
    Result<Person> added = PeopleStore(**db).add(positional.at(1), roles, *password);
    if (!added) {
        return cli.fail(added.error());
    }
    cli.out() << PeopleCommandsText::tr("added %1 (%2)")
                     .arg(added->name, added->roles.join(QStringLiteral("、")))
              << '\n';
    return ExitOk;
}

int listPeople(CliContext &cli, const QCommandLineParser &parser) {
    if (parser.positionalArguments().size() != 1) {
        return cli.usageError(PeopleCommandsText::tr("people list takes no arguments"));
    }
    Result<Database *> db = cli.database();
    if (!db) {
        return cli.fail(db.error());
    }
    Result<QList<Person>> people = PeopleStore(**db).list();
    if (!people) {
        return cli.fail(people.error());
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Person &p : *people) {
        cli.out() << p.name << '\t' << p.roles.join(QLatin1Char(','));
        if (p.lockedUntil.isValid() && p.lockedUntil > now) {
            cli.out() << '\t'
                      << PeopleCommandsText::tr("locked until %1")
                             .arg(p.lockedUntil.toLocalTime().toString(QStringLiteral("HH:mm:ss")));
        }
        cli.out() << '\n';
    }
    return ExitOk;
}

} // namespace

int runPeopleCommand(CliContext &cli) {
    if (Status s = signoffcli::refusePasswordInArguments(cli.arguments()); !s) {
        return cli.fail(s.error());
    }
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("add|list"), PeopleCommandsText::tr("What to do."));
    parser.addOption({QStringLiteral("roles"),
                      PeopleCommandsText::tr("The person's roles, comma-separated (people add)."),
                      QStringLiteral("ROLES")});
    parser.addOption(signoffcli::passwordFileOption());
    if (auto stop = cli.parse(parser, QStringLiteral("people"))) {
        return *stop;
    }
    const QString action = parser.positionalArguments().value(0);
    if (action == QLatin1String("add")) {
        return addPerson(cli, parser);
    }
    if (action == QLatin1String("list")) {
        return listPeople(cli, parser);
    }
    return cli.usageError(
        PeopleCommandsText::tr("people takes add or list (kuaibao-cli people add NAME "
                               "--roles R --password-file F; kuaibao-cli people list)"));
}

} // namespace kuaibao
