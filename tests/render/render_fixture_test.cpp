// An issue of our own (every field set): one page with masthead, footer and no page number, the
// draft watermark, PDF/A-1b, writing through a temporary file, the same pages on any painter.
#include "poppler.h"
#include "rendersupport.h"
#include "support/fixtures.h"

#include "render/issuelayout.h"
#include "render/pdfexport.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>

#include <algorithm>

#include <catch2/catch.hpp>

using namespace kuaibao;
using namespace kuaibao::test;

namespace {

QImage paintFirstPage(const IssueLayout &layout) {
    QImage image(595, 842, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    layout.paintPage(painter, 0, QRectF(0, 0, 595, 842));
    painter.end();
    return image;
}

// Pixels of the watermark's light grey.
int watermarkPixels(const QImage &image) {
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (qAbs(c.red() - 0xDD) < 6 && qAbs(c.green() - 0xDD) < 6 &&
                qAbs(c.blue() - 0xDD) < 6) {
                ++count;
            }
        }
    }
    return count;
}

} // namespace

TEST_CASE("the fixture issue prints its masthead and sections, and its six-line footer whole on a "
          "new page") {
    Issue issue = fullFixtureIssue();
    issue.status = IssueStatus::Published;
    const IssueLayout layout = IssueLayout::build(issue, mentougouStyle());
    const QString path = QDir(renderOutputFolder()).filePath(QStringLiteral("fixture.pdf"));
    REQUIRE(writePdf(layout, path, PdfOptions{}));
    // Thirteen body lines below the masthead leave three grid lines: too few for the footer.
    REQUIRE(layout.pageCount() == 2);
    const QString first = squeezed(Poppler::text(path, 1));
    for (const QString &expected :
         {QStringLiteral("清河县创建文明城市"), QStringLiteral("工作快报"),
          QStringLiteral("第12期（总第112期）"), QStringLiteral("2024年3月8日"),
          QStringLiteral("【指挥调度】"), QStringLiteral("王明7日检查老街市容整治情况"),
          QStringLiteral("【文明培育】城关镇：近日，东街社区开展垃圾分类宣传。河口乡、县妇联：6日，"
                         "联合举办家风故事会。"
                         "县教育局、桥头镇也开展了相关活动。"),
          QStringLiteral("（本刊）")}) {
        INFO(expected.toStdString());
        CHECK(first.contains(expected));
    }
    CHECK_FALSE(
        first.contains(QStringLiteral("综合整治")));    // a category with nothing in it is left out
    CHECK(first.contains(QStringLiteral("—1—"))); // page 1 is numbered too (GB/T 9704 7.5)
    CHECK_FALSE(first.contains(QStringLiteral("编校")));
    const QString second = squeezed(Poppler::text(path, 2));
    for (const QString &expected :
         {QStringLiteral("编校：赵一审核：钱二核签：孙三"),
          QStringLiteral("报：市文明办、县委、县政府领导同志"), QStringLiteral("抄送：县档案馆"),
          QStringLiteral("电子邮箱：cc@example.org电话：12345678"), QStringLiteral("（共印60份）"),
          QStringLiteral("—2—")}) {
        INFO(expected.toStdString());
        CHECK(second.contains(expected));
    }
    CHECK_FALSE(second.contains(QStringLiteral("草稿")));
    // 清河县创建文明城市 in the Noto masthead: 文 comes back as 文, not the radical ⽂.
    const QString all = Poppler::text(path);
    CHECK(std::none_of(all.cbegin(), all.cend(),
                       [](QChar c) { return c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF; }));
}

TEST_CASE("an issue not yet published prints with a light diagonal 草稿 watermark") {
    Issue issue = fullFixtureIssue();
    issue.status = IssueStatus::AwaitingSignature;
    const int draft = watermarkPixels(paintFirstPage(IssueLayout::build(issue, mentougouStyle())));
    issue.status = IssueStatus::Published;
    const int published =
        watermarkPixels(paintFirstPage(IssueLayout::build(issue, mentougouStyle())));
    CHECK(draft > published + 5000);
}

