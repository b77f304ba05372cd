// The archive commands as a script sees them: search, stats, units and dev generate-archive.
#include "storage/database.h"
#include "storage/issuerepository.h"
#include "support/fixtures.h"
#include "support/testarchive.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>

using namespace kuaibao::test;

namespace {

CliRun cli(const QString &db, QStringList args) {
    return runCli(QStringList{QStringLiteral("--db"), db} + args);
}

// Fills `archive` (on the run's engine, support/testarchive.h) with generated issues through
// the command; its location.
QString generated(TestArchive &archive, int issues, int seed) {
    archive.db.reset();
    const QString db = archive.location();
    const CliRun run = cli(db, {QStringLiteral("dev"), QStringLiteral("generate-archive"),
                                QStringLiteral("--issues"), QString::number(issues),
                                QStringLiteral("--seed"), QString::number(seed)});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return db;
}

} // namespace

TEST_CASE("dev generate-archive makes the same archive from the same seed",
          "[cli][archive][engines]") {
    TestArchive first;
    TestArchive second;
    TestArchive third;
    const QString a = generated(first, 15, 9);
    const QString b = generated(second, 15, 9);
    const QString c = generated(third, 15, 10);
    const QStringList show = {QStringLiteral("show"), QStringLiteral("680"),
                              QStringLiteral("--json")};
    CHECK(cli(a, show).out == cli(b, show).out);
    CHECK(cli(a, show).out != cli(c, show).out);
    const QStringList everything = {QStringLiteral("search"), QStringLiteral("镇"),
                                    QStringLiteral("--limit"), QStringLiteral("0")};
    CHECK(cli(a, everything).out == cli(b, everything).out);
    CHECK(cli(a, {QStringLiteral("list")}).out.count(QLatin1Char('\n')) == 15);

    const CliRun again = cli(a, {QStringLiteral("dev"), QStringLiteral("generate-archive"),
                                 QStringLiteral("--issues"), QStringLiteral("3")});
    CHECK(again.exitCode == 2);
    CHECK(again.err.contains(QStringLiteral("674")));
    CHECK(cli(a, {QStringLiteral("dev"), QStringLiteral("generate-archive")}).exitCode == 2);
    CHECK(cli(a, {QStringLiteral("dev"), QStringLiteral("generate-archive"),
                  QStringLiteral("--issues"), QStringLiteral("many")})
              .exitCode == 2);
}

TEST_CASE("search prints number, date, section and a marked excerpt, newest first",
          "[cli][archive][engines]") {
    TestArchive archive;
    const QString db = generated(archive, 12, 3);
    const CliRun run = cli(db, {QStringLiteral("search"), QStringLiteral("门前三包"),
                                QStringLiteral("--limit"), QStringLiteral("0")});
    REQUIRE(run.exitCode == 0);
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(!lines.isEmpty());
    const QRegularExpression shape(
        QStringLiteral("^\\d+\\t\\d{4}-\\d{2}-\\d{2}\\t[^\\t]+\\t.*【门前三包】.*$"));
    QString previousDate = QStringLiteral("9999-99-99");
    for (const QString &line : lines) {
        INFO(line.toStdString());
        CHECK(shape.match(line).hasMatch());
        const QString date = line.section(QLatin1Char('\t'), 1, 1);
        CHECK(date <= previousDate);
        previousDate = date;
    }
    const CliRun limited = cli(db, {QStringLiteral("search"), QStringLiteral("门前三包"),
                                    QStringLiteral("--limit"), QStringLiteral("2")});
    CHECK(limited.out.count(QLatin1Char('\n')) == std::min<qsizetype>(2, lines.size()));
    CHECK(limited.err.contains(QStringLiteral("--limit 0")) == (lines.size() > 2));
    CHECK(limited.out == lines.mid(0, 2).join(QLatin1Char('\n')) + QLatin1Char('\n'));
    const CliRun filtered = cli(db, {QStringLiteral("search"), QStringLiteral("镇"),
                                     QStringLiteral("--section"), QStringLiteral("检查督导"),
                                     QStringLiteral("--from"), QStringLiteral("2022-04-20")});
    for (const QString &line : filtered.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        CHECK(line.section(QLatin1Char('\t'), 2, 2) == QStringLiteral("检查督导"));
        CHECK(line.section(QLatin1Char('\t'), 1, 1) >= QStringLiteral("2022-04-20"));
    }
}

