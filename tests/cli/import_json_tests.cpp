// `import --json`: issues in the JSON form (export --format json, or the window's recovery
// files) come back into an archive.
#include "support/testsupport.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace kuaibao;

namespace {
QByteArray bulletin(const QString &office) {
    return QStringLiteral(
               "河口乡创城 工作快报\n\n第5期\n\n%1\n\n2024年1月2日\n\n【检查督导】\n\n"
               "乡里检查集市秩序。\n\n【简 讯】\n\n【文明培育】 城关镇：近日开展宣传。\n\n"
               "编校：周五 审核：吴六 核签：郑七\n")
        .arg(office)
        .toUtf8();
}
} // namespace

TEST_CASE("import --json reads back an issue in the JSON form", "[cli][issue14]") {
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("first.db"));
    const QString second = dir.filePath(QStringLiteral("second.db"));
    const QString text = dir.filePath(QStringLiteral("5.txt"));
    test::writeFile(text, bulletin(QStringLiteral("河口乡创城办")));
    REQUIRE(
        test::runCli({QStringLiteral("--db"), first, QStringLiteral("import"), text}).exitCode ==
        0);
    const test::CliRun json =
        test::runCli({QStringLiteral("--db"), first, QStringLiteral("export"), QStringLiteral("5"),
                      QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(json.exitCode == 0);
    const QString jsonFile = dir.filePath(QStringLiteral("issue-5.json"));
    test::writeFile(jsonFile, json.out.toUtf8());

    const test::CliRun imported =
        test::runCli({QStringLiteral("--db"), second, QStringLiteral("import"),
                      QStringLiteral("--json"), jsonFile});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.startsWith(QStringLiteral("imported 5 from ")));
    const auto exportText = [](const QString &db) {
        return test::runCli(
                   {QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("5")})
            .out;
    };
    CHECK(exportText(second) == exportText(first));

    // Into an archive that has the issue: refused without --replace, stored with it.
    QString edited = json.out;
    edited.replace(QStringLiteral("河口乡创城办"), QStringLiteral("河口乡文明办"));
    test::writeFile(jsonFile, edited.toUtf8());
    const test::CliRun refused =
        test::runCli({QStringLiteral("--db"), first, QStringLiteral("import"),
                      QStringLiteral("--json"), jsonFile});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QStringLiteral("--replace")));
    const test::CliRun replaced =
        test::runCli({QStringLiteral("--db"), first, QStringLiteral("import"),
                      QStringLiteral("--json"), QStringLiteral("--replace"), jsonFile});
    CHECK(replaced.exitCode == 0);
    CHECK(exportText(first).contains(QStringLiteral("河口乡文明办")));

    test::writeFile(jsonFile, QByteArrayLiteral("{ not json"));
    const test::CliRun broken =
        test::runCli({QStringLiteral("--db"), first, QStringLiteral("import"),
                      QStringLiteral("--json"), jsonFile});
    CHECK(broken.exitCode == 2);
    CHECK(broken.err.contains(QStringLiteral("not an issue in JSON")));
}