TEST_CASE("the watermark is drawn, not text: the PDF's text stays the issue's") {
    Issue issue = fullFixtureIssue();
    issue.status = IssueStatus::Draft;
    const QString path = QDir(renderOutputFolder()).filePath(QStringLiteral("fixture-draft.pdf"));
    REQUIRE(writePdf(IssueLayout::build(issue, mentougouStyle()), path, PdfOptions{}));
    CHECK_FALSE(Poppler::text(path).contains(QStringLiteral("草稿")));
}

TEST_CASE("PDF/A output declares PDF/A-1b and keeps the metadata") {
    Issue issue = fullFixtureIssue();
    issue.status = IssueStatus::Published;
    const QString path = QDir(renderOutputFolder()).filePath(QStringLiteral("fixture-pdfa.pdf"));
    PdfOptions options;
    options.pdfa = true;
    REQUIRE(writePdf(IssueLayout::build(issue, mentougouStyle()), path, options));
    const QString meta = Poppler::info(path, {QStringLiteral("-meta")});
    CHECK(meta.contains(QStringLiteral("pdfaid:part=\"1\"")));
    CHECK(meta.contains(QStringLiteral("pdfaid:conformance=\"B\"")));
    CHECK(meta.contains(QStringLiteral("清河县创建文明城市工作领导小组办公室")));
    const QString info = Poppler::info(path);
    CHECK(info.contains(QStringLiteral("Author:          清河县创建文明城市工作领导小组办公室")));
    CHECK(info.contains(QStringLiteral("(A4)")));
}

TEST_CASE("a PDF that cannot be written leaves the existing file untouched") {
    const QString folder =
        QDir(renderOutputFolder()).filePath(QStringLiteral("no-such-folder/out.pdf"));
    const Status failed =
        writePdf(IssueLayout::build(fullFixtureIssue(), mentougouStyle()), folder, PdfOptions{});
    REQUIRE_FALSE(failed);
    CHECK(failed.error().message.contains(QStringLiteral("out.pdf")));

    const QString path = QDir(renderOutputFolder()).filePath(QStringLiteral("kept.pdf"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("old contents");
    file.close();
    LayoutStyle latinOnly = mentougouStyle();
    latinOnly.fontChains[FontRole::Body] = {QStringLiteral("DejaVu Sans")};
    REQUIRE_FALSE(writePdf(IssueLayout::build(fullFixtureIssue(), latinOnly), path, PdfOptions{}));
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == QByteArray("old contents"));
}

TEST_CASE("a long issue continues on numbered pages, odd on the right and even on the left") {
    Issue issue = fullFixtureIssue();
    issue.status = IssueStatus::Published;
    Article &article = issue.sections.first().articles.first();
    for (int i = 0; i < 40; ++i) {
        article.paragraphs << Paragraph{RichText(
            QStringLiteral("第%1段：各乡镇要把创城任务分解到村，落实到人，确保各项指标按期完成。")
                .arg(i + 1))};
    }
    const IssueLayout layout = IssueLayout::build(issue, mentougouStyle());
    REQUIRE(layout.pageCount() >= 3);
    const QString path = QDir(renderOutputFolder()).filePath(QStringLiteral("fixture-long.pdf"));
    REQUIRE(writePdf(layout, path, PdfOptions{}));
    const QStringList layoutLines =
        Poppler::run(QStringLiteral("pdftotext"),
                     {QStringLiteral("-layout"), QStringLiteral("-f"), QStringLiteral("2"),
                      QStringLiteral("-l"), QStringLiteral("3"), path, QStringLiteral("-")})
            .split(QLatin1Char('\n'));
    qsizetype twoAt = -1;
    qsizetype threeAt = -1;
    for (const QString &line : layoutLines) {
        if (line.trimmed() == QStringLiteral("— 2 —")) {
            twoAt = line.indexOf(QStringLiteral("—"));
        }
        if (line.trimmed() == QStringLiteral("— 3 —")) {
            threeAt = line.indexOf(QStringLiteral("—"));
        }
    }
    REQUIRE(twoAt >= 0);
    CHECK(twoAt < 4);
    CHECK(threeAt > twoAt + 10);
    // The footer is on the last page only.
    CHECK(squeezed(Poppler::text(path, layout.pageCount()))
              .contains(QStringLiteral("抄送：县档案馆")));
    CHECK_FALSE(squeezed(Poppler::text(path, 1)).contains(QStringLiteral("抄送：县档案馆")));
}
