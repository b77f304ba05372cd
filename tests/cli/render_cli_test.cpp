// kuaibao-cli render: the PDF of a stored issue, and each way it can be refused.
#include "core/templatelibrary.h"
#include "storage/database.h"
#include "storage/issuerepository.h"
#include "support/fixtures.h"
#include "support/testarchive.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace kuaibao;
using namespace kuaibao::test;

namespace {

// An archive in a temporary folder holding one issue per template, and a template folder.
class RenderArchive {
public:
    RenderArchive() { qputenv("KUAIBAO_TEMPLATE_DIR", templateFolder().toUtf8()); }
    ~RenderArchive() { qunsetenv("KUAIBAO_TEMPLATE_DIR"); }

    QString db() const { return m_archive.location(); }
    QString path(const QString &name) const { return m_archive.filePath(name); }
    QString templateFolder() const { return m_archive.filePath(QStringLiteral("templates")); }

    // A copy of the built-in template under another id, with `layout` as its layout.
    void addTemplate(const QString &id, const QJsonObject &layout) {
        QJsonObject json = TemplateLibrary::load(QStringLiteral("mentougou"))->json();
        json.insert(QStringLiteral("id"), id);
        json.insert(QStringLiteral("layout"), layout);
        QDir().mkpath(templateFolder());
        writeFile(QDir(templateFolder()).filePath(id + QStringLiteral(".json")),
                  QJsonDocument(json).toJson());
    }

    // Saves the fixture issue as number `number`, set with template `id` version 1.
    void addIssue(int number, const QString &id, IssueStatus status = IssueStatus::Published) {
        Issue issue = fullFixtureIssue(number);
        issue.templateId = id;
        issue.templateVersion = 1;
        issue.status = status;
        REQUIRE(IssueRepository(*m_archive.db).save(issue));
    }

private:
    TestArchive m_archive;
};

QString pdfinfo(const QStringList &args) {
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), args);
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QJsonObject latinOnlyBody() {
    return QJsonObject{
        {QStringLiteral("fonts"),
         QJsonObject{{QStringLiteral("body"), QJsonArray{QStringLiteral("DejaVu Sans")}}}}};
}

} // namespace

TEST_CASE("render writes the issue's A4 PDF and says how many pages", "[engines]") {
    RenderArchive archive;
    archive.addIssue(12, QStringLiteral("mentougou"));
    const QString out = archive.path(QStringLiteral("12.pdf"));
    const CliRun run = runCli({QStringLiteral("--db"), archive.db(), QStringLiteral("render"),
                               QStringLiteral("12"), QStringLiteral("-o"), out});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("2")));
    CHECK(readFile(out).startsWith("%PDF-"));
    const QString info = pdfinfo({out});
    CHECK(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+2\\n"))));
    CHECK(info.contains(QStringLiteral("(A4)")));
    CHECK(info.contains(
        QRegularExpression(QStringLiteral("Author:\\s+清河县创建文明城市工作领导小组办公室"))));
}

TEST_CASE("render --pdfa writes PDF/A-1b", "[engines]") {
    RenderArchive archive;
    archive.addIssue(12, QStringLiteral("mentougou"));
    const QString out = archive.path(QStringLiteral("12a.pdf"));
    const CliRun run =
        runCli({QStringLiteral("--db"), archive.db(), QStringLiteral("render"),
                QStringLiteral("12"), QStringLiteral("-o"), out, QStringLiteral("--pdfa")});
    REQUIRE(run.exitCode == 0);
    CHECK(pdfinfo({QStringLiteral("-meta"), out})
              .contains(QStringLiteral("pdfaid:conformance=\"B\"")));
}

TEST_CASE("render refuses a missing issue, a missing -o and extra arguments", "[engines]") {
    RenderArchive archive;
    archive.addIssue(12, QStringLiteral("mentougou"));
    const QString out = archive.path(QStringLiteral("x.pdf"));
    CliRun run = runCli({QStringLiteral("--db"), archive.db(), QStringLiteral("render"),
                         QStringLiteral("99"), QStringLiteral("-o"), out});
    CHECK(run.exitCode == 2);
    CHECK_FALSE(run.err.isEmpty());
    run = runCli(
        {QStringLiteral("--db"), archive.db(), QStringLiteral("render"), QStringLiteral("12")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("-o")));
    run = runCli({QStringLiteral("--db"), archive.db(), QStringLiteral("render"),
                  QStringLiteral("12"), QStringLiteral("13"), QStringLiteral("-o"), out});
    CHECK(run.exitCode == 2);
    CHECK_FALSE(QFile::exists(out));
}

