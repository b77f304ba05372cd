// The import and export commands' contract, run through the real kuaibao-cli.
#include "support/testarchive.h"
#include "support/testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringEncoder>

#include <catch2/catch.hpp>

using namespace kuaibao;

namespace {

// A scratch folder and an archive on the run's engine (support/testarchive.h), left to the
// command-line program.
struct Scratch {
    test::TestArchive archive;
    Scratch() { archive.db.reset(); }
    QString db() const { return archive.location(); }
    QString file(const QString &name) const { return archive.filePath(name); }
    QString write(const QString &name, const QByteArray &bytes) const {
        test::writeFile(file(name), bytes);
        return file(name);
    }
    test::CliRun cli(const QStringList &args) const {
        return test::runCli(QStringList{QStringLiteral("--db"), db()} + args);
    }
};

// A bulletin of our own; `number` and `office` vary it.
QByteArray ownBulletin(int number, const QString &office = QStringLiteral("河口乡创城办")) {
    return QStringLiteral(
               "河口乡创城 "
               "工作快报\n\n第%1期\n\n%2\n\n2024年1月2日\n\n【检查督导】\n\n乡里检查集市秩序。\n\n"
               "【简 讯】\n\n【文明培育】 城关镇：近日开展宣传。\n\n编校：周五 审核：吴六 "
               "核签：郑七\n")
        .arg(number)
        .arg(office)
        .toUtf8();
}

// The sample's characters once white space and ** are set aside (which also joins the page-break
// pieces).
QString essence(QString text) {
    static const QRegularExpression space(QStringLiteral("\\s+"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    return text.remove(QStringLiteral("**")).remove(space);
}

} // namespace

TEST_CASE("importing the sample, then exporting 673, gives back the sample's text", "[engines]") {
    if (test::samplePath().isEmpty()) {
        KUAIBAO_SKIP(
            QStringLiteral("the sample issue ../shared/samples/kuaibao-673.txt is absent"));
    }
    Scratch s;
    const test::CliRun imported = s.cli({QStringLiteral("import"), test::samplePath()});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out ==
          QStringLiteral("imported 673 from %1\nimported 1, skipped 0\n").arg(test::samplePath()));
    const test::CliRun exported = s.cli({QStringLiteral("export"), QStringLiteral("673")});
    REQUIRE(exported.exitCode == 0);
    const QString sample = QString::fromUtf8(test::readFile(test::samplePath()));
    CHECK(essence(exported.out) == essence(sample));
}

TEST_CASE("an exported issue imported into another archive exports to the same text", "[engines]") {
    if (test::samplePath().isEmpty()) {
        KUAIBAO_SKIP(
            QStringLiteral("the sample issue ../shared/samples/kuaibao-673.txt is absent"));
    }
    Scratch first;
    REQUIRE(first.cli({QStringLiteral("import"), test::samplePath()}).exitCode == 0);
    const QString exportedPath = first.file(QStringLiteral("673.txt"));
    REQUIRE(first
                .cli({QStringLiteral("export"), QStringLiteral("673"), QStringLiteral("-o"),
                      exportedPath})
                .exitCode == 0);
    Scratch second;
    const test::CliRun again = second.cli({QStringLiteral("import"), exportedPath});
    INFO(again.err.toStdString());
    REQUIRE(again.exitCode == 0);
    CHECK(again.err.isEmpty());
    const test::CliRun json1 = first.cli({QStringLiteral("export"), QStringLiteral("673"),
                                          QStringLiteral("--format"), QStringLiteral("json")});
    const test::CliRun json2 = second.cli({QStringLiteral("export"), QStringLiteral("673"),
                                           QStringLiteral("--format"), QStringLiteral("json")});
    CHECK(json1.out == json2.out);
    CHECK(second.cli({QStringLiteral("export"), QStringLiteral("673")}).out.toUtf8() ==
          test::readFile(exportedPath));
}

TEST_CASE(
    "several files: the good ones come in, each bad one is reported with its line and skipped",
    "[engines]") {
    Scratch s;
    const QString good1 = s.write(QStringLiteral("good1.txt"), ownBulletin(7));
    const QString empty = s.write(QStringLiteral("empty.txt"), {});
    QStringEncoder gbk("GB18030");
    const QString good2 =
        s.write(QStringLiteral("good2-gbk.txt"), gbk.encode(QString::fromUtf8(ownBulletin(8))));
    const QString duplicate =
        s.write(QStringLiteral("again7.txt"), ownBulletin(7, QStringLiteral("另一个办公室")));
    const test::CliRun run = s.cli({QStringLiteral("import"), good1, empty, good2, duplicate});
    CHECK(run.exitCode == 2);
    CHECK(run.out ==
          QStringLiteral("imported 7 from %1\nimported 8 from %2\nimported 2, skipped 2\n")
              .arg(good1, good2));
    CHECK(run.err.contains(QStringLiteral("%1:1: the file is empty\n").arg(empty)));
    CHECK(
        run.err.contains(QStringLiteral("%1: issue 7 already exists in the archive; give --replace")
                             .arg(duplicate)));
    // Nothing of the duplicate came in.
    CHECK(s.cli({QStringLiteral("export"), QStringLiteral("7")})
              .out.contains(QStringLiteral("河口乡创城办")));

    const test::CliRun replaced =
        s.cli({QStringLiteral("import"), QStringLiteral("--replace"), duplicate});
    CHECK(replaced.exitCode == 0);
    CHECK(replaced.out ==
          QStringLiteral("imported 7 from %1\nimported 1, skipped 0\n").arg(duplicate));
    CHECK(s.cli({QStringLiteral("export"), QStringLiteral("7")})
              .out.contains(QStringLiteral("另一个办公室")));
}

TEST_CASE("a missing issue number is supplied with --number, for one file only", "[engines]") {
    Scratch s;
    QByteArray bytes = ownBulletin(1);
    bytes.replace("第1期\n\n", "");
    const QString path = s.write(QStringLiteral("unnumbered.txt"), bytes);
    const test::CliRun refused = s.cli({QStringLiteral("import"), path});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.startsWith(QStringLiteral("%1:7: no issue number").arg(path)));
    CHECK(refused.err.contains(QStringLiteral("--number N")));
    CHECK(s.cli({QStringLiteral("import"), QStringLiteral("--number"), QStringLiteral("31"), path})
              .exitCode == 0);
    CHECK(s.cli({QStringLiteral("export"), QStringLiteral("31")})
              .out.contains(QStringLiteral("第31期")));
    const test::CliRun two = s.cli(
        {QStringLiteral("import"), QStringLiteral("--number"), QStringLiteral("5"), path, path});
    CHECK(two.exitCode == 2);
    CHECK(two.err.contains(QStringLiteral("--number applies to one file")));
}

