#include "bodyflow.h"

#include "core/issuevalidator.h"

#include <algorithm>

namespace kuaibao {

namespace {

const QString kColon = QStringLiteral("：");
const QString kListSeparator = QStringLiteral("、");
const QString kAlsoTookPart = QStringLiteral("也开展了相关活动。");

bool categoryHasContent(const BriefCategory &c) {
    return !c.alsoUnits.isEmpty() ||
           std::any_of(c.items.cbegin(), c.items.cend(),
                       [](const BriefItem &item) { return !isBlankItem(item); });
}

bool sectionHasContent(const Section &section) {
    if (section.kind == SectionKind::Articles) {
        return !section.articles.isEmpty();
    }
    return std::any_of(section.categories.cbegin(), section.categories.cend(),
                       [](const BriefCategory &c) { return categoryHasContent(c); });
}

// Builds the flow section by section.
class BodyBuilder {
public:
    BodyBuilder(const LayoutStyle &style, const Typesetter &typesetter, const PageGeometry &g)
        : m_style(style), m_typesetter(typesetter),
          m_g(g), m_body{FontRole::Body, style.bodyPt, false, Qt::black}, m_bold{FontRole::Body,
                                                                                 style.bodyPt, true,
                                                                                 Qt::black},
          m_cell(g.cell) {}

    void section(const Section &section) {
        for (int i = 0; i < m_style.blankLinesBeforeHeading; ++i) {
            FlowLine blank;
            blank.blank = true;
            m_lines << blank;
        }
        heading(section.name);
        if (section.kind == SectionKind::Articles) {
            for (const Article &article : section.articles) {
                this->article(article);
            }
        } else {
            for (const BriefCategory &category : section.categories) {
                if (categoryHasContent(category)) {
                    brief(category);
                }
            }
        }
    }

    QList<FlowLine> finish() { return m_lines; }

private:
    // 【指挥调度】; a two-character name is spread over four characters: 【简  讯】.
    void heading(const QString &name) {
        const TextStyle style{FontRole::Heading, m_style.headingPt, false, Qt::black};
        const qreal cell = m_g.cell * m_style.headingPt / m_style.bodyPt;
        SetLine line;
        if (name.size() == 2) {
            line.append(m_typesetter.setLine({{QStringLiteral("【"), style}}, cell), 0);
            line.append(m_typesetter.setLine({{name.left(1), style}}, cell), cell);
            line.append(m_typesetter.setLine({{name.right(1), style}}, cell), 4 * cell);
            line.append(m_typesetter.setLine({{QStringLiteral("】"), style}}, cell), 5 * cell);
        } else {
            line = m_typesetter.setLine({{QStringLiteral("【%1】").arg(name), style}}, cell);
        }
        add(line, m_style.headingIndentChars * cell, m_style.headingPt, true);
    }

    void article(const Article &article) {
        if (!article.title.trimmed().isEmpty()) {
            const TextStyle style{FontRole::Title, m_style.titlePt, false, Qt::black};
            const qreal cell = m_g.cell * m_style.titlePt / m_style.bodyPt;
            for (const SetLine &line : m_typesetter.setParagraph({{article.title.trimmed(), style}},
                                                                 m_g.width, 0, 0, cell)) {
                add(line, (m_g.width - line.width) / 2, m_style.titlePt, true);
            }
        }
        for (qsizetype p = 0; p < article.paragraphs.size(); ++p) {
            const bool last = p == article.paragraphs.size() - 1;
            const Paragraph &paragraph = article.paragraphs.at(p);
            if (paragraph.isHeading()) {
                levelHeading(paragraph);
                if (last && !article.attribution.isEmpty()) {
                    const SetLine tag =
                        m_typesetter.setLine({{article.attribution, m_body}}, m_cell);
                    add(tag, m_g.width - tag.width, m_style.bodyPt, false);
                }
                continue;
            }
            this->paragraph(spansOf(paragraph.text), last ? article.attribution : QString());
        }
        if (article.paragraphs.isEmpty() && !article.attribution.isEmpty()) {
            const SetLine attribution =
                m_typesetter.setLine({{article.attribution, m_body}}, m_cell);
            add(attribution, m_g.width - attribution.width, m_style.bodyPt, false);
        }
    }

