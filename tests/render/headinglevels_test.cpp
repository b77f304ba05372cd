// Headings inside an article print as GB/T 9704 §7.3.3 sets them: 一、 in 黑体, （一） in 楷体,
// 1. and （1） in 仿宋, all in the body size two characters in, never centred, and never left
// alone at the foot of a page.
#include "poppler.h"
#include "rendersupport.h"
#include "support/fixtures.h"
#include "support/testsupport.h"

#include "render/fontlibrary.h"
#include "render/pagecontent.h"
#include "render/pdfexport.h"

#include <QDir>
#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace kuaibao;
using namespace kuaibao::test;

namespace {

// A piece of text on a page as `pdftohtml -xml` (poppler-utils) sees it: its font and size.
struct PdfText {
    QString text;
    QString family;
    QString size;
};

QList<PdfText> pdfTexts(const QString &pdf, int page) {
    const QString xml =
        Poppler::run(QStringLiteral("pdftohtml"),
                     {QStringLiteral("-xml"), QStringLiteral("-i"), QStringLiteral("-stdout"),
                      QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                      QString::number(page), pdf});
    static const QRegularExpression spec(
        QStringLiteral("<fontspec id=\"(\\d+)\" size=\"([^\"]*)\" family=\"([^\"]*)\""));
    QMap<QString, std::pair<QString, QString>> fonts;
    for (auto it = spec.globalMatch(xml); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        fonts.insert(m.captured(1), {m.captured(3), m.captured(2)});
    }
    static const QRegularExpression text(
        QStringLiteral("<text [^>]*font=\"(\\d+)\"[^>]*>(.*?)</text>"));
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    QList<PdfText> out;
    for (auto it = text.globalMatch(xml); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const auto font = fonts.value(m.captured(1));
        out.append({m.captured(2).remove(tag), font.first, font.second});
    }
    return out;
}

// How a PDF names a family's font: its last two words run together (AR PL UKai CN → UKaiCN,
// WenQuanYi Zen Hei → ZenHei within WenQuanYiZenHei).
QString pdfName(const QString &family) {
    return family.split(QLatin1Char(' '))
        .mid(qMax(0, int(family.count(QLatin1Char(' '))) - 1))
        .join(QString());
}

std::optional<PdfWord> wordStarting(const QList<PdfWord> &words, const QString &start) {
    for (const PdfWord &word : words) {
        if (word.text.startsWith(start)) {
            return word;
        }
    }
    return std::nullopt;
}

} // namespace

