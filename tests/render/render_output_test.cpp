// The printer gets the same pages as the PDF; odd input never breaks the layout.
#include "poppler.h"
#include "rendersupport.h"
#include "support/fixtures.h"

#include "render/issuelayout.h"
#include "render/issueprinter.h"
#include "render/pdfexport.h"

#include <QDir>
#include <QPrinter>

#include <catch2/catch.hpp>

using namespace kuaibao;
using namespace kuaibao::test;

TEST_CASE("printing gives the printer the same A4 pages as the PDF") {
    Issue issue = fullFixtureIssue();
    issue.status = IssueStatus::Published;
    const IssueLayout layout = IssueLayout::build(issue, mentougouStyle());
    const QString path = QDir(renderOutputFolder()).filePath(QStringLiteral("printed.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    REQUIRE(printLayout(layout, printer, false));
    CHECK(Poppler::pageCount(path) == layout.pageCount());
    CHECK(Poppler::info(path).contains(QStringLiteral("(A4)")));
    CHECK(squeezed(Poppler::text(path, 1)).contains(QStringLiteral("第12期（总第112期）")));
    CHECK(squeezed(Poppler::text(path, 2)).contains(QStringLiteral("抄送：县档案馆")));
}

TEST_CASE("the printer refuses missing glyphs unless the user confirmed") {
    LayoutStyle latinOnly = mentougouStyle();
    latinOnly.fontChains[FontRole::Body] = {QStringLiteral("DejaVu Sans")};
    const IssueLayout layout = IssueLayout::build(fullFixtureIssue(), latinOnly);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(QDir(renderOutputFolder()).filePath(QStringLiteral("refused.pdf")));
    const Status refused = printLayout(layout, printer, false);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("U+")));
    CHECK(printLayout(layout, printer, true));
}

TEST_CASE("an empty issue lays out one page and an empty layout has nothing to print") {
    const IssueLayout layout = IssueLayout::build(Issue(), mentougouStyle());
    CHECK(layout.pageCount() == 1);
    const Result<QByteArray> pdf = renderPdf(layout, PdfOptions{});
    REQUIRE(pdf);
    CHECK(pdf->startsWith("%PDF-"));
    const Result<QByteArray> nothing = renderPdf(IssueLayout(), PdfOptions{});
    REQUIRE_FALSE(nothing);
    CHECK(nothing.error().kind == ErrorKind::BadInput);
}

TEST_CASE("an unbreakable run longer than a line, a very long title and a long office name still "
          "fit the page") {
    Issue issue = fullFixtureIssue();
    issue.masthead.office = QString(40, QChar(u'办'));
    issue.masthead.nameLines = {QString(30, QChar(u'城'))};
    Article &article = issue.sections.first().articles.first();
    article.title = QString(70, QChar(u'题'));
    article.paragraphs << Paragraph{
        RichText(QString(120, QLatin1Char('x')) + QStringLiteral("。"))};
    const IssueLayout layout = IssueLayout::build(issue, mentougouStyle());
    REQUIRE(layout.pageCount() >= 1);
    const QString path = QDir(renderOutputFolder()).filePath(QStringLiteral("odd.pdf"));
    REQUIRE(writePdf(layout, path, PdfOptions{}));
    const QString text = squeezed(Poppler::text(path));
    CHECK(text.contains(QString(120, QLatin1Char('x'))));
    CHECK(text.contains(QString(70, QChar(u'题'))));
    // The office and the date still share their line without overlapping.
    const QString firstPage =
        Poppler::run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-l"),
                                                   QStringLiteral("1"), path, QStringLiteral("-")});
    CHECK(squeezed(firstPage).contains(QString(40, QChar(u'办')) + QStringLiteral("2024年3月8日")));
}
