// `kuaibao-cli check` on a real PostgreSQL server: a sound archive passes; a guard trigger the
// owner switched off, a grant widened for the office role and a link a superuser let break are
// each named with the line that mends them, and the check passes again once they are mended.
#include "pgsupport.h"
#include "support/office.h"

using namespace kuaibao::test;

namespace {

// `check` as an office login.
CliRun checkAsClerk(const Office &office, const PgTestDatabase &db) {
    return office.run(db.clerkUrl(), {QStringLiteral("check")});
}

// Runs `sql` as `login` and requires it to succeed.
void requireSql(const PgTestDatabase &db, const QString &login, const QString &sql) {
    INFO(sql.toStdString());
    REQUIRE(db.execAs(login, sql).isEmpty());
}

} // namespace

TEST_CASE("check on the server names a disabled guard, a widened grant and a broken link",
          "[pg][check]") {
    KUAIBAO_PG_DATABASE(db);
    KUAIBAO_SAMPLE(sample);
    initServer(db);
    Office office;
    office.prepare(db.clerkUrl(), sample, true);

    const CliRun sound = checkAsClerk(office, db);
    INFO(sound.out.toStdString() + sound.err.toStdString());
    REQUIRE(sound.exitCode == 0);
    CHECK(sound.out ==
          QStringLiteral("guards: ok\nlinks: ok\nissues: ok\nsignatures: ok\nretirements: ok\n"));

    // The owner switches a guard off and gives the office role more than it should have.
    requireSql(db, QStringLiteral("owner"),
               QStringLiteral("ALTER TABLE signatures DISABLE TRIGGER signatures_append_only"));
    requireSql(db, QStringLiteral("owner"),
               QStringLiteral("GRANT UPDATE, TRUNCATE ON signoff_log TO kuaibao_user"));
    const CliRun unguarded = checkAsClerk(office, db);
    INFO(unguarded.out.toStdString() + unguarded.err.toStdString());
    CHECK(unguarded.exitCode == 1);
    CHECK(unguarded.out.contains(QStringLiteral("guards: 3 problem(s)")));
    CHECK(unguarded.out.contains(QStringLiteral(
        "the guard trigger signatures_append_only on table signatures is disabled, so the table "
        "can be changed unguarded; the database's owner runs ALTER TABLE signatures ENABLE "
        "TRIGGER signatures_append_only")));
    CHECK(unguarded.out.contains(
        QStringLiteral("the office role kuaibao_user may UPDATE table signoff_log")));
    CHECK(unguarded.out.contains(
        QStringLiteral("the office role kuaibao_user may TRUNCATE table signoff_log")));
    CHECK(unguarded.out.contains(QStringLiteral("links: ok")));
    CHECK(unguarded.err.contains(QStringLiteral("pg_dump")));

    // Mended as the lines say, the server passes again.
    requireSql(db, QStringLiteral("owner"),
               QStringLiteral("ALTER TABLE signatures ENABLE TRIGGER signatures_append_only"));
    requireSql(db, QStringLiteral("owner"),
               QStringLiteral("REVOKE UPDATE, TRUNCATE ON signoff_log FROM kuaibao_user"));
    CHECK(checkAsClerk(office, db).exitCode == 0);

    // A superuser switches the link checks off and removes an article of the signed issue:
    // its paragraphs are left pointing at nothing, and the signed text has changed.
    requireSql(db, QStringLiteral("postgres"),
               QStringLiteral("ALTER TABLE articles DISABLE TRIGGER ALL"));
    requireSql(db, QStringLiteral("postgres"),
               QStringLiteral("DELETE FROM articles WHERE id = (SELECT min(a.id) FROM articles a "
                              "JOIN paragraphs p ON p.article_id = a.id)"));
    const CliRun broken = checkAsClerk(office, db);
    INFO(broken.out.toStdString() + broken.err.toStdString());
    CHECK(broken.exitCode == 1);
    CHECK(broken.out.contains(QStringLiteral("the guard trigger signed_articles on table articles "
                                             "is disabled")));
    CHECK(broken.out.contains(
        QStringLiteral("the server's link checks on table articles are switched off")));
    CHECK(broken.out.contains(QStringLiteral("refer to a missing row of table articles")));
    CHECK_FALSE(broken.out.contains(QStringLiteral("signatures: ok")));

    // Switched on again, the damage it let through is still found.
    requireSql(db, QStringLiteral("postgres"),
               QStringLiteral("ALTER TABLE articles ENABLE TRIGGER ALL"));
    const CliRun after = checkAsClerk(office, db);
    INFO(after.out.toStdString());
    CHECK(after.exitCode == 1);
    CHECK(after.out.contains(QStringLiteral("guards: ok")));
    CHECK(after.out.contains(QStringLiteral("refer to a missing row of table articles")));
}

TEST_CASE("restore on the server is refused and names what to use instead", "[pg][check]") {
    KUAIBAO_PG_DATABASE(db);
    initServer(db);
    Office office;
    const QString backup = office.dir.filePath(QStringLiteral("backup.db"));
    const CliRun restored = office.run(db.clerkUrl(), {QStringLiteral("restore"), backup});
    CHECK(restored.exitCode == 2);
    CHECK(restored.err.contains(QStringLiteral("copy-archive BACKUP")));
    CHECK(restored.err.contains(QStringLiteral("pg_restore")));
}
