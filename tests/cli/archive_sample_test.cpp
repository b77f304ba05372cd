// The archive issue's "Done when", end to end through the real binary: the sample imported into
// a generated archive is found by one-, two- and four-character searches, and its statistics
// are exactly those the issue lists.
#include <catch2/catch.hpp>

#include "support/testsupport.h"

#include <QTemporaryDir>

using kuaibao::test::CliRun;
using kuaibao::test::runCli;

namespace {
QStringList numbersOf(const QString &out) {
    QStringList numbers;
    for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        numbers << line.section(QLatin1Char('\t'), 0, 0);
    }
    return numbers;
}
} // namespace

TEST_CASE("the sample in a generated archive is found and counted exactly", "[archive][sample]") {
    const QString sample = kuaibao::test::samplePath();
    if (sample.isEmpty()) {
        KUAIBAO_SKIP(
            QStringLiteral("the sample issue ../shared/samples/kuaibao-673.txt is absent"));
    }
    QTemporaryDir dir;
    const QStringList db{QStringLiteral("--db"), dir.filePath(QStringLiteral("a.db"))};
    REQUIRE(runCli(db + QStringList{QStringLiteral("dev"), QStringLiteral("generate-archive"),
                                    QStringLiteral("--issues"), QStringLiteral("150"),
                                    QStringLiteral("--seed"), QStringLiteral("3")})
                .exitCode == 0);
    REQUIRE(runCli(db + QStringList{QStringLiteral("import"), sample}).exitCode == 0);

    for (const char *query : {"斋堂", "门前三包", "城", "创城", "斋堂镇"}) {
        INFO(query);
        const CliRun hits =
            runCli(db + QStringList{QStringLiteral("search"), QString::fromUtf8(query)});
        REQUIRE(hits.exitCode == 0);
        CHECK(numbersOf(hits.out).contains(QStringLiteral("673")));
        CHECK(numbersOf(hits.out).size() > 1); // the generated issues are found too
    }
    const CliRun stats =
        runCli(db + QStringList{QStringLiteral("stats"), QStringLiteral("--by"),
                                QStringLiteral("unit"), QStringLiteral("--from"),
                                QStringLiteral("2022-04-13"), QStringLiteral("--to"),
                                QStringLiteral("2022-04-13"), QStringLiteral("--csv")});
    REQUIRE(stats.exitCode == 0);
    const QStringList lines = stats.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.first() == QStringLiteral("unit,items,mentions"));
    const QStringList expected = {QStringLiteral("东辛房街道,2,0"), QStringLiteral("斋堂镇,1,0"),
                                  QStringLiteral("区妇联,1,0"),     QStringLiteral("永定镇,1,0"),
                                  QStringLiteral("龙泉镇,0,2"),     QStringLiteral("区国资委,0,1"),
                                  QStringLiteral("军庄镇,0,1"),     QStringLiteral("王平镇,0,1")};
    for (const QString &row : expected) {
        INFO(row.toStdString());
        CHECK(lines.contains(row));
    }
    int zeros = 0;
    for (const QString &line : lines.mid(1)) {
        if (!expected.contains(line)) {
            CHECK(line.endsWith(QStringLiteral(",0,0")));
            ++zeros;
        }
    }
    CHECK(zeros == lines.size() - 1 - expected.size());
    CHECK(zeros >= 13); // every other unit of the template is listed with 0
}
