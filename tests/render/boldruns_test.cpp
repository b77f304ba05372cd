// Bold runs print bold, in the PDF too, although the stand-in 仿宋 face has no bold (synthetic
// bold).
#include "poppler.h"
#include "rendersupport.h"

#include "render/issuelayout.h"
#include "render/pdfexport.h"

#include <QDir>
#include <QImage>

#include <catch2/catch.hpp>

using namespace kuaibao;
using namespace kuaibao::test;

namespace {

// The ink of page 1 of a one-paragraph issue, rasterised by poppler.
qint64 inkOfParagraph(bool bold, const QString &name) {
    Issue issue;
    issue.status = IssueStatus::Published;
    Section section{QStringLiteral("指挥调度"), SectionKind::Articles, {}, {}};
    Article article;
    article.paragraphs << Paragraph{RichText(QList<TextRun>{{QString(200, QChar(u'国')), bold}})};
    section.articles << article;
    issue.sections << section;
    const QString pdf = QDir(renderOutputFolder()).filePath(name + QStringLiteral(".pdf"));
    if (!writePdf(IssueLayout::build(issue, mentougouStyle()), pdf, PdfOptions{})) {
        return -1;
    }
    const QString prefix = QDir(renderOutputFolder()).filePath(name);
    Poppler::run(QStringLiteral("pdftoppm"),
                 {QStringLiteral("-gray"), QStringLiteral("-r"), QStringLiteral("50"),
                  QStringLiteral("-singlefile"), pdf, prefix});
    const QImage image(prefix + QStringLiteral(".pgm"));
    qint64 ink = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            ink += 255 - qGray(image.pixel(x, y));
        }
    }
    return ink;
}

} // namespace

TEST_CASE("a bold run prints darker than the same text plain") {
    const qint64 plain = inkOfParagraph(false, QStringLiteral("plain-run"));
    const qint64 bold = inkOfParagraph(true, QStringLiteral("bold-run"));
    REQUIRE(plain > 0);
    CHECK(bold > plain * 11 / 10);
}