TEST_CASE("render reports a bad template layout key by name and writes nothing", "[engines]") {
    RenderArchive archive;
    archive.addTemplate(
        QStringLiteral("badlayout"),
        QJsonObject{{QStringLiteral("body"), QJsonObject{{QStringLiteral("sise"), 16}}}});
    archive.addIssue(12, QStringLiteral("badlayout"));
    const QString out = archive.path(QStringLiteral("bad.pdf"));
    const CliRun run = runCli({QStringLiteral("--db"), archive.db(), QStringLiteral("render"),
                               QStringLiteral("12"), QStringLiteral("-o"), out});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("layout.body.sise")));
    CHECK_FALSE(QFile::exists(out));
}

TEST_CASE("render refuses characters no font can draw unless --force", "[engines]") {
    RenderArchive archive;
    archive.addTemplate(QStringLiteral("latinonly"), latinOnlyBody());
    archive.addIssue(12, QStringLiteral("latinonly"));
    const QString out = archive.path(QStringLiteral("latin.pdf"));
    CliRun run = runCli({QStringLiteral("--db"), archive.db(), QStringLiteral("render"),
                         QStringLiteral("12"), QStringLiteral("-o"), out});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("U+53BF")));
    CHECK_FALSE(QFile::exists(out));
    run = runCli({QStringLiteral("--db"), archive.db(), QStringLiteral("render"),
                  QStringLiteral("12"), QStringLiteral("-o"), out, QStringLiteral("--force")});
    CHECK(run.exitCode == 0);
    CHECK(run.err.contains(QStringLiteral("--force")));
    CHECK(readFile(out).startsWith("%PDF-"));
}

TEST_CASE("render into a folder that does not exist fails and leaves nothing", "[engines]") {
    RenderArchive archive;
    archive.addIssue(12, QStringLiteral("mentougou"));
    const QString out = archive.path(QStringLiteral("missing/12.pdf"));
    const CliRun run = runCli({QStringLiteral("--db"), archive.db(), QStringLiteral("render"),
                               QStringLiteral("12"), QStringLiteral("-o"), out});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("12.pdf")));
    CHECK_FALSE(QFile::exists(out));
}

TEST_CASE("render names the face that stands in for a role's preferred face on stderr",
          "[engines]") {
    RenderArchive archive;
    const QJsonObject fonts{
        {QStringLiteral("body"),
         QJsonArray{QStringLiteral("仿宋_GB2312-not-installed"), QStringLiteral("AR PL UMing CN")}},
        {QStringLiteral("kai"), QJsonArray{QStringLiteral("AR PL UMing CN")}}};
    archive.addTemplate(QStringLiteral("standin"), QJsonObject{{QStringLiteral("fonts"), fonts}});
    archive.addIssue(12, QStringLiteral("standin"));
    const QString out = archive.path(QStringLiteral("standin.pdf"));
    const CliRun run = runCli({QStringLiteral("--db"), archive.db(), QStringLiteral("render"),
                               QStringLiteral("12"), QStringLiteral("-o"), out});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    if (!run.err.contains(QStringLiteral("AR PL UMing CN"))) {
        // Without the stand-in installed nothing stands in: the preflight names no font.
        KUAIBAO_SKIP(QStringLiteral("AR PL UMing CN is not installed"));
    }
    const QStringList lines = run.err.split(QLatin1Char('\n'));
    const auto body = std::find_if(lines.cbegin(), lines.cend(), [](const QString &line) {
        return line.contains(QStringLiteral("(body)"));
    });
    REQUIRE(body != lines.cend());
    CHECK(body->contains(QStringLiteral("仿宋_GB2312-not-installed")));
    CHECK(body->contains(QStringLiteral("AR PL UMing CN")));
    // A role whose first face is installed is not mentioned.
    CHECK_FALSE(run.err.contains(QStringLiteral("(kai)")));
}
