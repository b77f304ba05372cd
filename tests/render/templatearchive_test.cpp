// An issue keeps the template version it was set with: saved once into the archive, found again
// after the office's template changes.
#include "core/templatelibrary.h"
#include "storage/database.h"
#include "storage/issuerepository.h"
#include "storage/templates/templatearchive.h"
#include "support/fixtures.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace kuaibao;

namespace {

// Points KUAIBAO_TEMPLATE_DIR at a folder for the test's lifetime.
class TemplateFolder {
public:
    TemplateFolder() { qputenv("KUAIBAO_TEMPLATE_DIR", m_dir.path().toUtf8()); }
    ~TemplateFolder() { qunsetenv("KUAIBAO_TEMPLATE_DIR"); }
    void write(const QString &name, const QByteArray &json) {
        QFile file(QDir(m_dir.path()).filePath(name));
        file.open(QIODevice::WriteOnly);
        file.write(json);
    }

private:
    QTemporaryDir m_dir;
};

Issue mentougouIssue(int number) {
    Issue issue = test::fullFixtureIssue(number);
    issue.templateId = QStringLiteral("mentougou");
    issue.templateVersion = 1;
    return issue;
}

} // namespace

TEST_CASE("the archive's schema has the template versions table") {
    QTemporaryDir dir;
    auto db = Database::open(QDir(dir.path()).filePath(QStringLiteral("a.db")));
    REQUIRE(db);
    CHECK((*db)->schemaVersion() >= 5);
}

TEST_CASE("saving an issue keeps its template version's source, once") {
    QTemporaryDir dir;
    auto db = Database::open(QDir(dir.path()).filePath(QStringLiteral("a.db")));
    REQUIRE(db);
    IssueRepository repository(**db);
    REQUIRE(repository.save(mentougouIssue(1)));
    REQUIRE(repository.save(mentougouIssue(2)));
    const QSqlDatabase conn = (*db)->connection();
    auto stored = TemplateArchive::find(conn, QStringLiteral("mentougou"), 1);
    REQUIRE(stored);
    REQUIRE(stored->has_value());
    const Result<BulletinTemplate> builtIn = TemplateLibrary::load(QStringLiteral("mentougou"));
    REQUIRE(builtIn);
    CHECK((*stored)->source() == builtIn->source());
}

TEST_CASE("an old issue prints with the version it was set with after the template changes") {
    QTemporaryDir dir;
    auto db = Database::open(QDir(dir.path()).filePath(QStringLiteral("a.db")));
    REQUIRE(db);
    IssueRepository repository(**db);
    REQUIRE(repository.save(mentougouIssue(1)));

    // The office now has version 2 with another name; version 1 is gone from the files.
    TemplateFolder folder;
    const Result<BulletinTemplate> builtIn = TemplateLibrary::load(QStringLiteral("mentougou"));
    REQUIRE(builtIn);
    QByteArray newer = builtIn->source();
    newer.replace("\"version\": 1", "\"version\": 2");
    newer.replace("门头沟区创建全国文明城市\", \"工作快报", "门头沟区文明城市\", \"快报");
    folder.write(QStringLiteral("mentougou.json"), newer);
    REQUIRE(TemplateLibrary::load(QStringLiteral("mentougou"))->version() == 2);

    Result<Issue> old = repository.load(1);
    REQUIRE(old);
    const Result<IssueTemplate> found = templateForIssue((*db)->connection(), *old);
    REQUIRE(found);
    CHECK(found->bulletinTemplate.version() == 1);
    CHECK(found->bulletinTemplate.source() == builtIn->source());
    CHECK(found->note.isEmpty());
}

TEST_CASE("an issue whose template version is nowhere prints with the newest, saying so") {
    QTemporaryDir dir;
    auto db = Database::open(QDir(dir.path()).filePath(QStringLiteral("a.db")));
    REQUIRE(db);
    Issue issue = mentougouIssue(3);
    issue.templateVersion = 9;
    const Result<IssueTemplate> found = templateForIssue((*db)->connection(), issue);
    REQUIRE(found);
    CHECK(found->bulletinTemplate.version() == 1);
    CHECK(found->note.contains(QStringLiteral("9")));
}
