// The daily commands through the real kuaibao-cli against a real PostgreSQL server: the sample
// imports, and export, search and statistics answer exactly as they do on an SQLite archive.
#include "pgsupport.h"

#include <QTemporaryDir>

using namespace kuaibao::test;

namespace {

CliRun on(const QString &location, const QStringList &args) {
    return runCli(QStringList{QStringLiteral("--db"), location} + args);
}

} // namespace

TEST_CASE("the sample imports on the server and reads back as on an SQLite archive",
          "[pg][cli][sample]") {
    KUAIBAO_PG_DATABASE(db);
    KUAIBAO_SAMPLE(sample);
    initServer(db);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("desk.db"));
    const QString server = db.clerkUrl();
    for (const QString &archive : {file, server}) {
        const CliRun imported = on(archive, {QStringLiteral("import"), sample});
        INFO(imported.err.toStdString());
        REQUIRE(imported.exitCode == 0);
        CHECK(imported.out.contains(QStringLiteral("imported 673")));
    }
    const CliRun again = on(server, {QStringLiteral("import"), sample});
    CHECK(again.out.contains(QStringLiteral("imported 0, skipped 1")));

    const QList<QStringList> sameAnswers = {
        {QStringLiteral("list")},
        {QStringLiteral("export"), QStringLiteral("673")},
        {QStringLiteral("export"), QStringLiteral("673"), QStringLiteral("--format"),
         QStringLiteral("json")},
        {QStringLiteral("search"), QStringLiteral("城")},
        {QStringLiteral("search"), QStringLiteral("创城")},
        {QStringLiteral("search"), QStringLiteral("门前三包")},
        {QStringLiteral("search"), QStringLiteral("斋堂镇")},
        {QStringLiteral("search"), QStringLiteral("文明"), QStringLiteral("--unit"),
         QStringLiteral("东辛房街道")},
        {QStringLiteral("stats"), QStringLiteral("--by"), QStringLiteral("unit")},
        {QStringLiteral("stats"), QStringLiteral("--by"), QStringLiteral("category")},
        {QStringLiteral("stats"), QStringLiteral("--by"), QStringLiteral("month")},
        {QStringLiteral("units"), QStringLiteral("list")},
    };
    for (const QStringList &args : sameAnswers) {
        INFO(args.join(QLatin1Char(' ')).toStdString());
        const CliRun local = on(file, args);
        const CliRun shared = on(server, args);
        INFO(shared.err.toStdString());
        REQUIRE(local.exitCode == 0);
        CHECK(shared.exitCode == 0);
        CHECK(shared.out == local.out);
    }
    // One-, two- and four-character queries find the sample; a text it lacks finds nothing.
    for (const char *query : {"城", "创城", "门前三包"}) {
        INFO(query);
        const CliRun hits = on(server, {QStringLiteral("search"), QString::fromUtf8(query)});
        CHECK(hits.out.startsWith(QStringLiteral("673\t")));
    }
    const CliRun none = on(server, {QStringLiteral("search"), QStringLiteral("火星")});
    CHECK(none.exitCode == 0);
    CHECK_FALSE(none.out.contains(QStringLiteral("673")));
}

TEST_CASE("a query with LIKE's wildcards finds only the text itself on the server",
          "[pg][cli][search]") {
    KUAIBAO_PG_DATABASE(db);
    KUAIBAO_SAMPLE(sample);
    initServer(db);
    REQUIRE(on(db.clerkUrl(), {QStringLiteral("import"), sample}).exitCode == 0);
    for (const char *query : {"%", "_", "文%明", "\\"}) {
        INFO(query);
        const CliRun hits = on(db.clerkUrl(), {QStringLiteral("search"), QString::fromUtf8(query)});
        CHECK(hits.exitCode == 0);
        CHECK(hits.out.isEmpty());
    }
}
