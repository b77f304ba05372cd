// `people add|list|passwd|reset|retire`: the people who sign off, their keys and the
// administrator.
#include "signoffcli.h"

#include "core/signoff/personname.h"
#include "core/signoff/signingkeys.h"
#include "storage/database.h"
#include "storage/signoff/adminkeypin.h"
#include "storage/signoff/peopleretirement.h"
#include "storage/signoff/peoplestore.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct PeopleCommandsText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::PeopleCommands)
};

// The one name after the action, or a usage error naming the command.
Result<QString> nameArgument(const QCommandLineParser &parser, const QString &usage) {
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        return Error::badInput(usage);
    }
    return positional.at(1);
}

int addPerson(CliContext &cli, const QCommandLineParser &parser) {
    Result<QString> name = nameArgument(
        parser, PeopleCommandsText::tr("people add takes one name (kuaibao-cli people add NAME "
                                       "--roles 编校,审核 --password-file F [--admin NAME "
                                       "--admin-password-file F])"));
    if (!name) {
        return cli.usageError(name.error().message);
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
    Result<std::optional<Credentials>> admin = signoffcli::readAdmin(parser);
    if (!admin) {
        return cli.fail(admin.error());
    }
    Result<Database *> db = cli.database();
    if (!db) {
        return cli.fail(db.error());
    }
    if (*admin && !signoffcli::checkAdminKeyPin(cli, **db)) {
        return ExitFailure;
    }
    Result<Person> added = PeopleStore(**db).add(*name, roles, *password, *admin);
    if (!added) {
        return cli.fail(added.error());
    }
    cli.out() << PeopleCommandsText::tr("added %1 (%2)")
                     .arg(added->name, added->roles.join(QStringLiteral("、")))
              << '\n';
    if (added->admin) {
        const QString fingerprint = SigningKeys::fingerprint(added->publicKey);
        (void)AdminKeyPin::check((*db)->path(), fingerprint);
        cli.out() << PeopleCommandsText::tr(
                         "%1 is the administrator (管理员) of this archive: adding, changing or "
                         "resetting people from now on needs %1's password. Administrator key "
                         "fingerprint: %2 — write it down; recipients check printed issues "
                         "with it.")
                         .arg(added->name, fingerprint)
                  << '\n';
    }
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
    PeopleStore store(**db);
    Result<QList<Person>> people = store.list();
    if (!people) {
        return cli.fail(people.error());
    }
    Result<std::optional<AdminKey>> admin = store.adminKey();
    if (!admin) {
        return cli.fail(admin.error());
    }
    const bool pinned = signoffcli::checkAdminKeyPin(cli, **db);
    if (*admin) {
        cli.out() << PeopleCommandsText::tr("administrator (管理员): %1, key fingerprint %2")
                         .arg(escapeControls((*admin)->name),
                              SigningKeys::fingerprint((*admin)->publicKey))
                  << '\n';
    } else {
        cli.out() << PeopleCommandsText::tr(
                         "no administrator yet: the next person added becomes it")
                  << '\n';
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Person &p : *people) {
        cli.out() << escapeControls(p.name) << '\t' << p.roles.join(QLatin1Char(','));
        if (p.admin) {
            cli.out() << '\t' << PeopleCommandsText::tr("administrator");
        }
        if (p.retired()) {
            cli.out() << '\t'
                      << PeopleCommandsText::tr("retired (已停用) on %1")
                             .arg(p.retiredAt.toLocalTime().toString(
                                 QStringLiteral("yyyy-MM-dd HH:mm")));
        } else if (p.publicKey.isEmpty()) {
            cli.out() << '\t' << PeopleCommandsText::tr("no key (added before keys)");
        }
        if (p.lockedUntil.isValid() && p.lockedUntil > now) {
            cli.out() << '\t'
                      << PeopleCommandsText::tr("locked until %1")
                             .arg(p.lockedUntil.toLocalTime().toString(QStringLiteral("HH:mm:ss")));
        }
        cli.out() << '\n';
    }
    Result<QStringList> problems = PeopleRetirement(**db).audit();
    if (!problems) {
        return cli.fail(problems.error());
    }
    cli.out().flush();
    for (const QString &problem : *problems) {
        cli.err() << "kuaibao-cli: " << PeopleCommandsText::tr("WARNING: %1").arg(problem)
                  << Qt::endl;
    }
    return pinned && problems->isEmpty() ? ExitOk : ExitFailure;
}

int changePassword(CliContext &cli, const QCommandLineParser &parser) {
    Result<QString> name = nameArgument(
        parser, PeopleCommandsText::tr("people passwd takes one name (kuaibao-cli people passwd "
                                       "NAME --password-file OLD --new-password-file NEW)"));
    if (!name) {
        return cli.usageError(name.error().message);
    }
    Result<QByteArray> old = signoffcli::readPassword(parser);
    if (!old) {
        return cli.fail(old.error());
    }
    Result<QByteArray> fresh =
        signoffcli::readPassword(parser, QStringLiteral("new-password-file"));
    if (!fresh) {
        return cli.fail(fresh.error());
    }
    Result<Database *> db = cli.database();
    if (!db) {
        return cli.fail(db.error());
    }
    if (Status s = PeopleStore(**db).changePassword(*name, *old, *fresh); !s) {
        return cli.fail(s.error());
    }
    cli.out() << PeopleCommandsText::tr("the password of %1 is changed; the key is sealed under it")
                     .arg(*name)
              << '\n';
    return ExitOk;
}

int resetPassword(CliContext &cli, const QCommandLineParser &parser) {
    Result<QString> name = nameArgument(
        parser, PeopleCommandsText::tr("people reset takes one name (kuaibao-cli people reset "
                                       "NAME --password-file NEW --admin NAME "
                                       "--admin-password-file F)"));
    if (!name) {
        return cli.usageError(name.error().message);
    }
    Result<QByteArray> fresh = signoffcli::readPassword(parser);
    if (!fresh) {
        return cli.fail(fresh.error());
    }
    Result<std::optional<Credentials>> admin = signoffcli::readAdmin(parser);
    if (!admin) {
        return cli.fail(admin.error());
    }
    if (!*admin) {
        return cli.fail(Error::forbidden(
            PeopleCommandsText::tr("only the administrator can reset a password: give --admin NAME "
                                   "--admin-password-file F")));
    }
    Result<Database *> db = cli.database();
    if (!db) {
        return cli.fail(db.error());
    }
    if (!signoffcli::checkAdminKeyPin(cli, **db)) {
        return ExitFailure;
    }
    if (Status s = PeopleStore(**db).resetPassword(*name, *fresh, **admin); !s) {
        return cli.fail(s.error());
    }
    cli.out() << PeopleCommandsText::tr("%1 has a new password and a new key, certified by the "
                                        "administrator; past signatures still verify")
                     .arg(*name)
              << '\n';
    return ExitOk;
}

int retirePerson(CliContext &cli, const QCommandLineParser &parser) {
    Result<QString> name = nameArgument(
        parser, PeopleCommandsText::tr("people retire takes one name (kuaibao-cli people retire "
                                       "NAME --admin NAME --admin-password-file F)"));
    if (!name) {
        return cli.usageError(name.error().message);
    }
    Result<std::optional<Credentials>> admin = signoffcli::readAdmin(parser);
    if (!admin) {
        return cli.fail(admin.error());
    }
    if (!*admin) {
        return cli.fail(Error::forbidden(
            PeopleCommandsText::tr("only the administrator can retire a person: give --admin "
                                   "NAME --admin-password-file F")));
    }
    Result<Database *> db = cli.database();
    if (!db) {
        return cli.fail(db.error());
    }
    if (!signoffcli::checkAdminKeyPin(cli, **db)) {
        return ExitFailure;
    }
    Result<Person> retired = PeopleRetirement(**db).retire(*name, **admin);
    if (!retired) {
        return cli.fail(retired.error());
    }
    cli.out() << PeopleCommandsText::tr("retired %1 (已停用) on %2: %1 can no longer sign; %1's "
                                        "past signatures still verify")
                     .arg(retired->name, retired->retiredAt.toLocalTime().toString(
                                             QStringLiteral("yyyy-MM-dd HH:mm")))
              << '\n';
    return ExitOk;
}

} // namespace

