#include "footerlayout.h"

namespace kuaibao {

namespace {

const QString kColon = QStringLiteral("：");
const QString kWideSpace = QStringLiteral("\u3000");

// Builds the block line by line.
class FooterBuilder {
public:
    FooterBuilder(const LayoutStyle &style, const Typesetter &typesetter, const PageGeometry &g)
        : m_style(style), m_typesetter(typesetter), m_g(g),
          m_pitch(style.footerLinePitchPt > 0 ? style.footerLinePitchPt : g.pitch),
          m_text{FontRole::Body, style.footerPt, false, Qt::black}, m_cell(style.footerPt),
          m_indent(style.footerIndentChars * style.footerPt) {}

    void rule(qreal widthMm) {
        const qreal w = mmToPt(widthMm);
        m_block.content.rules << PageRule{QLineF(m_g.left, m_y, m_g.right(), m_y), w, Qt::black};
    }

    // "label：text", wrapped lines starting under the text after the colon.
    void labelled(const QString &label, const QString &text) {
        const SetLine head = m_typesetter.setLine({{label + kColon, m_text}}, m_cell);
        const qreal hang = m_indent + head.width;
        const QList<SetLine> lines =
            m_typesetter.setParagraph({{text, m_text}}, m_g.width, hang, hang, m_cell);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            SetLine line = lines.at(i);
            if (i == 0) {
                line.append(head, m_indent);
            }
            add(line, 0);
        }
    }

    // Several short items on one line, separated by a full-width space; wraps when long.
    void joined(const QStringList &items) {
        if (items.isEmpty()) {
            return;
        }
        const QList<SetLine> lines = m_typesetter.setParagraph(
            {{items.join(kWideSpace), m_text}}, m_g.width, m_indent, m_indent, m_cell);
        for (const SetLine &line : lines) {
            add(line, 0);
        }
    }

    void flushRight(const QString &text) {
        const SetLine line = m_typesetter.setLine({{text, m_text}}, m_cell);
        add(line, m_g.width - m_indent - line.width);
    }

    FooterBlock finish() {
        m_block.height = m_y;
        return m_block;
    }

private:
    void add(const SetLine &line, qreal dx) {
        const qreal baseline = PageGeometry::centredBaseline(m_y, m_pitch, m_style.footerPt);
        m_block.content.lines << PageLine{QPointF(m_g.left + dx, baseline), line};
        m_y += m_pitch;
    }

    const LayoutStyle &m_style;
    const Typesetter &m_typesetter;
    const PageGeometry &m_g;
    qreal m_pitch;
    TextStyle m_text;
    qreal m_cell;
    qreal m_indent;
    qreal m_y = 0;
    FooterBlock m_block;
};

QStringList staffItems(const Footer &footer) {
    QStringList items;
    for (const StaffCredit &credit : footer.staff) {
        if (!credit.name.trimmed().isEmpty()) {
            items << credit.role + kColon + credit.name;
        }
    }
    return items;
}

} // namespace

PageContent FooterBlock::placedAt(qreal bottom) const {
    const qreal dy = bottom - height;
    PageContent placed = content;
    for (PageLine &line : placed.lines) {
        line.origin.ry() += dy;
    }
    for (PageRule &rule : placed.rules) {
        rule.line.translate(0, dy);
    }
    return placed;
}

FooterBlock layoutFooter(const Footer &footer, const LayoutStyle &style,
                         const Typesetter &typesetter, const PageGeometry &geometry) {
    FooterBuilder builder(style, typesetter, geometry);
    for (const FooterRow &row : style.footerRows) {
        switch (row.kind) {
        case FooterRow::OuterRule:
            builder.rule(style.outerRuleMm);
            break;
        case FooterRow::InnerRule:
            builder.rule(style.innerRuleMm);
            break;
        case FooterRow::Staff:
            builder.joined(staffItems(footer));
            break;
        case FooterRow::Distribution:
            for (const LabelledLine &line : footer.distribution) {
                builder.labelled(line.label, line.text);
            }
            break;
        case FooterRow::Contacts: {
            QStringList items;
            for (const LabelledLine &line : footer.contacts) {
                items << line.label + kColon + line.text;
            }
            builder.joined(items);
            break;
        }
        case FooterRow::PrintRun:
            if (footer.printRun) {
                builder.flushRight(QStringLiteral("（共印%1份）").arg(*footer.printRun));
            }
            break;
        }
    }
    return builder.finish();
}

} // namespace kuaibao
