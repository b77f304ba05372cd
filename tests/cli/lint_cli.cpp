// kuaibao-cli lint: the preflight's findings of a stored issue, and bad inputs refused.
#include "storage/database.h"
#include "storage/issuerepository.h"
#include "support/testarchive.h"
#include "support/testsupport.h"

#include <QDir>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace kuaibao;
using kuaibao::test::runCli;

namespace {

// A 督查通报 as units type it: an ASCII comma, 一、二、四, and a date after the issue's.
const char *const kNotice = R"(清河县创建文明城市 工作快报

第32期

清河县创建文明城市工作领导小组办公室

2024年3月8日

【督查通报】

县创城办3月6日对各乡镇创建工作进行了督查,现将情况通报如下。

一、城关镇：东门社区整改到位，西门社区仍有问题。

二、河口乡：集镇环境明显好转，背街小巷仍需清理。

四、桥头镇：定于3月15日前完成整改。

编校：赵一 审核：钱二 核签：孙三

报：市文明办、县委、县政府领导同志

发：全县各单位主要领导、信息员

电子邮箱：cc@example.org 电话：12345678
)";

// An archive on the run's engine (support/testarchive.h), with kuaibao-cli run against it.
class LintArchive {
public:
    LintArchive() { m_archive.db.reset(); }
    QString db() const { return m_archive.location(); }
    QString filePath(const QString &name) const { return m_archive.filePath(name); }
    test::CliRun cli(QStringList args, const QByteArray &input = {}) const {
        return runCli(QStringList{QStringLiteral("--db"), db()} + args, input);
    }
    void import(const QString &text) const {
        const QString path = m_archive.filePath(QStringLiteral("issue.txt"));
        test::writeFile(path, text.toUtf8());
        const test::CliRun run = cli({QStringLiteral("import"), path});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
    }
    // Imported, then made a draft so that it can be signed (an import is a past issue).
    void importDraft(const QString &text, const QString &number) const {
        import(text);
        const test::CliRun run = cli({QStringLiteral("draft"), number});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
    }

private:
    test::TestArchive m_archive;
};

