// The sample issue 673 set on the grid: four pages breaking where the original broke, and a PDF
// that poppler reads back as the issue's text.
#include "poppler.h"
#include "rendersupport.h"
#include "samplereader.h"
#include "support/testsupport.h"

#include "render/pdfexport.h"

#include <QDir>
#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace kuaibao;
using namespace kuaibao::test;

namespace {

// The sample laid out and written once for all the checks below.
struct RenderedSample {
    SampleIssue sample;
    IssueLayout layout;
    QString pdf;
};

const RenderedSample *renderedSample() {
    static const std::optional<RenderedSample> rendered = []() -> std::optional<RenderedSample> {
        std::optional<SampleIssue> sample = readSampleIssue(samplePath());
        if (!sample) {
            return std::nullopt;
        }
        RenderedSample r{*sample, IssueLayout::build(sample->issue, mentougouStyle()),
                         QDir(renderOutputFolder()).filePath(QStringLiteral("sample-673.pdf"))};
        if (!writePdf(r.layout, r.pdf, PdfOptions{})) {
            r.pdf.clear();
        }
        return r;
    }();
    return rendered ? &*rendered : nullptr;
}

QString withoutPageNumbers(const QString &text) {
    return QString(text).remove(QRegularExpression(QStringLiteral("—\\s*\\d+\\s*—")));
}

} // namespace

TEST_CASE("the sample sets in four pages breaking within a line of the original breaks") {
    const RenderedSample *r = renderedSample();
    if (!r) {
        KUAIBAO_SKIP(
            QStringLiteral("the sample issue ../shared/samples/kuaibao-673.txt is absent"));
    }
    REQUIRE(r->sample.pageStarts.size() == 3);
    REQUIRE(r->layout.pageCount() == 4);
    CHECK(r->layout.bodyStartSlot() == 6); // the masthead takes six of page 1's 22 grid lines
    const QStringList pages = r->layout.pageTexts();
    const QString all = pages.join(QString());
    qsizetype ourBreak = 0;
    for (int k = 0; k < 3; ++k) {
        ourBreak += pages.at(k).size();
        const qsizetype original = all.indexOf(r->sample.pageStarts.at(k));
        INFO("page " << k + 2 << " starts with: " << pages.at(k + 1).left(20).toStdString()
                     << "; the original with: " << r->sample.pageStarts.at(k).toStdString());
        REQUIRE(original >= 0);
        CHECK(qAbs(ourBreak - original) <= mentougouStyle().charsPerLine);
    }
}

TEST_CASE("the sample's PDF gives back every paragraph in order and no radicals") {
    const RenderedSample *r = renderedSample();
    if (!r) {
        KUAIBAO_SKIP(
            QStringLiteral("the sample issue ../shared/samples/kuaibao-673.txt is absent"));
    }
    REQUIRE(!r->pdf.isEmpty());
    const QString text = Poppler::text(r->pdf);
    REQUIRE(!text.isEmpty());
    for (QChar c : text) {
        INFO("U+" << QString::number(c.unicode(), 16).toStdString());
        CHECK_FALSE((c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF));
    }
    const QString flat = squeezed(withoutPageNumbers(text));
    qsizetype at = 0;
    for (const QString &paragraph : r->sample.paragraphs) {
        const qsizetype found = flat.indexOf(squeezed(paragraph), at);
        INFO("paragraph: " << paragraph.left(30).toStdString());
        CHECK(found >= at);
        if (found >= 0) {
            at = found;
        }
    }
    CHECK(flat.contains(squeezed(r->sample.issue.masthead.office)));
    CHECK(flat.contains(QStringLiteral("门头沟区创建全国文明城市工作快报")));
}

TEST_CASE("the sample's PDF is A4 with every font embedded and its metadata") {
    const RenderedSample *r = renderedSample();
    if (!r) {
        KUAIBAO_SKIP(
            QStringLiteral("the sample issue ../shared/samples/kuaibao-673.txt is absent"));
    }
    CHECK(Poppler::pageCount(r->pdf) == 4);
    const QString info = Poppler::info(r->pdf);
    CHECK(info.contains(QStringLiteral("(A4)")));
    CHECK(
        info.contains(QStringLiteral("Title:           门头沟区创建全国文明城市工作快报 第673期")));
    CHECK(info.contains(
        QStringLiteral("Author:          门头沟区创建全国文明城市工作领导小组办公室")));
    CHECK(info.contains(QStringLiteral("Subject:         第673期 2022年4月13日")));
    CHECK(info.contains(QStringLiteral("CreationDate:")));
    const QStringList fontLines =
        Poppler::fonts(r->pdf).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    REQUIRE(fontLines.size() >= 3);
    for (const QString &line : fontLines) {
        const QStringList columns = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        INFO(line.toStdString());
        REQUIRE(columns.size() >= 6);
        CHECK(columns.at(columns.size() - 5) == QStringLiteral("yes")); // embedded
        CHECK(columns.at(columns.size() - 4) == QStringLiteral("yes")); // as a subset
    }
}

TEST_CASE("the sample prints the masthead on page 1 only, the footer on the last page, a number "
          "on every page") {
    const RenderedSample *r = renderedSample();
    if (!r) {
        KUAIBAO_SKIP(
            QStringLiteral("the sample issue ../shared/samples/kuaibao-673.txt is absent"));
    }
    for (int page = 1; page <= 4; ++page) {
        const QString text = squeezed(Poppler::text(r->pdf, page));
        INFO("page " << page);
        CHECK(text.contains(QStringLiteral("第673期")) == (page == 1));
        CHECK(text.contains(QStringLiteral("2022年4月13日")) == (page == 1));
        CHECK(text.contains(QStringLiteral("报：首都文明办")) == (page == 4));
        CHECK(text.contains(QStringLiteral("编校：李国栋")) == (page == 4));
        CHECK(text.contains(QStringLiteral("电话：69822006")) == (page == 4));
        CHECK(text.contains(QStringLiteral("—%1—").arg(page)));
    }
}