int runPeopleCommand(CliContext &cli) {
    if (Status s = signoffcli::refusePasswordInArguments(cli.arguments()); !s) {
        return cli.fail(s.error());
    }
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("add|list|passwd|reset|retire"),
                                 PeopleCommandsText::tr("What to do."));
    parser.addOption({QStringLiteral("roles"),
                      PeopleCommandsText::tr("The person's roles, comma-separated (people add)."),
                      QStringLiteral("ROLES")});
    parser.addOption(signoffcli::passwordFileOption());
    parser.addOption({QStringLiteral("new-password-file"),
                      PeopleCommandsText::tr("The new password's file (people passwd)."),
                      QStringLiteral("F")});
    parser.addOptions(signoffcli::adminOptions());
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
    if (action == QLatin1String("passwd")) {
        return changePassword(cli, parser);
    }
    if (action == QLatin1String("reset")) {
        return resetPassword(cli, parser);
    }
    if (action == QLatin1String("retire")) {
        return retirePerson(cli, parser);
    }
    return cli.usageError(PeopleCommandsText::tr(
        "people takes add, list, passwd, reset or retire (kuaibao-cli people add NAME --roles R "
        "--password-file F [--admin NAME --admin-password-file F]; kuaibao-cli people list; "
        "kuaibao-cli people passwd NAME --password-file OLD --new-password-file NEW; "
        "kuaibao-cli people reset NAME --password-file NEW --admin NAME "
        "--admin-password-file F; kuaibao-cli people retire NAME --admin NAME "
        "--admin-password-file F)"));
}

} // namespace kuaibao