QStringList linesOf(const QString &out) {
    return out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

TEST_CASE("lint reports ASCII punctuation, a numbering gap and a later date with their places",
          "[cli][lint][engines]") {
    LintArchive archive;
    archive.import(QString::fromUtf8(kNotice));
    const test::CliRun run = archive.cli({QStringLiteral("lint"), QStringLiteral("32")});
    INFO(run.out.toStdString() + run.err.toStdString());
    CHECK(run.exitCode == 1);
    CHECK(run.err.isEmpty());
    const QStringList lines = linesOf(run.out);
    for (const QString &line : lines) {
        CHECK(line.split(QLatin1Char('\t')).size() == 4); // PLACE SEVERITY KIND MESSAGE
    }
    const auto has = [&](const QString &start) {
        return std::any_of(lines.cbegin(), lines.cend(),
                           [&](const QString &l) { return l.startsWith(start); });
    };
    CHECK(has(QStringLiteral("S1.A1.P1:22\terror\thalfwidth-punctuation\t")));
    CHECK(has(QStringLiteral("S1.A1.P4:1\terror\tnumbering-gap\t")));
    CHECK(has(QStringLiteral("S1.A1.P4:9\twarning\tdate-after-issue\t")));
}

TEST_CASE("lint exits 0 when only warnings remain, and prints nothing for a clean issue",
          "[cli][lint][engines]") {
    LintArchive archive;
    QString text = QString::fromUtf8(kNotice);
    text.replace(QStringLiteral("督查,现将"), QStringLiteral("督查，现将"));
    text.replace(QStringLiteral("四、桥头镇"), QStringLiteral("三、桥头镇"));
    archive.import(text);
    const test::CliRun warned = archive.cli({QStringLiteral("lint"), QStringLiteral("32")});
    INFO(warned.out.toStdString() + warned.err.toStdString());
    CHECK(warned.exitCode == 0);
    CHECK(warned.out.contains(QStringLiteral("\twarning\tdate-after-issue\t")));
    CHECK_FALSE(warned.out.contains(QStringLiteral("\terror\t")));

    text.replace(QStringLiteral("定于3月15日前"), QStringLiteral("已于3月7日"));
    text.replace(QStringLiteral("编校：赵一 审核：钱二 核签：孙三"),
                 QStringLiteral("编校： 审核： 核签："));
    text.replace(QStringLiteral("第32期"), QStringLiteral("第33期"));
    archive.import(text);
    const test::CliRun clean = archive.cli({QStringLiteral("lint"), QStringLiteral("33")});
    INFO(clean.out.toStdString() + clean.err.toStdString());
    CHECK(clean.exitCode == 0);
    CHECK(clean.out.isEmpty());
}

TEST_CASE("lint refuses bad input with a clear message and the usual exit status",
          "[cli][lint][engines]") {
    LintArchive archive;
    archive.import(QString::fromUtf8(kNotice));
    const test::CliRun missing = archive.cli({QStringLiteral("lint"), QStringLiteral("9")});
    CHECK(missing.exitCode == 2);
    CHECK(missing.out.isEmpty());
    CHECK(missing.err == QStringLiteral("kuaibao-cli: issue 9 is not in the archive\n"));

    const test::CliRun bad = archive.cli({QStringLiteral("lint"), QStringLiteral("x")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("\"x\"")));

    const test::CliRun none = archive.cli({QStringLiteral("lint")});
    CHECK(none.exitCode == 2);
    CHECK(none.err.contains(QStringLiteral("lint takes exactly one issue number")));

    QTemporaryDir dir;
    const QString junk = QDir(dir.path()).filePath(QStringLiteral("junk.db"));
    test::writeFile(junk, "this is not a database");
    const test::CliRun unreadable =
        runCli({QStringLiteral("--db"), junk, QStringLiteral("lint"), QStringLiteral("1")});
    CHECK(unreadable.exitCode == 1);
    CHECK(unreadable.out.isEmpty());
    CHECK(unreadable.err.contains(QStringLiteral("is not a kuaibao database")));
}

TEST_CASE("sign as 审核 is refused while lint finds an error, and passes once it is fixed",
          "[cli][lint][engines]") {
    LintArchive archive;
    archive.importDraft(QString::fromUtf8(kNotice), QStringLiteral("32"));
    const QString admin = QStringLiteral("赵一");
    REQUIRE(
        archive
            .cli({QStringLiteral("people"), QStringLiteral("add"), admin, QStringLiteral("--roles"),
                  QStringLiteral("编校"), QStringLiteral("--password-file"), QStringLiteral("-")},
                 "zhao-secret-1\n")
            .exitCode == 0);
    const QString adminPassword = archive.filePath(QStringLiteral("admin.pw"));
    test::writeFile(adminPassword, "zhao-secret-1\n");
    REQUIRE(
        archive
            .cli({QStringLiteral("people"), QStringLiteral("add"), QStringLiteral("钱二"),
                  QStringLiteral("--roles"), QStringLiteral("审核"),
                  QStringLiteral("--password-file"), QStringLiteral("-"), QStringLiteral("--admin"),
                  admin, QStringLiteral("--admin-password-file"), adminPassword},
                 "qian-secret-2\n")
            .exitCode == 0);
    const auto sign = [&](const QString &number, const QString &role, const QString &person,
                          const QByteArray &password) {
        return archive.cli({QStringLiteral("sign"), number, QStringLiteral("--role"), role,
                            QStringLiteral("--person"), person, QStringLiteral("--password-file"),
                            QStringLiteral("-")},
                           password);
    };
    const auto status = [&] {
        return archive.cli({QStringLiteral("list")}).out.section(QLatin1Char('\t'), 2, 2);
    };
    // 编校 hands the issue in whatever the preflight says.
    REQUIRE(sign(QStringLiteral("32"), QStringLiteral("编校"), admin, "zhao-secret-1\n").exitCode ==
            0);
    const QString handedIn = status();

    const test::CliRun refused = sign(QStringLiteral("32"), QStringLiteral("审核"),
                                      QStringLiteral("钱二"), "qian-secret-2\n");
    INFO(refused.out.toStdString() + refused.err.toStdString());
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QStringLiteral("preflight still finds 2 error")));
    CHECK(status() == handedIn);
    // The refusal is the issue's, not a wrong password: it never counts toward the lock-out.
    for (int i = 0; i < 6; ++i) {
        sign(QStringLiteral("32"), QStringLiteral("审核"), QStringLiteral("钱二"),
             "qian-secret-2\n");
    }

    QString fixedText = QString::fromUtf8(kNotice);
    fixedText.replace(QStringLiteral("督查,现将"), QStringLiteral("督查，现将"));
    fixedText.replace(QStringLiteral("四、桥头镇"), QStringLiteral("三、桥头镇"));
    fixedText.replace(QStringLiteral("第32期"), QStringLiteral("第33期"));
    archive.importDraft(fixedText, QStringLiteral("33"));
    REQUIRE(sign(QStringLiteral("33"), QStringLiteral("编校"), admin, "zhao-secret-1\n").exitCode ==
            0);
    const test::CliRun passed = sign(QStringLiteral("33"), QStringLiteral("审核"),
                                     QStringLiteral("钱二"), "qian-secret-2\n");
    INFO(passed.err.toStdString());
    CHECK(passed.exitCode == 0); // only the later date's warning remains
}
