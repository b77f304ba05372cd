#pragma once

#include "support/testsupport.h"

#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <tuple>

namespace kuaibao::test {

// Three people of an office and their password files (李编 编校 and administrator, 王审 审核,
// 赵签 核签); commands run on a location with a private config folder.
struct Office {
    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();

    Office() {
        REQUIRE(dir.isValid());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        for (const char *name : {"li", "wang", "zhao"}) {
            writeFile(pw(name), QByteArray(name) + "-secret-1\n");
        }
    }

    QString pw(const char *name) const { return dir.filePath(QString::fromLatin1(name)); }

    CliRun run(const QString &location, QStringList args) const {
        args.prepend(location);
        args.prepend(QStringLiteral("--db"));
        return runCli(args, {}, env);
    }

    // The three people, 李编 the administrator who certifies the other two.
    void addPeople(const QString &location) const {
        const CliRun admin =
            run(location, {QStringLiteral("people"), QStringLiteral("add"), QStringLiteral("李编"),
                           QStringLiteral("--roles"), QStringLiteral("编校"),
                           QStringLiteral("--password-file"), pw("li")});
        INFO(admin.err.toStdString());
        REQUIRE(admin.exitCode == 0);
        for (const auto &[name, role, file] :
             {std::tuple{"王审", "审核", "wang"}, std::tuple{"赵签", "核签", "zhao"}}) {
            const CliRun added =
                run(location,
                    {QStringLiteral("people"), QStringLiteral("add"), QString::fromUtf8(name),
                     QStringLiteral("--roles"), QString::fromUtf8(role),
                     QStringLiteral("--password-file"), pw(file), QStringLiteral("--admin"),
                     QStringLiteral("李编"), QStringLiteral("--admin-password-file"), pw("li")});
            INFO(added.err.toStdString());
            REQUIRE(added.exitCode == 0);
        }
    }

    // One sign-off step of issue `number` by the person holding `role`.
    CliRun sign(const QString &location, int number, const char *role) const {
        static const QList<std::tuple<QString, QString, const char *>> people = {
            {QStringLiteral("编校"), QStringLiteral("李编"), "li"},
            {QStringLiteral("审核"), QStringLiteral("王审"), "wang"},
            {QStringLiteral("核签"), QStringLiteral("赵签"), "zhao"}};
        for (const auto &[held, person, file] : people) {
            if (held == QString::fromUtf8(role)) {
                return run(location, {QStringLiteral("sign"), QString::number(number),
                                      QStringLiteral("--role"), held, QStringLiteral("--person"),
                                      person, QStringLiteral("--password-file"), pw(file)});
            }
        }
        FAIL("no person holds the role " << role);
        return {};
    }

    // All three sign-off steps of issue `number`.
    void signAll(const QString &location, int number) const {
        for (const char *role : {"编校", "审核", "核签"}) {
            const CliRun signedRun = sign(location, number, role);
            INFO(role << ": " << signedRun.err.toStdString());
            REQUIRE(signedRun.exitCode == 0);
        }
    }

    // The sample as issue 673 made a draft (an import is a past issue), the three people, and
    // (when `signAll`) all three signatures.
    void prepare(const QString &location, const QString &sample, bool signIt) const {
        REQUIRE(run(location, {QStringLiteral("import"), sample}).exitCode == 0);
        REQUIRE(run(location, {QStringLiteral("draft"), QStringLiteral("673")}).exitCode == 0);
        addPeople(location);
        if (signIt) {
            signAll(location, 673);
        }
    }
};

} // namespace kuaibao::test
