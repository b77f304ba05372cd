// Where pages break and what sits at their edges: page numbers on every page (GB/T 9704 7.5),
// nothing past the right edge of the type area, no paragraph's first or last line alone on a
// page.
#include "poppler.h"
#include "rendersupport.h"
#include "samplereader.h"
#include "support/fixtures.h"
#include "support/testsupport.h"

#include "render/bodyflow.h"
#include "render/pdfexport.h"

#include <QDir>
#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace kuaibao;
using namespace kuaibao::test;

TEST_CASE("page 1 carries its number on the right, page 2 on the left, below the type area") {
    const std::optional<SampleIssue> sample = readSampleIssue(samplePath());
    if (!sample) {
        KUAIBAO_SKIP(QStringLiteral("the sample kuaibao-673.txt is absent"));
    }
    const LayoutStyle style = mentougouStyle();
    const IssueLayout layout = IssueLayout::build(sample->issue, style);
    const QString pdf = QDir(renderOutputFolder()).filePath(QStringLiteral("numbers.pdf"));
    REQUIRE(writePdf(layout, pdf, PdfOptions{}));
    const PageGeometry g = PageGeometry::of(style);
    for (int page = 1; page <= 2; ++page) {
        INFO("page " << page);
        std::optional<QRectF> number;
        for (const PdfWord &word : Poppler::words(pdf, page)) {
            if (word.text == QString::number(page) && word.box.top() > g.bottom()) {
                number = word.box;
            }
        }
        REQUIRE(number.has_value());
        if (page % 2 == 1) {
            CHECK(number->left() > g.left + g.width / 2);
        } else {
            CHECK(number->right() < g.left + g.width / 2);
        }
    }
}

TEST_CASE("no line of the sample sets a character past the right edge of the type area") {
    const std::optional<SampleIssue> sample = readSampleIssue(samplePath());
    if (!sample) {
        KUAIBAO_SKIP(QStringLiteral("the sample kuaibao-673.txt is absent"));
    }
    const LayoutStyle style = mentougouStyle();
    const PageGeometry g = PageGeometry::of(style);
    // In the layout: the ink of each line's last glyph.
    FontSet fonts(style);
    const Typesetter typesetter(fonts);
    int lines = 0;
    for (const FlowLine &line : layoutBody(sample->issue, style, typesetter, g)) {
        if (line.line.runs.isEmpty()) {
            continue;
        }
        ++lines;
        const PlacedRun &run = line.line.runs.last();
        const QRectF ink = run.glyphs.rawFont().boundingRect(run.glyphs.glyphIndexes().last());
        INFO(line.line.text.toStdString());
        // 16 pt glyphs centred in 15.8 pt cells reach 0.1 pt past their cell, synthetic bold
        // 1 pt more; a mark hanging in the margin would reach 8 to 16 pt.
        CHECK(line.x + run.glyphs.positions().last().x() + ink.right() <= g.width + 2);
    }
    CHECK(lines > 60);
    // In the PDF: no word reaches past the type area by more than rounding.
    const QString pdf = QDir(renderOutputFolder()).filePath(QStringLiteral("edge.pdf"));
    REQUIRE(writePdf(IssueLayout::build(sample->issue, style), pdf, PdfOptions{}));
    for (int page = 1; page <= 4; ++page) {
        for (const PdfWord &word : Poppler::words(pdf, page)) {
            INFO("page " << page << ": " << word.text.toStdString());
            CHECK(word.box.right() <= g.right() + 1);
        }
    }
}

TEST_CASE("no page starts with a paragraph's last line or ends with its first line alone") {
    // One-line paragraphs push a three-line paragraph down the page a line at a time, so that
    // every way it can meet a page break happens once.
    const QString three = QStringLiteral(
        "区委宣传部要会同各乡镇把创城任务分解到村，落实到人，确保各项指标按期完成，并把检查"
        "结果按月通报全区，对排名靠后的单位约谈主要负责同志，督促限期整改到位。");
    int movedWhole = 0;
    for (int fill = 10; fill < 40; ++fill) {
        Issue issue = fullFixtureIssue();
        issue.status = IssueStatus::Published;
        Article &article = issue.sections.first().articles.first();
        article.paragraphs.clear();
        for (int i = 0; i < fill; ++i) {
            article.paragraphs << Paragraph{RichText(QStringLiteral("第%1段，落实。").arg(i))};
        }
        article.paragraphs << Paragraph{RichText(three)};
        article.paragraphs << Paragraph{RichText(QStringLiteral("后面还有一段。"))};
        const LayoutStyle style = mentougouStyle();
        FontSet fonts(style);
        const Typesetter typesetter(fonts);
        QStringList threeLines;
        for (const FlowLine &line : layoutBody(issue, style, typesetter, PageGeometry::of(style))) {
            if (three.contains(line.line.text) && line.line.text.size() > 4) {
                threeLines << line.line.text;
            }
        }
        REQUIRE(threeLines.size() == 3);
        const QStringList pages = IssueLayout::build(issue, style).pageTexts();
        for (qsizetype p = 0; p + 1 < pages.size(); ++p) {
            INFO("fill " << fill << ", page " << p + 1);
            CHECK_FALSE(pages.at(p + 1).startsWith(threeLines.last()));
            CHECK_FALSE(pages.at(p).endsWith(threeLines.first()));
            if (pages.at(p + 1).startsWith(threeLines.first())) {
                ++movedWhole; // a three-line paragraph cannot break without a lone line
            }
        }
    }
    CHECK(movedWhole > 0);
}