    // A heading inside an article (GB/T 9704 §7.3.3): 一、 in the heading face (黑体), （一） in
    // 楷体, 1. and （1） in the body face; the body size, two characters in like a paragraph's
    // first line, never centred, and kept on a page with the first lines after it.
    void levelHeading(const Paragraph &paragraph) {
        const FontRole role = paragraph.level == 1   ? FontRole::Heading
                              : paragraph.level == 2 ? FontRole::Kai
                                                     : FontRole::Body;
        StyledText spans;
        for (const TextRun &run : paragraph.text.runs()) {
            spans << StyledSpan{run.text, TextStyle{role, m_style.bodyPt, run.bold, Qt::black}};
        }
        const qreal indent = m_style.firstLineIndentChars * m_cell;
        for (const SetLine &line : m_typesetter.setParagraph(spans, m_g.width, indent, 0, m_cell)) {
            add(line, 0, m_style.bodyPt, true);
        }
    }

    // 【文明培育】 东辛房街道：…。斋堂镇：…。区国资委、龙泉镇也开展了相关活动。
    void brief(const BriefCategory &category) {
        StyledText spans{{QStringLiteral("【%1】").arg(category.name), m_bold},
                         {QStringLiteral(" "), m_body}};
        for (const BriefItem &item : category.items) {
            if (isBlankItem(item)) {
                continue;
            }
            spans << StyledSpan{item.units.join(kListSeparator) + kColon, m_bold};
            spans << spansOf(item.text);
        }
        if (!category.alsoUnits.isEmpty()) {
            spans << StyledSpan{category.alsoUnits.join(kListSeparator) + kAlsoTookPart, m_body};
        }
        paragraph(spans, QString());
    }

    StyledText spansOf(const RichText &text) const {
        StyledText spans;
        for (const TextRun &run : text.runs()) {
            spans << StyledSpan{run.text, run.bold ? m_bold : m_body};
        }
        return spans;
    }

    void paragraph(StyledText spans, const QString &attribution) {
        const bool runIn = !attribution.isEmpty() && !m_style.attributionRight;
        if (runIn) {
            spans << StyledSpan{QStringLiteral(" ") + attribution, m_body};
        }
        const qreal indent = m_style.firstLineIndentChars * m_cell;
        QList<SetLine> lines = m_typesetter.setParagraph(spans, m_g.width, indent, 0, m_cell);
        ++m_paragraphs;
        for (const SetLine &line : lines) {
            add(line, 0, m_style.bodyPt, false);
            m_lines.last().paragraph = m_paragraphs;
        }
        if (attribution.isEmpty() || runIn) {
            return;
        }
        // （本刊） flush right: on the last line when it fits there, else on a line of its own.
        const SetLine tag = m_typesetter.setLine({{attribution, m_body}}, m_cell);
        if (!m_lines.isEmpty() && !lines.isEmpty() &&
            m_lines.last().line.width + m_cell + tag.width <= m_g.width + 0.01) {
            m_lines.last().line.append(tag, m_g.width - tag.width);
        } else {
            add(tag, m_g.width - tag.width, m_style.bodyPt, false);
            m_lines.last().paragraph = m_paragraphs;
        }
    }

    void add(const SetLine &line, qreal x, qreal sizePt, bool keepWithNext) {
        FlowLine flow;
        flow.line = line;
        flow.x = x;
        flow.sizePt = sizePt;
        flow.keepWithNext = keepWithNext;
        m_lines << flow;
    }

    const LayoutStyle &m_style;
    const Typesetter &m_typesetter;
    const PageGeometry &m_g;
    TextStyle m_body;
    TextStyle m_bold;
    qreal m_cell;
    QList<FlowLine> m_lines;
    int m_paragraphs = 0;
};

} // namespace

QList<FlowLine> layoutBody(const Issue &issue, const LayoutStyle &style,
                           const Typesetter &typesetter, const PageGeometry &geometry) {
    BodyBuilder builder(style, typesetter, geometry);
    for (const Section &section : issue.sections) {
        if (sectionHasContent(section)) {
            builder.section(section);
        }
    }
    return builder.finish();
}

} // namespace kuaibao
