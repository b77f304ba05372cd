// kuaibao-cli import-submission: units' items from .docx and text into an issue's 简讯.
#include "io/docx/zipwriter.h"
#include "storage/database.h"
#include "storage/issuerepository.h"
#include "support/fixtures.h"
#include "support/testarchive.h"
#include "support/testsupport.h"

#include <QDir>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace kuaibao;
using namespace kuaibao::test;

namespace {

// An archive holding the fixture issue 12 (a draft, set with the built-in template) and a folder
// for submissions.
class SubmissionArchive {
public:
    SubmissionArchive() {
        Issue issue = fullFixtureIssue(12);
        issue.templateId = QStringLiteral("mentougou"); // a built-in template, for the export
        issue.templateVersion = 1;
        REQUIRE(IssueRepository(*m_archive.db).save(issue));
        m_archive.db.reset();
    }
    QString db() const { return m_archive.location(); }
    QString path(const QString &name) const { return m_archive.filePath(name); }
    CliRun run(const QStringList &args, const QByteArray &input = {}) const {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        return runCli(QStringList{QStringLiteral("--db"), db()} + args, input, env);
    }
    // Issue 12 signed by its 编校, 审核 and 核签: 已签发.
    void signOff() const {
        const QStringList roles = {QStringLiteral("编校"), QStringLiteral("审核"),
                                   QStringLiteral("核签")};
        for (qsizetype i = 0; i < roles.size(); ++i) {
            const QString person = QStringLiteral("签%1").arg(i);
            QStringList add = {
                QStringLiteral("people"),  QStringLiteral("add"), person,
                QStringLiteral("--roles"), roles.at(i),           QStringLiteral("--password-file"),
                QStringLiteral("-")};
            if (i > 0) { // the first person is the administrator, who adds the others
                writeFile(path(QStringLiteral("admin-password")), "secret-0\n");
                add << QStringLiteral("--admin") << QStringLiteral("签0")
                    << QStringLiteral("--admin-password-file")
                    << path(QStringLiteral("admin-password"));
            }
            const CliRun added = run(add, "secret-" + QByteArray::number(i) + "\n");
            INFO(added.err.toStdString());
            REQUIRE(added.exitCode == 0);
            const CliRun signed_ =
                run({QStringLiteral("sign"), QStringLiteral("12"), QStringLiteral("--role"),
                     roles.at(i), QStringLiteral("--person"), person,
                     QStringLiteral("--password-file"), QStringLiteral("-")},
                    "secret-" + QByteArray::number(i) + "\n");
            INFO(signed_.err.toStdString());
            REQUIRE(signed_.exitCode == 0);
        }
    }
    QString exported() const { return run({QStringLiteral("export"), QStringLiteral("12")}).out; }

private:
    TestArchive m_archive;
};

QByteArray roundUpDocx() {
    const QString w =
        QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
    auto p = [](const QString &bold, const QString &plain) {
        return QStringLiteral("<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>%1</w:t></w:r>"
                              "<w:r><w:t>%2</w:t></w:r></w:p>")
            .arg(bold, plain);
    };
    const QString body =
        p(QStringLiteral("本周各单位报送信息汇总"), {}) +
        p(QStringLiteral("桥头镇："), QStringLiteral("8日，志愿者在河畔种下柳树120株。")) +
        p(QStringLiteral("城关镇："), QStringLiteral("近日，西街社区举办邻里节。")) +
        p(QStringLiteral("新河社区："), QStringLiteral("组织居民清扫楼道。"));
    ZipWriter zip;
    zip.add(QStringLiteral("word/document.xml"),
            (QStringLiteral("<?xml version=\"1.0\"?><w:document xmlns:w=\"%1\"><w:body>%2"
                            "</w:body></w:document>")
                 .arg(w, body))
                .toUtf8());
    Result<QByteArray> bytes = zip.finish();
    REQUIRE(bytes);
    return *bytes;
}

} // namespace