TEST_CASE("a 50 MB file and a binary file are refused by the command, naming the file",
          "[engines]") {
    Scratch s;
    const QString huge = s.file(QStringLiteral("huge.txt"));
    QFile file(huge);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.resize(50 * 1024 * 1024));
    file.close();
    const QString binary =
        s.write(QStringLiteral("photo.jpg"), QByteArray::fromHex("ffd8ffe000104a46494600010100"));
    const test::CliRun run = s.cli({QStringLiteral("import"), huge, binary});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("%1:1: the file is 50.0 MB").arg(huge)));
    CHECK(run.err.contains(QStringLiteral("%1:1: the file holds NUL bytes").arg(binary)));
    CHECK(run.out == QStringLiteral("imported 0, skipped 2\n"));
}

TEST_CASE("export writes JSON, and HTML that is one self-contained, escaped page", "[engines]") {
    Scratch s;
    QByteArray bytes = ownBulletin(9);
    bytes.replace("乡里检查集市秩序。", "乡里检查<script>alert(1)</script>集市 & \"秩序\"。");
    REQUIRE(s.cli({QStringLiteral("import"), s.write(QStringLiteral("9.txt"), bytes)}).exitCode ==
            0);

    const test::CliRun json = s.cli({QStringLiteral("export"), QStringLiteral("9"),
                                     QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(json.exitCode == 0);
    const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(object.value(QStringLiteral("number")).toInt() == 9);
    CHECK(object.value(QStringLiteral("schema")).toString() == QStringLiteral("kuaibao.issue/1"));

    const QString htmlPath = s.file(QStringLiteral("9.html"));
    const test::CliRun html =
        s.cli({QStringLiteral("export"), QStringLiteral("9"), QStringLiteral("--format"),
               QStringLiteral("html"), QStringLiteral("-o"), htmlPath});
    REQUIRE(html.exitCode == 0);
    CHECK(html.out.isEmpty());
    const QString page = QString::fromUtf8(test::readFile(htmlPath));
    CHECK(page.startsWith(QStringLiteral("<!DOCTYPE html>")));
    CHECK(page.contains(QStringLiteral("<meta charset=\"utf-8\">")));
    CHECK(page.contains(QStringLiteral("<style>")));
    CHECK(page.contains(QStringLiteral(
        "乡里检查&lt;script&gt;alert(1)&lt;/script&gt;集市 &amp; &quot;秩序&quot;。")));
    CHECK_FALSE(page.contains(QStringLiteral("<script")));
    for (const QString &outside :
         {QStringLiteral("http:"), QStringLiteral("https:"), QStringLiteral("src="),
          QStringLiteral("<link"), QStringLiteral("url(")}) {
        CHECK_FALSE(page.contains(outside));
    }
    CHECK(page.contains(QStringLiteral("【检查督导】")));
    CHECK(page.contains(QStringLiteral("城关镇：")));
}

TEST_CASE("export refuses a missing issue, an unknown format and an unwritable file", "[engines]") {
    Scratch s;
    REQUIRE(s.cli({QStringLiteral("import"), s.write(QStringLiteral("3.txt"), ownBulletin(3))})
                .exitCode == 0);
    const test::CliRun missing = s.cli({QStringLiteral("export"), QStringLiteral("4")});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err == QStringLiteral("kuaibao-cli: issue 4 is not in the archive\n"));
    const test::CliRun format = s.cli({QStringLiteral("export"), QStringLiteral("3"),
                                       QStringLiteral("--format"), QStringLiteral("pdf")});
    CHECK(format.exitCode == 2);
    CHECK(format.err.contains(
        QStringLiteral("--format must be text, json, html or docx, not \"pdf\"")));
    const test::CliRun unwritable =
        s.cli({QStringLiteral("export"), QStringLiteral("3"), QStringLiteral("-o"),
               s.file(QStringLiteral("no-such-folder/3.txt"))});
    CHECK(unwritable.exitCode == 1);
    CHECK(unwritable.err.contains(QStringLiteral("cannot write")));
    CHECK_FALSE(QFile::exists(s.file(QStringLiteral("no-such-folder/3.txt"))));
}
