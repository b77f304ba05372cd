#include "signoffcli.h"

#include "core/files/inputfile.h"
#include "core/signoff/signingkeys.h"
#include "storage/database.h"
#include "storage/signoff/adminkeypin.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace kuaibao::signoffcli {

namespace {

// The translation context of this file's messages.
struct SignoffCliText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::SignoffCli)
};

QByteArray firstLine(QByteArray bytes) {
    const qsizetype end = bytes.indexOf('\n');
    if (end >= 0) {
        bytes.truncate(end);
    }
    if (bytes.endsWith('\r')) {
        bytes.chop(1);
    }
    return bytes;
}

} // namespace

QCommandLineOption passwordFileOption() {
    return {QStringLiteral("password-file"),
            SignoffCliText::tr("Read the password from file F (its first line), or from standard "
                               "input when F is -."),
            QStringLiteral("F")};
}

Status refusePasswordInArguments(const QStringList &arguments) {
    for (const QString &arg : arguments) {
        if (arg == QLatin1String("--password") || arg.startsWith(QLatin1String("--password="))) {
            return Error::badInput(
                SignoffCliText::tr("a password is never taken on the command line "
                                   "(others can read it there); use "
                                   "--password-file F, or --password-file - to "
                                   "read it from standard input"));
        }
    }
    return {};
}

constexpr qint64 kMaxPasswordFileBytes = 4096;

Result<QByteArray> readPassword(const QCommandLineParser &parser, const QString &option) {
    if (!parser.isSet(option)) {
        return Error::badInput(SignoffCliText::tr("the password is needed: --%1 F, or "
                                                  "--%1 - to read it from standard input")
                                   .arg(option));
    }
    const QString path = parser.value(option);
    QByteArray bytes;
    if (path == QLatin1String("-")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            return Error::badInput(
                SignoffCliText::tr("standard input cannot be read for the password"));
        }
        bytes = in.readLine();
    } else {
        // At most 4 KiB, from a regular file only: a FIFO would hang, /dev/zero never ends.
        Result<QByteArray> read = InputFile::read(path, kMaxPasswordFileBytes);
        if (!read) {
            return Error::badInput(SignoffCliText::tr("the password file cannot be used: %1")
                                       .arg(read.error().message));
        }
        bytes = *read;
    }
    bytes = firstLine(bytes);
    if (bytes.isEmpty()) {
        return Error::badInput(SignoffCliText::tr("the password is empty"));
    }
    return bytes;
}

QList<QCommandLineOption> adminOptions() {
    return {{QStringLiteral("admin"),
             SignoffCliText::tr("The administrator's name (people changes need it)."),
             QStringLiteral("NAME")},
            {QStringLiteral("admin-password-file"),
             SignoffCliText::tr("Read the administrator's password from file F (or - for "
                                "standard input)."),
             QStringLiteral("F")}};
}

Result<std::optional<Credentials>> readAdmin(const QCommandLineParser &parser) {
    if (!parser.isSet(QStringLiteral("admin"))) {
        if (parser.isSet(QStringLiteral("admin-password-file"))) {
            return Error::badInput(
                SignoffCliText::tr("--admin-password-file needs --admin NAME as well"));
        }
        return std::optional<Credentials>{};
    }
    Result<QString> name = requiredValue(parser, QStringLiteral("admin"));
    if (!name) {
        return name.error();
    }
    Result<QByteArray> password = readPassword(parser, QStringLiteral("admin-password-file"));
    if (!password) {
        return password.error();
    }
    return std::optional<Credentials>{Credentials{*name, *password}};
}

bool checkAdminKeyPin(CliContext &cli, Database &db) {
    Result<std::optional<AdminKey>> admin = PeopleStore(db).adminKey();
    if (!admin || !*admin) {
        return true;
    }
    const QString fingerprint = SigningKeys::fingerprint((*admin)->publicKey);
    const PinCheck pin = AdminKeyPin::check(db.path(), fingerprint);
    if (pin.outcome != PinCheck::Outcome::Changed) {
        return true;
    }
    cli.err() << "kuaibao-cli: "
              << SignoffCliText::tr(
                     "WARNING: the administrator key of this archive has CHANGED. This computer "
                     "first saw %1, the archive now holds %2. Someone may have replaced the "
                     "people list and forged every signature; trust nothing in it until the "
                     "administrator confirms the new fingerprint in person.")
                     .arg(pin.remembered, fingerprint)
              << Qt::endl;
    return false;
}

Result<IssueRef> issueArgument(const QCommandLineParser &parser, const QString &command) {
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        return Error::badInput(
            SignoffCliText::tr("%1 takes exactly one issue number (kuaibao-cli %1 N)")
                .arg(command));
    }
    Result<int> number = parseIssueNumber(positional.first());
    if (!number) {
        return number.error();
    }
    return IssueRef{*number, seriesOption(parser)};
}

Result<QString> requiredValue(const QCommandLineParser &parser, const QString &option) {
    const QString value = parser.value(option).trimmed();
    if (value.isEmpty()) {
        return Error::badInput(SignoffCliText::tr("--%1 is needed").arg(option));
    }
    return value;
}

} // namespace kuaibao::signoffcli