TEST_CASE("a level 1 heading prints at the body's indent of two characters, in 黑体, and the "
          "other levels in their faces") {
    const LayoutStyle style = mentougouStyle();
    const FontSet fonts(style);
    const QString hei = fonts.chosenFamily(FontRole::Heading);
    const QString kai = fonts.chosenFamily(FontRole::Kai);
    const QString body = fonts.chosenFamily(FontRole::Body);
    if (hei.isEmpty() || kai.isEmpty() || body.isEmpty()) {
        KUAIBAO_SKIP(QStringLiteral("a font of the template's heading, 楷体 or body chain is not "
                                    "installed"));
    }
    Issue issue = headingsFixtureIssue();
    issue.status = IssueStatus::Published;
    const IssueLayout layout = IssueLayout::build(issue, style);
    const QString pdf = QDir(renderOutputFolder()).filePath(QStringLiteral("headings.pdf"));
    REQUIRE(writePdf(layout, pdf, PdfOptions{}));
    bool ok = false;
    const QString fontList = Poppler::run(QStringLiteral("pdffonts"), {pdf}, &ok);
    if (!ok) {
        KUAIBAO_SKIP(QStringLiteral("poppler-utils (pdffonts) are not installed"));
    }
    CHECK(fontList.contains(pdfName(hei)));
    CHECK(fontList.contains(pdfName(kai)));

    int page = 0;
    for (int p = 0; p < layout.pageCount(); ++p) {
        if (layout.pageTexts().at(p).contains(QStringLiteral("一、城关镇"))) {
            page = p + 1;
        }
    }
    REQUIRE(page > 0);
    const PageGeometry g = PageGeometry::of(style);
    const QList<PdfWord> words = Poppler::words(pdf, page);
    const std::optional<PdfWord> level1 = wordStarting(words, QStringLiteral("一、城关镇"));
    const std::optional<PdfWord> level2 = wordStarting(words, QStringLiteral("（一）"));
    const std::optional<PdfWord> level4 = wordStarting(words, QStringLiteral("（1）楼道"));
    const std::optional<PdfWord> paragraph = wordStarting(words, QStringLiteral("背街小巷"));
    const std::optional<PdfWord> title = wordStarting(words, QStringLiteral("第二轮文明创建"));
    REQUIRE(level1);
    REQUIRE(level2);
    REQUIRE(level4);
    REQUIRE(paragraph);
    REQUIRE(title);
    const qreal indent = g.left + 2 * g.cell;
    CHECK(level1->box.left() == Approx(indent).margin(0.6));
    CHECK(level2->box.left() == Approx(indent).margin(0.6));
    CHECK(level4->box.left() == Approx(indent).margin(0.6));
    CHECK(paragraph->box.left() == Approx(indent).margin(0.6));
    // Only the title is centred.
    CHECK(title->box.center().x() == Approx(g.left + g.width / 2).margin(g.cell));

    const QList<PdfText> pieces = pdfTexts(pdf, page);
    auto pieceOf = [&](const QString &start) {
        for (const PdfText &piece : pieces) {
            if (piece.text.startsWith(start)) {
                return piece;
            }
        }
        return PdfText{};
    };
    const PdfText section = pieceOf(QStringLiteral("【检查督导】"));
    const PdfText text1 = pieceOf(QStringLiteral("一、城关镇"));
    const PdfText text2 = pieceOf(QStringLiteral("（一）"));
    const PdfText text3 = pieceOf(QStringLiteral("1.东门社区"));
    const PdfText text4 = pieceOf(QStringLiteral("（1）楼道"));
    const PdfText bodyText = pieceOf(QStringLiteral("背街小巷"));
    REQUIRE_FALSE(bodyText.family.isEmpty());
    CHECK(text1.family.contains(pdfName(hei)));
    CHECK(text1.family == section.family); // the face of the section headings
    CHECK(text2.family.contains(pdfName(kai)));
    CHECK(text3.family == bodyText.family);
    CHECK(text4.family == bodyText.family);
    CHECK(bodyText.family.contains(pdfName(body)));
    for (const PdfText &heading : {text1, text2, text3, text4}) {
        CHECK(heading.size == bodyText.size); // the body size
    }
}

TEST_CASE("a heading is never the last line of a page: it goes over with the lines after it") {
    const LayoutStyle style = mentougouStyle();
    const QString heading = QStringLiteral("一、城关镇");
    const QString after = QStringLiteral("城关镇背街小巷保洁到位");
    int movedOver = 0;
    for (int fillers = 0; fillers < 30; ++fillers) {
        INFO("fillers " << fillers);
        Issue issue = fullFixtureIssue();
        Article article;
        for (int i = 0; i < fillers; ++i) {
            article.paragraphs << Paragraph{
                RichText(QStringLiteral("本段是第%1段正文。").arg(i + 1))};
        }
        article.paragraphs << Paragraph{RichText(heading), 1}
                           << Paragraph{RichText(
                                  after +
                                  QStringLiteral("，公益广告更新及时，群众满意度较高，各项工作"
                                                 "稳步推进，取得良好成效。"))};
        issue.sections[0].articles.prepend(article);
        const IssueLayout layout = IssueLayout::build(issue, style);
        const QStringList pages = layout.pageTexts();
        int on = -1;
        for (int p = 0; p < pages.size(); ++p) {
            if (pages.at(p).contains(heading)) {
                on = p;
            }
        }
        REQUIRE(on >= 0);
        CHECK(pages.at(on).contains(heading + after));
        if (on > 0 && pages.at(on).startsWith(heading)) {
            ++movedOver;
        }
    }
    CHECK(movedOver > 0); // some filler count put the heading at the top of page 2
}
