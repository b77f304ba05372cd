// `server init` and the least privilege of the office role, on a real PostgreSQL server.
#include "pgsupport.h"

#include "storage/migrations.h"

#include <QFile>
#include <QTemporaryDir>

using namespace kuaibao::test;

namespace {

QStringList on(const QString &url, std::initializer_list<const char *> args) {
    QStringList out{QStringLiteral("--db"), url};
    for (const char *arg : args) {
        out << QString::fromUtf8(arg);
    }
    return out;
}

} // namespace

TEST_CASE("an uninitialised server database tells every command to run server init",
          "[pg][server]") {
    KUAIBAO_PG_DATABASE(db);
    for (const auto &args : {on(db.ownerUrl(), {"list"}), on(db.clerkUrl(), {"search", "文明"}),
                             on(db.ownerUrl(), {"stats", "--by", "unit"})}) {
        const CliRun run = runCli(args);
        INFO(run.err.toStdString());
        CHECK(run.exitCode != 0);
        CHECK(run.err.contains(QStringLiteral("has not been set up for kuaibao")));
        CHECK(run.err.contains(QStringLiteral("server init")));
    }
    // Nothing was created by those attempts.
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"))
              .toInt() == 0);
}

TEST_CASE("server init sets the database up once and again says it is set up", "[pg][server]") {
    KUAIBAO_PG_DATABASE(db);
    const CliRun first = runCli(on(db.ownerUrl(), {"server", "init"}));
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    CHECK(first.out.contains(QStringLiteral("set up the server database for kuaibao (schema %1)")
                                 .arg(kuaibao::latestSchemaVersion())));
    const CliRun again = runCli(on(db.ownerUrl(), {"server", "init"}));
    REQUIRE(again.exitCode == 0);
    CHECK(again.out.contains(
        QStringLiteral("already set up (schema %1)").arg(kuaibao::latestSchemaVersion())));
    const CliRun list = runCli(on(db.ownerUrl(), {"list"}));
    CHECK(list.exitCode == 0);
    CHECK(list.err.isEmpty());
}

TEST_CASE("server init by a login that does not own the database is refused", "[pg][server]") {
    KUAIBAO_PG_DATABASE(db);
    const CliRun run = runCli(on(db.clerkUrl(), {"server", "init"}));
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("must be run by the owner")));
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"))
              .toInt() == 0);
}

TEST_CASE("a server address with a password in it is refused", "[pg][server]") {
    const CliRun run = runCli({QStringLiteral("--db"),
                               QStringLiteral("postgresql://clerk:secret@127.0.0.1:5432/office"),
                               QStringLiteral("list")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("must not contain the password")));
    CHECK_FALSE(run.err.contains(QStringLiteral("secret")));
}

TEST_CASE("as kuaibao_user a direct change of a signature or log row is refused",
          "[pg][server][privilege]") {
    KUAIBAO_PG_DATABASE(db);
    initServer(db);
    KUAIBAO_SAMPLE(sample);
    REQUIRE(runCli({QStringLiteral("--db"), db.clerkUrl(), QStringLiteral("import"), sample})
                .exitCode == 0);
    // A signature and a log row, as sign-off would add them.
    const QString owner = QStringLiteral("owner");
    REQUIRE(db.execAs(owner, QStringLiteral("INSERT INTO people (name, roles, password_hash, "
                                            "created_at) VALUES ('张三', 'review', '', 'now')"))
                .isEmpty());
    REQUIRE(db.execAs(QStringLiteral("clerk"),
                      QStringLiteral(
                          "INSERT INTO signatures (issue_id, stage, role, person_id, person_name, "
                          "signed_at, content_sha256, content_snapshot) SELECT i.id, 1, 'review', "
                          "p.id, p.name, 'now', 'abc', '{}' FROM issues i, people p"))
                .isEmpty());
    REQUIRE(db.execAs(QStringLiteral("clerk"),
                      QStringLiteral("INSERT INTO signoff_log (issue_id, at, action) SELECT id, "
                                     "'now', 'signed' FROM issues"))
                .isEmpty());

    const QString clerk = QStringLiteral("clerk");
    for (const char *sql :
         {"UPDATE signatures SET content_sha256 = 'forged'",
          "UPDATE signatures SET person_name = '李四'", "DELETE FROM signatures",
          "UPDATE signoff_log SET action = 'x'", "DELETE FROM signoff_log",
          "DELETE FROM signoff_acts", "UPDATE signoff_certificates SET statement = ''"}) {
        INFO(sql);
        CHECK(
            db.execAs(clerk, QString::fromUtf8(sql)).contains(QStringLiteral("permission denied")));
    }
    // Not even the owner changes them: the triggers refuse.
    CHECK(db.execAs(owner, QStringLiteral("UPDATE signatures SET content_sha256 = 'forged'"))
              .contains(QStringLiteral("append-only")));
    CHECK(db.execAs(owner, QStringLiteral("DELETE FROM signoff_log"))
              .contains(QStringLiteral("append-only")));
    CHECK(db.scalar(QStringLiteral("SELECT content_sha256 FROM signatures")).toString() ==
          QStringLiteral("abc"));
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM signoff_log")).toInt() == 1);
    // Voiding, the one change sign-off makes, is allowed: once.
    CHECK(db.execAs(clerk, QStringLiteral("UPDATE signatures SET voided_at = 'now', void_reason "
                                          "= 'edited'"))
              .isEmpty());
    CHECK(db.execAs(clerk, QStringLiteral("UPDATE signatures SET voided_at = NULL"))
              .contains(QStringLiteral("append-only")));
}

TEST_CASE("as kuaibao_user the schema cannot be changed", "[pg][server][privilege]") {
    KUAIBAO_PG_DATABASE(db);
    initServer(db);
    const QString clerk = QStringLiteral("clerk");
    for (const char *sql : {"ALTER TABLE issues ADD COLUMN extra INTEGER", "DROP TABLE signoff_log",
                            "DROP TRIGGER signatures_append_only ON signatures",
                            "CREATE TABLE mine (x INTEGER)", "TRUNCATE signoff_log"}) {
        INFO(sql);
        const QString error = db.execAs(clerk, QString::fromUtf8(sql));
        CHECK_FALSE(error.isEmpty());
        CHECK((error.contains(QStringLiteral("must be owner")) ||
               error.contains(QStringLiteral("permission denied"))));
    }
}

TEST_CASE("a login without its password is told where the password is read from", "[pg][server]") {
    KUAIBAO_PG_DATABASE(db);
    initServer(db);
    QTemporaryDir dir;
    const QString empty = dir.filePath(QStringLiteral("pgpass"));
    writeFile(empty, QByteArray());
    QFile::setPermissions(empty, QFile::ReadOwner | QFile::WriteOwner);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSFILE"), empty);
    env.remove(QStringLiteral("PGPASSWORD"));
    const CliRun run =
        runCli({QStringLiteral("--db"), db.clerkUrl(), QStringLiteral("list")}, {}, env);
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("refused the login")));
    CHECK(run.err.contains(QStringLiteral("~/.pgpass")));
}