TEST_CASE("import-submission: a round-up becomes one item per unit, and a repeat is caught",
          "[docx][engines]") {
    SubmissionArchive archive;
    const QString file = archive.path(QStringLiteral("week.docx"));
    writeFile(file, roundUpDocx());

    const CliRun first = archive.run({QStringLiteral("import-submission"), file,
                                      QStringLiteral("--into"), QStringLiteral("12")});
    CHECK(first.exitCode == 0);
    CHECK(first.out == QStringLiteral("12\t文明实践\t桥头镇\t8日，志愿者在河畔种下柳树120株。\n"
                                      "12\t文明培育\t城关镇\t近日，西街社区举办邻里节。\n"
                                      "12\t文明培育\t新河社区\t组织居民清扫楼道。\n"));
    CHECK(first.err.contains(QStringLiteral("unknown unit \"新河社区\"")));
    CHECK(first.err.contains(QStringLiteral("is a suggestion")));
    CHECK_FALSE(first.err.contains(QStringLiteral("本周各单位")));
    const QString after = archive.exported();
    CHECK(after.contains(QStringLiteral("**桥头镇：**8日，志愿者在河畔种下柳树120株。")) |
          after.contains(QStringLiteral("桥头镇：8日，志愿者在河畔种下柳树120株。")));

    // Sent again: every item repeats one of the issue's, and nothing is added.
    const CliRun again = archive.run({QStringLiteral("import-submission"), file,
                                      QStringLiteral("--into"), QStringLiteral("12"),
                                      QStringLiteral("--category"), QStringLiteral("综合整治")});
    CHECK(again.exitCode == 0);
    CHECK(again.out.isEmpty());
    CHECK(again.err.count(QStringLiteral("repeats the item of issue 12")) == 3);
    CHECK(archive.exported() == after);

    // --allow-repeat adds them, under the category given.
    const CliRun allowed =
        archive.run({QStringLiteral("import-submission"), file, QStringLiteral("--into"),
                     QStringLiteral("12"), QStringLiteral("--category"), QStringLiteral("综合整治"),
                     QStringLiteral("--allow-repeat")});
    CHECK(allowed.out.count(QStringLiteral("\t综合整治\t")) == 3);
}

TEST_CASE("import-submission: a file that cannot be read adds nothing and exits 2",
          "[docx][engines]") {
    SubmissionArchive archive;
    const QString before = archive.exported();
    const QString good = archive.path(QStringLiteral("good.txt"));
    writeFile(good, QStringLiteral("王平镇：植树三百株。\n").toUtf8());
    const QList<std::pair<QString, QByteArray>> bad = {
        {QStringLiteral("notzip.docx"), QByteArray("this is not a zip file")},
        {QStringLiteral("old.doc"), QByteArray::fromHex("D0CF11E0A1B11AE1") + QByteArray(600, 0)},
        {QStringLiteral("cut.docx"), roundUpDocx().left(200)},
        {QStringLiteral("empty.docx"), QByteArray()},
    };
    for (const auto &[name, bytes] : bad) {
        const QString file = archive.path(name);
        writeFile(file, bytes);
        const CliRun run = archive.run({QStringLiteral("import-submission"), good, file,
                                        QStringLiteral("--into"), QStringLiteral("12")});
        INFO(name.toStdString() << ": " << run.err.toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.out.isEmpty());
        CHECK(run.err.startsWith(QStringLiteral("kuaibao-cli: ") + file + QStringLiteral(": ")));
        CHECK(run.err.count(QLatin1Char('\n')) == 1);
    }
    CHECK(archive.exported() == before);
}

TEST_CASE("import-submission leaves a signed-off issue as it is", "[docx][engines]") {
    SubmissionArchive archive;
    archive.signOff();
    const QString before = archive.exported();
    const QString file = archive.path(QStringLiteral("week.docx"));
    writeFile(file, roundUpDocx());
    const CliRun run = archive.run({QStringLiteral("import-submission"), file,
                                    QStringLiteral("--into"), QStringLiteral("12")});
    CHECK(run.exitCode == 2);
    CHECK(run.out.isEmpty());
    CHECK(run.err.contains(QStringLiteral("signed off")));
    CHECK(archive.exported() == before);
}

TEST_CASE("export --format docx is written to a file, never to standard output",
          "[docx][engines]") {
    SubmissionArchive archive;
    const CliRun toStdout = archive.run({QStringLiteral("export"), QStringLiteral("12"),
                                         QStringLiteral("--format"), QStringLiteral("docx")});
    CHECK(toStdout.exitCode == 2);
    CHECK(toStdout.out.isEmpty());
    CHECK(toStdout.err.contains(QStringLiteral("-o FILE.docx")));
    const QString file = archive.path(QStringLiteral("12.docx"));
    const CliRun toFile =
        archive.run({QStringLiteral("export"), QStringLiteral("12"), QStringLiteral("--format"),
                     QStringLiteral("docx"), QStringLiteral("-o"), file});
    CHECK(toFile.exitCode == 0);
    CHECK(readFile(file).startsWith("PK\x03\x04"));
}
