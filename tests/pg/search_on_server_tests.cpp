// Search on a real PostgreSQL server gives, with a limit, the same newest hits as on an SQLite
// archive: frequent phrases (found among the newest pieces) and rare ones (found through the
// index) alike; and a server of schema 10 is upgraded to one search row per issue.
#include "pgsupport.h"

#include "storage/migrations.h"

#include <QTemporaryDir>

using namespace kuaibao;
using namespace kuaibao::test;

namespace {

CliRun on(const QString &location, const QStringList &args) {
    return runCli(QStringList{QStringLiteral("--db"), location} + args);
}

// Queries of one, two and four characters cut from the generated issues' own text, and one
// that occurs nowhere.
QStringList queriesFrom(const QString &text) {
    QStringList queries;
    const QString flat = QString(text).remove(QLatin1Char('\n'));
    for (const int at : {40, 130, 333, 517}) {
        for (const int length : {1, 2, 4}) {
            queries << flat.mid(at, length).trimmed();
        }
    }
    queries << QStringLiteral("火星基地");
    queries.removeAll(QString());
    queries.removeDuplicates();
    return queries;
}

} // namespace

TEST_CASE("search with a limit finds the same newest hits on the server as on a file",
          "[pg][search]") {
    KUAIBAO_PG_DATABASE(db);
    initServer(db);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("desk.db"));
    const CliRun generated = on(file, {QStringLiteral("dev"), QStringLiteral("generate-archive"),
                                       QStringLiteral("--issues"), QStringLiteral("150")});
    INFO(generated.err.toStdString());
    REQUIRE(generated.exitCode == 0);
    const CliRun copied = on(db.clerkUrl(), {QStringLiteral("copy-archive"), file});
    INFO(copied.err.toStdString());
    REQUIRE(copied.exitCode == 0);

    // The copy goes in batches of issues: the list, and an issue from each end, are the same.
    const CliRun listed = on(file, {QStringLiteral("list")});
    REQUIRE(listed.exitCode == 0);
    CHECK(on(db.clerkUrl(), {QStringLiteral("list")}).out == listed.out);
    for (const char *number : {"674", "823"}) {
        const QStringList exported = {QStringLiteral("export"), QString::fromLatin1(number)};
        const CliRun fromFile = on(file, exported);
        REQUIRE(fromFile.exitCode == 0);
        CHECK(on(db.clerkUrl(), exported).out == fromFile.out);
    }

    const CliRun newest = on(file, {QStringLiteral("export"), QStringLiteral("823")});
    REQUIRE(newest.exitCode == 0);
    const QStringList queries = queriesFrom(newest.out);
    REQUIRE(queries.size() >= 8);
    int manyHits = 0;
    for (const QString &query : queries) {
        for (const char *limit : {"1", "5", "40"}) {
            const QStringList args = {QStringLiteral("search"), query, QStringLiteral("--limit"),
                                      QString::fromLatin1(limit)};
            INFO(args.join(QLatin1Char(' ')).toStdString());
            const CliRun local = on(file, args);
            const CliRun shared = on(db.clerkUrl(), args);
            INFO(shared.err.toStdString());
            REQUIRE(local.exitCode == 0);
            CHECK(shared.exitCode == 0);
            CHECK(shared.out == local.out);
            if (local.out.count(QLatin1Char('\n')) == 40) {
                ++manyHits;
            }
        }
    }
    // Some queries are frequent enough to fill the limit: the newest-first path is taken.
    CHECK(manyHits > 0);
}

TEST_CASE("server init moves a schema 10 server's short-query search pieces to one row per issue",
          "[pg][search][migration]") {
    KUAIBAO_PG_DATABASE(db);
    KUAIBAO_SAMPLE(sample);
    initServer(db);
    REQUIRE(on(db.clerkUrl(), {QStringLiteral("import"), sample}).exitCode == 0);
    const QList<QStringList> searches = {{QStringLiteral("search"), QStringLiteral("城")},
                                         {QStringLiteral("search"), QStringLiteral("创城")}};
    QStringList before;
    for (const QStringList &args : searches) {
        before << on(db.clerkUrl(), args).out;
        REQUIRE(before.last().startsWith(QStringLiteral("673\t")));
    }
    // The server as schema 10 left it: a row per piece and issue.
    for (const char *sql :
         {"CREATE TABLE search_grams (gram TEXT NOT NULL, issue_id BIGINT NOT NULL REFERENCES "
          "issues(id) ON DELETE CASCADE, PRIMARY KEY (gram, issue_id))",
          "INSERT INTO search_grams SELECT unnest(pieces), issue_id FROM search_pieces",
          "DROP TABLE search_pieces",
          "UPDATE kuaibao_meta SET value = '10' WHERE key = 'schema_version'"}) {
        INFO(sql);
        REQUIRE(db.execAs(QStringLiteral("owner"), QString::fromUtf8(sql)).isEmpty());
    }
    const CliRun old = on(db.clerkUrl(), {QStringLiteral("list")});
    CHECK(old.exitCode == 2);
    CHECK(old.err.contains(QStringLiteral("has schema 10")));

    const CliRun init = on(db.ownerUrl(), {QStringLiteral("server"), QStringLiteral("init")});
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    CHECK(init.out.contains(QStringLiteral("from schema 10 to %1").arg(latestSchemaVersion())));
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM search_pieces")).toInt() == 1);
    CHECK(db.scalar(QStringLiteral("SELECT to_regclass('search_grams') IS NULL")).toBool());
    for (int i = 0; i < searches.size(); ++i) {
        CHECK(on(db.clerkUrl(), searches.at(i)).out == before.at(i));
    }
    // The office role saves into the new table: a re-import after delete indexes the issue.
    REQUIRE(on(db.clerkUrl(), {QStringLiteral("delete"), QStringLiteral("673")}).exitCode == 0);
    const CliRun again = on(db.clerkUrl(), {QStringLiteral("import"), sample});
    INFO(again.err.toStdString());
    CHECK(again.exitCode == 0);
    CHECK(on(db.clerkUrl(), searches.at(1)).out == before.at(1));
}
