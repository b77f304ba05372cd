#include "plaintextrenderer.h"

#include "io/textexporter.h"

#include <QCoreApplication>
#include <QPainter>
#include <QTextLayout>

#include <memory>
#include <vector>

namespace kuaibao {

namespace {
// The translation context of this file's messages.
struct PlainTextRendererText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::PlainTextRenderer)
};

// GB/T 9704 page geometry in millimetres.
constexpr double kPageWidth = 210, kPageHeight = 297;
constexpr double kLeft = 28, kTop = 37, kTextWidth = 156, kTextHeight = 225;
constexpr double kLineHeight = kTextHeight / 22; // 22 lines a page
constexpr double kMastheadHeight = 78;           // red head of page 1, above the text
constexpr double kBodyFontMm = 5.6;              // 三号 (16 pt)
const QColor kRed(0xC8, 0x10, 0x2E);

enum class Style { Heading, Title, Body, Attribution, Footer };

struct Block {
    RichText text;
    Style style = Style::Body;
};

// The issue below the masthead as a list of blocks, in print order.
std::vector<Block> blocksOf(const Issue &issue) {
    std::vector<Block> blocks;
    const QString indent = QStringLiteral("　　");
    for (const Section &section : issue.sections) {
        blocks.push_back({RichText(sectionHeading(section.name)), Style::Heading});
        for (const Article &article : section.articles) {
            if (!article.title.isEmpty()) {
                blocks.push_back({RichText(article.title), Style::Title});
            }
            for (const Paragraph &p : article.paragraphs) {
                RichText text(indent);
                text.append(p.text);
                blocks.push_back({text, Style::Body});
            }
            if (!article.attribution.isEmpty()) {
                blocks.push_back({RichText(article.attribution), Style::Attribution});
            }
        }
        for (const BriefCategory &category : section.categories) {
            RichText text(indent + QStringLiteral("【%1】").arg(category.name));
            text.append(briefCategoryText(category));
            blocks.push_back({text, Style::Body});
        }
    }
    return blocks;
}

std::vector<Block> footerBlocks(const Footer &footer) {
    std::vector<Block> blocks;
    QStringList staff;
    for (const StaffCredit &credit : footer.staff) {
        staff << credit.role + QStringLiteral("：") + credit.name;
    }
    if (!staff.isEmpty()) {
        blocks.push_back({RichText(staff.join(QStringLiteral("　"))), Style::Footer});
    }
    for (const LabelledLine &line : footer.distribution + footer.contacts) {
        blocks.push_back({RichText(line.label + QStringLiteral("：") + line.text), Style::Footer});
    }
    return blocks;
}

// Lays out and draws the pages at one scale.
class PageWriter {
public:
    explicit PageWriter(double ppm) : m_ppm(ppm) {}