TEST_CASE("archive commands refuse bad input with exit status 2", "[cli][archive][engines]") {
    TestArchive archive;
    archive.db.reset();
    const QString db = archive.location();
    CHECK(cli(db, {QStringLiteral("search"), QStringLiteral(" ")}).exitCode == 2);
    CHECK(cli(db, {QStringLiteral("search"), QStringLiteral("镇"), QStringLiteral("--from"),
                   QStringLiteral("2022-13-01")})
              .exitCode == 2);
    CHECK(cli(db, {QStringLiteral("search"), QStringLiteral("镇"), QStringLiteral("--status"),
                   QStringLiteral("done")})
              .exitCode == 2);
    const CliRun by =
        cli(db, {QStringLiteral("stats"), QStringLiteral("--by"), QStringLiteral("town")});
    CHECK(by.exitCode == 2);
    CHECK(by.err.contains(QStringLiteral("town")));
    CHECK(cli(db, {QStringLiteral("units"), QStringLiteral("rename")}).exitCode == 2);
    CHECK(cli(db, {QStringLiteral("units"), QStringLiteral("map"), QStringLiteral("甲"),
                   QStringLiteral("乙")})
              .exitCode == 2);
}

TEST_CASE("stats --by unit --csv lists every unit with items and mentions",
          "[cli][archive][engines]") {
    TestArchive archive;
    const QString db = generated(archive, 10, 4);
    const CliRun run = cli(db, {QStringLiteral("stats"), QStringLiteral("--by"),
                                QStringLiteral("unit"), QStringLiteral("--csv")});
    REQUIRE(run.exitCode == 0);
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.first() == QStringLiteral("unit,items,mentions"));
    const CliRun units = cli(db, {QStringLiteral("units"), QStringLiteral("list")});
    CHECK(lines.size() - 1 == units.out.count(QLatin1Char('\n')));
    int items = 0;
    for (const QString &line : lines.mid(1)) {
        REQUIRE(line.count(QLatin1Char(',')) == 2);
        items += line.section(QLatin1Char(','), 1, 1).toInt();
    }
    const CliRun categories =
        cli(db, {QStringLiteral("stats"), QStringLiteral("--by"), QStringLiteral("category")});
    int categoryItems = 0;
    for (const QString &line : categories.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(1)) {
        categoryItems += line.section(QLatin1Char('\t'), 1, 1).toInt();
    }
    CHECK(items >= categoryItems); // an item credited to two units counts for each
    CHECK(categoryItems > 0);
    const CliRun none =
        cli(db, {QStringLiteral("stats"), QStringLiteral("--by"), QStringLiteral("unit"),
                 QStringLiteral("--from"), QStringLiteral("2000-01-01"), QStringLiteral("--to"),
                 QStringLiteral("2000-12-31"), QStringLiteral("--csv")});
    CHECK(none.out.count(QStringLiteral(",0,0\n")) == lines.size() - 1);
}

TEST_CASE("units: list with aliases, add, alias, unknown and map", "[cli][archive][engines]") {
    TestArchive archive;
    archive.db.reset();
    const QString db = archive.location();
    const CliRun list = cli(db, {QStringLiteral("units"), QStringLiteral("list")});
    REQUIRE(list.exitCode == 0);
    CHECK(list.out.contains(QStringLiteral("东辛房街道\t东辛房\n")));
    CHECK(list.out.contains(QStringLiteral("区妇联\t区妇女联合会\n")));
    CHECK(cli(db, {QStringLiteral("units"), QStringLiteral("add"), QStringLiteral("区体育局")})
              .exitCode == 0);
    const CliRun alias = cli(db, {QStringLiteral("units"), QStringLiteral("alias"),
                                  QStringLiteral("区体育局"), QStringLiteral("体育局")});
    CHECK(alias.exitCode == 0);
    CHECK(cli(db, {QStringLiteral("units"), QStringLiteral("list")})
              .out.contains(QStringLiteral("区体育局\t体育局\n")));
    CHECK(cli(db, {QStringLiteral("units"), QStringLiteral("unknown")}).out.isEmpty());
    CHECK(cli(db, {QStringLiteral("units"), QStringLiteral("map"), QStringLiteral("体育中心"),
                   QStringLiteral("区体育局")})
              .out.contains(QStringLiteral("0")));
}

