// The live preview lays an issue out with the template version it was set with, as print does.
#include "app/preview/printpagerenderer.h"
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

TEST_CASE("the live preview uses the issue's own template version", "[app][preview][issue14]") {
    QTemporaryDir dir;
    auto opened = Database::open(QDir(dir.path()).filePath(QStringLiteral("a.db")));
    REQUIRE(opened);
    Database &db = **opened;
    Issue issue = test::fullFixtureIssue(1);
    issue.templateId = QStringLiteral("mentougou");
    issue.templateVersion = 1;
    REQUIRE(IssueRepository(db).save(issue)); // keeps version 1's source in the archive
    const Result<BulletinTemplate> builtIn = TemplateLibrary::load(QStringLiteral("mentougou"));
    REQUIRE(builtIn);
    const Issue stored = IssueRepository(db).load(1).value();

    // A plain preview of version 1, before the office's template changes.
    const PreviewPages before = PrintPageRenderer().render(stored, 1.0);
    REQUIRE_FALSE(before.pages.isEmpty());

    // The office now has version 2 with another bulletin name, and version 1 is gone from
    // the template files: only the archive still has it.
    QTemporaryDir templates;
    qputenv("KUAIBAO_TEMPLATE_DIR", templates.path().toUtf8());
    QByteArray newer = builtIn->source();
    newer.replace("\"version\": 1", "\"version\": 2");
    newer.replace("\"size\": 16", "\"size\": 14");
    {
        QFile file(QDir(templates.path()).filePath(QStringLiteral("mentougou.json")));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(newer);
    }
    REQUIRE(TemplateLibrary::load(QStringLiteral("mentougou"))->version() == 2);

    const PreviewPages newest = PrintPageRenderer().render(stored, 1.0);
    PrintPageRenderer renderer(
        [&db](const Issue &i) { return templateForIssue(db.connection(), i); });
    renderer.prepare(stored); // as the preview does on the GUI thread
    const PreviewPages own = renderer.render(stored, 1.0);
    qunsetenv("KUAIBAO_TEMPLATE_DIR");

    CHECK(newest.pages.first() != before.pages.first()); // version 2 does look different
    REQUIRE(own.pages.size() == before.pages.size());
    CHECK(own.pages.first() == before.pages.first());
    CHECK(own.note.isEmpty());
}