    std::unique_ptr<QTextLayout> layOut(const Block &block) const {
        QFont font(QStringLiteral("Noto Serif CJK SC"));
        font.setPixelSize(
            qMax(1, int(kBodyFontMm * m_ppm * (block.style == Style::Footer ? 0.85 : 1))));
        if (block.style == Style::Heading) {
            font.setFamily(QStringLiteral("Noto Sans CJK SC"));
            font.setBold(true);
        }
        auto layout = std::make_unique<QTextLayout>(block.text.plainText(), font);
        QList<QTextLayout::FormatRange> formats;
        int start = 0;
        for (const TextRun &run : block.text.runs()) {
            if (run.bold || block.style == Style::Title) {
                QTextCharFormat bold;
                bold.setFontWeight(QFont::Bold);
                formats << QTextLayout::FormatRange{start, int(run.text.size()), bold};
            }
            start += int(run.text.size());
        }
        layout->setFormats(formats);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        if (block.style == Style::Title) {
            option.setAlignment(Qt::AlignHCenter);
        } else if (block.style == Style::Attribution) {
            option.setAlignment(Qt::AlignRight);
        }
        layout->setTextOption(option);
        layout->beginLayout();
        for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
            line.setLineWidth(kTextWidth * m_ppm);
        }
        layout->endLayout();
        return layout;
    }

    QImage blankPage() const {
        QImage page(QSize(int(kPageWidth * m_ppm), int(kPageHeight * m_ppm)), QImage::Format_RGB32);
        page.fill(Qt::white);
        return page;
    }

    void drawMasthead(QImage &page, const Masthead &masthead) const {
        QPainter painter(&page);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        QFont name(QStringLiteral("Noto Serif CJK SC"));
        name.setBold(true);
        name.setPixelSize(int(15 * m_ppm));
        painter.setFont(name);
        painter.setPen(kRed);
        const QRectF nameBox(kLeft * m_ppm, kTop * m_ppm, kTextWidth * m_ppm, 36 * m_ppm);
        painter.drawText(nameBox, Qt::AlignCenter | Qt::TextWordWrap, masthead.name());
        QFont small(QStringLiteral("Noto Serif CJK SC"));
        small.setPixelSize(int(kBodyFontMm * m_ppm));
        painter.setFont(small);
        painter.setPen(Qt::black);
        const QRectF numberBox(kLeft * m_ppm, (kTop + 40) * m_ppm, kTextWidth * m_ppm, 10 * m_ppm);
        painter.drawText(numberBox, Qt::AlignCenter,
                         PlainTextRendererText::tr("No. %1").arg(masthead.number));
        const QRectF officeBox(kLeft * m_ppm, (kTop + 56) * m_ppm, kTextWidth * m_ppm, 10 * m_ppm);
        painter.drawText(officeBox, Qt::AlignLeft | Qt::AlignVCenter, masthead.office);
        painter.drawText(officeBox, Qt::AlignRight | Qt::AlignVCenter,
                         masthead.date.isValid() ? PlainTextRendererText::tr("%1-%2-%3")
                                                       .arg(masthead.date.year())
                                                       .arg(masthead.date.month())
                                                       .arg(masthead.date.day())
                                                 : QString());
        painter.setPen(QPen(kRed, 0.8 * m_ppm));
        const double ruleY = (kTop + 68) * m_ppm;
        painter.drawLine(QPointF(kLeft * m_ppm, ruleY),
                         QPointF((kLeft + kTextWidth) * m_ppm, ruleY));
    }

    void drawFooterRules(QImage &page, double topMm) const {
        QPainter painter(&page);
        painter.setPen(QPen(Qt::black, 0.35 * m_ppm));
        for (double y : {topMm - 1, kTop + kTextHeight + 1}) {
            painter.drawLine(QPointF(kLeft * m_ppm, y * m_ppm),
                             QPointF((kLeft + kTextWidth) * m_ppm, y * m_ppm));
        }
    }

private:
    double m_ppm;
};
} // namespace

PreviewPages PlainTextRenderer::render(const Issue &issue, double pixelsPerMm) const {
    PageWriter writer(pixelsPerMm);
    PreviewPages result;
    result.note = PlainTextRendererText::tr("Plain preview: the print layout may break lines "
                                            "and pages slightly differently.");
    result.pages << writer.blankPage();
    writer.drawMasthead(result.pages.last(), issue.masthead);
    double y = kTop + kMastheadHeight;
    const double bottom = kTop + kTextHeight;
    for (const Block &block : blocksOf(issue)) {
        const std::unique_ptr<QTextLayout> layout = writer.layOut(block);
        for (int i = 0; i < layout->lineCount(); ++i) {
            if (y + kLineHeight > bottom + 0.01) {
                result.pages << writer.blankPage();
                y = kTop;
            }
            QImage &page = result.pages.last();
            QPainter painter(&page);
            painter.setRenderHint(QPainter::TextAntialiasing);
            const QTextLine line = layout->lineAt(i);
            line.draw(&painter, QPointF(kLeft * pixelsPerMm,
                                        y * pixelsPerMm - line.y() +
                                            (kLineHeight * pixelsPerMm - line.height()) / 2));
            y += kLineHeight;
        }
    }
    const std::vector<Block> footer = footerBlocks(issue.footer);
    if (!footer.empty()) {
        std::vector<std::unique_ptr<QTextLayout>> layouts;
        int lines = 0;
        for (const Block &block : footer) {
            layouts.push_back(writer.layOut(block));
            lines += layouts.back()->lineCount();
        }
        const double footerLineHeight = kLineHeight * 0.85;
        const double height = lines * footerLineHeight;
        if (y + height > bottom) {
            result.pages << writer.blankPage();
            result.footerAlone = true;
        }
        double footerY = bottom - height;
        writer.drawFooterRules(result.pages.last(), footerY);
        QPainter painter(&result.pages.last());
        painter.setRenderHint(QPainter::TextAntialiasing);
        for (const auto &layout : layouts) {
            for (int i = 0; i < layout->lineCount(); ++i) {
                const QTextLine line = layout->lineAt(i);
                line.draw(&painter, QPointF(kLeft * pixelsPerMm, footerY * pixelsPerMm - line.y()));
                footerY += footerLineHeight;
            }
        }
    }
    return result;
}

} // namespace kuaibao
