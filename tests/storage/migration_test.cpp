#include <catch2/catch.hpp>

#include "storage/database.h"
#include "storage/issuerepository.h"
#include "storage/migrations.h"
#include "support/fixtures.h"

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace kuaibao;

namespace {
void exec(Database &db, const QString &sql) {
    QSqlQuery q(db.connection());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
}
} // namespace

TEST_CASE("an archive of the first schema is migrated with its issues intact", "[migration]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.db"));
    {
        Result<std::unique_ptr<Database>> v1 = Database::openAtVersion(path, 1);
        REQUIRE(v1.ok());
        REQUIRE((*v1)->schemaVersion() == 1);
        // An issue as the first schema stored it (no revision column yet).
        exec(**v1, QStringLiteral(
                       "INSERT INTO issues (id, series, number, name_lines, office, issue_date, "
                       "status, saved_at) VALUES (1, 'regular', 41, '某区创城\n工作快报', '某办', "
                       "'2021-05-06', 'draft', '2021-05-06T08:00:00Z')"));
        exec(**v1, QStringLiteral("INSERT INTO sections VALUES (1, 1, 0, '指挥调度', 'articles')"));
        exec(**v1, QStringLiteral("INSERT INTO articles VALUES (1, 1, 0, '', '（本刊）')"));
        exec(**v1, QStringLiteral("INSERT INTO paragraphs VALUES (1, 1, 0, '开会了。', '0+2')"));
        exec(**v1, QStringLiteral("INSERT INTO footer_staff VALUES (1, 0, '编校', '赵一')"));
    }
    Result<std::unique_ptr<Database>> db = Database::open(path);
    REQUIRE(db.ok());
    CHECK((*db)->schemaVersion() == latestSchemaVersion());
    Result<Issue> issue = IssueRepository(**db).load(41);
    REQUIRE(issue.ok());
    CHECK(issue->revision == 1);
    CHECK(issue->masthead.nameLines ==
          QStringList({QStringLiteral("某区创城"), QStringLiteral("工作快报")}));
    REQUIRE(issue->sections.size() == 1);
    const RichText &text = issue->sections[0].articles[0].paragraphs[0].text;
    CHECK(text.plainText() == QStringLiteral("开会了。"));
    CHECK(text.runs().first().bold);
    CHECK(issue->sections[0].articles[0].paragraphs[0].level == 0); // body text, not a heading
    CHECK(issue->footer.staff.first().name == QStringLiteral("赵一"));
}

TEST_CASE("a failing migration step stops with the file at the last good version", "[migration]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stuck.db"));
    {
        Result<std::unique_ptr<Database>> v1 = Database::openAtVersion(path, 1);
        REQUIRE(v1.ok());
        // Something in the way of step 2: an index with the name step 2 creates.
        exec(**v1, QStringLiteral("CREATE INDEX issues_by_date ON issues(number)"));
    }
    Result<std::unique_ptr<Database>> db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().message.contains(QStringLiteral("schema 2")));
    Result<std::unique_ptr<Database>> stillV1 = Database::openAtVersion(path, 1);
    REQUIRE(stillV1.ok());
    CHECK((*stillV1)->schemaVersion() == 1);
    QSqlQuery q((*stillV1)->connection());
    // step 2's first statement (the revision column) was rolled back with the rest
    CHECK_FALSE(q.exec(QStringLiteral("SELECT revision FROM issues")));
}

TEST_CASE("migration steps rise strictly", "[migration]") {
    int previous = 0;
    for (const Migration &step : schemaMigrations()) {
        CHECK(step.version > previous);
        CHECK_FALSE(step.description.isEmpty());
        previous = step.version;
    }
}
