// Imported bulletins are past issues (往期): listed and searched, in nobody's queue, never
// signed, until `kuaibao-cli draft N` makes one a draft.
#include "support/testarchive.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

using namespace kuaibao;
using kuaibao::test::CliRun;

namespace {

const char *const kBulletin = R"(门头沟区创建全国文明城市 工作快报

第12期

门头沟区创建全国文明城市工作领导小组办公室

2024年3月8日

【指挥调度】

区创城办召开推进会，各街镇参加。

编校：李编 审核：王审 核签：赵签

报：区委、区政府领导同志

发：全区各单位主要领导、信息员

电子邮箱：cc@example.org 电话：12345678
)";

// An archive on the run's engine (support/testarchive.h) with issue 12 imported, and one person who
// can sign it.
class PastArchive {
public:
    PastArchive() {
        m_archive.db.reset(); // the command-line program has the archive to itself
        const QString text = m_archive.filePath(QStringLiteral("12.txt"));
        test::writeFile(text, QByteArray(kBulletin));
        const CliRun imported = cli({QStringLiteral("import"), text});
        INFO(imported.err.toStdString());
        REQUIRE(imported.exitCode == 0);
        const CliRun added =
            cli({QStringLiteral("people"), QStringLiteral("add"), QStringLiteral("李编"),
                 QStringLiteral("--roles"), QStringLiteral("编校"),
                 QStringLiteral("--password-file"), QStringLiteral("-")},
                "li-secret-1\n");
        INFO(added.err.toStdString());
        REQUIRE(added.exitCode == 0);
    }
    CliRun cli(const QStringList &args, const QByteArray &input = {}) const {
        return test::runCli(m_archive.dbArgs() + args, input);
    }
    QString status() const { return cli({QStringLiteral("list")}).out.section(u'\t', 2, 2); }
    CliRun sign() const {
        return cli({QStringLiteral("sign"), QStringLiteral("12"), QStringLiteral("--role"),
                    QStringLiteral("编校"), QStringLiteral("--person"), QStringLiteral("李编"),
                    QStringLiteral("--password-file"), QStringLiteral("-")},
                   "li-secret-1\n");
    }

private:
    test::TestArchive m_archive;
};

} // namespace

TEST_CASE("past issues: an imported bulletin is 往期, found by search and never signed",
          "[cli][past][engines]") {
    PastArchive archive;
    CHECK(archive.status() == QStringLiteral("往期"));
    const CliRun found = archive.cli({QStringLiteral("search"), QStringLiteral("推进会")});
    CHECK(found.exitCode == 0);
    CHECK(found.out.contains(QStringLiteral("12")));

    const CliRun refused = archive.sign();
    INFO(refused.err.toStdString());
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QStringLiteral("past issue")));
    CHECK(refused.err.contains(QStringLiteral("draft 12")));
    CHECK(archive.status() == QStringLiteral("往期"));
}

TEST_CASE("past issues: draft N makes one step to an issue that is edited and signed",
          "[cli][past][engines]") {
    PastArchive archive;
    const CliRun made = archive.cli({QStringLiteral("draft"), QStringLiteral("12")});
    INFO(made.err.toStdString());
    CHECK(made.exitCode == 0);
    CHECK(made.out.contains(QStringLiteral("issue 12 is now a draft")));
    CHECK(archive.status() == QStringLiteral("草稿"));
    const CliRun signedOnce = archive.sign();
    INFO(signedOnce.err.toStdString());
    CHECK(signedOnce.exitCode == 0);
    CHECK(archive.status() == QStringLiteral("待审核"));

    // Only a past issue is made a draft; a missing one is named.
    const CliRun again = archive.cli({QStringLiteral("draft"), QStringLiteral("12")});
    CHECK(again.exitCode == 2);
    CHECK(again.err.contains(QStringLiteral("not a past issue")));
    CHECK(archive.status() == QStringLiteral("待审核"));
    const CliRun missing = archive.cli({QStringLiteral("draft"), QStringLiteral("99")});
    CHECK(missing.exitCode != 0);
    CHECK(missing.err.contains(QStringLiteral("99")));
}