TEST_CASE("units refuse control and invisible characters, and print stored ones escaped",
          "[cli][archive][engines]") {
    TestArchive archive;
    archive.db.reset();
    const QString db = archive.location();
    for (const QString &name :
         {QStringLiteral("区\x1b[2J体育局"), QStringLiteral("区体\u200b育局"),
          QStringLiteral("区体育\u2060局"), QStringLiteral("区体育局\u202e")}) {
        const CliRun add = cli(db, {QStringLiteral("units"), QStringLiteral("add"), name});
        INFO(add.err.toStdString());
        CHECK(add.exitCode == 2);
        CHECK(add.err.contains(QStringLiteral("control or invisible characters")));
        CHECK_FALSE(add.err.contains(QChar(0x1b)));
        CHECK_FALSE(add.err.contains(QChar(0x200b)));
    }
    CHECK(cli(db, {QStringLiteral("units"), QStringLiteral("alias"), QStringLiteral("区妇联"),
                   QStringLiteral("妇\u200b联")})
              .exitCode == 2);
    CHECK_FALSE(cli(db, {QStringLiteral("units"), QStringLiteral("list")})
                    .out.contains(QStringLiteral("体育局")));

    // A unit that came in with an issue is printed with its escapes shown, never obeyed.
    {
        auto opened = kuaibao::Database::open(db);
        REQUIRE(opened);
        kuaibao::Issue issue = fullFixtureIssue(700);
        issue.sections[2].categories[0].items[0].units = {QStringLiteral("东\x1b[31m镇")};
        REQUIRE(kuaibao::IssueRepository(**opened).save(issue));
    }
    const CliRun unknown = cli(db, {QStringLiteral("units"), QStringLiteral("unknown")});
    CHECK(unknown.out.contains(QStringLiteral("东\\e[31m镇\t1\t")));
    CHECK_FALSE(unknown.out.contains(QChar(0x1b)));
    const CliRun stats =
        cli(db, {QStringLiteral("stats"), QStringLiteral("--by"), QStringLiteral("unit")});
    CHECK(stats.out.contains(QStringLiteral("东\\e[31m镇\t1\t")));
    CHECK_FALSE(stats.out.contains(QChar(0x1b)));
}

TEST_CASE("dev time-search runs each query line and reports time and hits",
          "[cli][archive][engines]") {
    TestArchive archive;
    const QString db = generated(archive, 5, 2);
    const QString queries = archive.filePath(QStringLiteral("q.txt"));
    writeFile(queries, QStringLiteral("镇\n门前三包\n鸮鸮鸮\n").toUtf8());
    const CliRun run =
        cli(db, {QStringLiteral("dev"), QStringLiteral("time-search"), QStringLiteral("--queries"),
                 queries, QStringLiteral("--limit"), QStringLiteral("0")});
    REQUIRE(run.exitCode == 0);
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    const CliRun all = cli(db, {QStringLiteral("search"), QStringLiteral("镇"),
                                QStringLiteral("--limit"), QStringLiteral("0")});
    CHECK(lines.at(0).section(QLatin1Char('\t'), 1, 1).toInt() == all.out.count(QLatin1Char('\n')));
    CHECK(lines.at(2).section(QLatin1Char('\t'), 1) == QStringLiteral("0\t鸮鸮鸮"));
    CHECK(cli(db, {QStringLiteral("dev"), QStringLiteral("time-search"),
                   QStringLiteral("--queries"), archive.filePath(QStringLiteral("missing.txt"))})
              .exitCode == 2);
}

TEST_CASE("dev time-open loads each named issue and refuses a missing one",
          "[cli][archive][engines]") {
    TestArchive archive;
    const QString db = generated(archive, 5, 2);
    const CliRun run = cli(db, {QStringLiteral("dev"), QStringLiteral("time-open"),
                                QStringLiteral("--numbers"), QStringLiteral("676,674")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(0).section(QLatin1Char('\t'), 1) == QStringLiteral("676\t1"));
    CHECK(lines.at(1).section(QLatin1Char('\t'), 1) == QStringLiteral("674\t1"));
    CHECK(lines.at(0).section(QLatin1Char('\t'), 0, 0).toDouble() > 0);
    const CliRun missing = cli(db, {QStringLiteral("dev"), QStringLiteral("time-open"),
                                    QStringLiteral("--numbers"), QStringLiteral("674,9999")});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(QStringLiteral("9999")));
    CHECK(cli(db, {QStringLiteral("dev"), QStringLiteral("time-open"), QStringLiteral("--numbers"),
                   QStringLiteral("0")})
              .exitCode == 2);
}

TEST_CASE("dev time-stats computes the table of stats as often as asked",
          "[cli][archive][engines]") {
    TestArchive archive;
    const QString db = generated(archive, 5, 2);
    const CliRun run =
        cli(db, {QStringLiteral("dev"), QStringLiteral("time-stats"), QStringLiteral("--by"),
                 QStringLiteral("unit"), QStringLiteral("--repeat"), QStringLiteral("3")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    const CliRun stats =
        cli(db, {QStringLiteral("stats"), QStringLiteral("--by"), QStringLiteral("unit")});
    const int rows = static_cast<int>(stats.out.count(QLatin1Char('\n'))) - 1; // less the header
    REQUIRE(rows > 0);
    for (const QString &line : lines) {
        CHECK(line.section(QLatin1Char('\t'), 1).toInt() == rows);
    }
    CHECK(cli(db, {QStringLiteral("dev"), QStringLiteral("time-stats"), QStringLiteral("--by"),
                   QStringLiteral("unit"), QStringLiteral("--repeat"), QStringLiteral("0")})
              .exitCode == 2);
    CHECK(cli(db, {QStringLiteral("dev"), QStringLiteral("time-stats"), QStringLiteral("--by"),
                   QStringLiteral("week")})
              .exitCode == 2);
}
