#include "mastheadlayout.h"

#include "core/chineseformat.h"

#include <cmath>
#include <tuple>
#include <utility>

namespace kuaibao {

namespace {

// Space between the two name lines, as a fraction of the larger size.
constexpr qreal kNameLineGapEm = 0.15;
// The part of an em box below the baseline.
constexpr qreal kDescentEm = 0.12;

// A name line measured at 100 pt, with the size and spacing it will be set at.
struct NameLine {
    QString text;
    qreal sizePt = 0;
    qreal spacingEm = 0;
};

NameLine fitNameLine(const QString &text, qreal maxPt, qreal spacingEm, const LayoutStyle &style,
                     const Typesetter &typesetter, qreal typeWidth) {
    const qreal probe = 100;
    const StyledText spans{
        {text, TextStyle{FontRole::Masthead, probe, false, style.mastheadColor}}};
    const qreal gaps = qMax(0, int(text.size()) - 1);
    const qreal width = typesetter.setLine(spans, 0).width + spacingEm * probe * gaps;
    const qreal fit = width > 0 ? typeWidth * probe / width : maxPt;
    // Round down to a tenth of a point so the line never overruns the type width.
    return NameLine{text, std::floor(qMin(maxPt, fit) * 10) / 10, spacingEm};
}

QList<NameLine> nameLines(const Masthead &masthead, const LayoutStyle &style,
                          const Typesetter &typesetter, qreal typeWidth) {
    QList<NameLine> lines;
    const QStringList names = masthead.nameLines;
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString &text = names.at(i);
        const bool small = names.size() == 2 && i == 0;
        const bool shortName = !small && text.size() <= style.shortNameChars;
        const qreal maxPt = small ? style.smallNameMaxPt
                                  : (shortName ? style.largeNameMaxPt : style.singleNameMaxPt);
        lines << fitNameLine(text, maxPt, shortName ? style.largeNameSpacingEm : 0, style,
                             typesetter, typeWidth);
    }
    return lines;
}

void addCentred(PageContent &content, const SetLine &line, const PageGeometry &g, qreal baseline) {
    content.lines << PageLine{QPointF(g.left + (g.width - line.width) / 2, baseline), line};
}

} // namespace

MastheadBlock layoutMasthead(const Masthead &masthead, const LayoutStyle &style,
                             const Typesetter &typesetter, const PageGeometry &g) {
    MastheadBlock block;
    const QList<NameLine> names = nameLines(masthead, style, typesetter, g.width);

    // The name block, centred in its grid lines.
    qreal height = 0;
    qreal largest = 0;
    for (const NameLine &name : names) {
        height += name.sizePt;
        largest = qMax(largest, name.sizePt);
    }
    height += kNameLineGapEm * largest * qMax(0, int(names.size()) - 1);
    qreal y = g.top + qMax<qreal>(0, (style.nameGridLines * g.pitch - height) / 2);
    for (const NameLine &name : names) {
        const StyledText spans{
            {name.text, TextStyle{FontRole::Masthead, name.sizePt, false, style.mastheadColor}}};
        const SetLine line = typesetter.setLine(spans, 0, name.spacingEm * name.sizePt);
        addCentred(block.content, line, g, y + (1 - kDescentEm) * name.sizePt);
        y += name.sizePt + kNameLineGapEm * largest;
    }

    // 第N期 (总第M期), centred on the next grid line.
    QString number = issueNumberLabel(masthead.number, masthead.series == Series::Supplement);
    if (masthead.cumulativeNumber) {
        number += QStringLiteral("（总第%1期）").arg(*masthead.cumulativeNumber);
    }
    const int numberSlot = style.nameGridLines;
    const TextStyle numberStyle{FontRole::Body, style.numberLinePt, false, Qt::black};
    addCentred(block.content, typesetter.setLine({{number, numberStyle}}, 0), g,
               g.baseline(numberSlot, style.numberLinePt));

    // Office flush left, date flush right; both shrunk together when they do not fit the line
    // with a character's space between them.
    const QString date = chineseDate(masthead.date);
    auto setOfficeLine = [&](qreal sizePt) {
        const TextStyle officeStyle{FontRole::Body, sizePt, false, Qt::black};
        return std::pair{typesetter.setLine({{masthead.office, officeStyle}}, 0),
                         typesetter.setLine({{date, officeStyle}}, 0)};
    };
    auto [office, dateLine] = setOfficeLine(style.officeLinePt);
    const qreal needed = office.width + dateLine.width + style.officeLinePt;
    if (needed > g.width) {
        std::tie(office, dateLine) =
            setOfficeLine(std::floor(style.officeLinePt * g.width / needed * 10) / 10);
    }
    const int officeSlot = numberSlot + 1;
    const qreal officeBaseline = g.baseline(officeSlot, style.officeLinePt);
    block.content.lines << PageLine{QPointF(g.left, officeBaseline), office}
                        << PageLine{QPointF(g.right() - dateLine.width, officeBaseline), dateLine};

    // The red rule, then the body on the first grid line clear of it.
    const qreal ruleY = officeBaseline + kDescentEm * style.officeLinePt + mmToPt(style.ruleGapMm);
    block.content.rules << PageRule{QLineF(g.left, ruleY, g.right(), ruleY), style.ruleWidthPt,
                                    style.mastheadColor};
    const qreal clear = ruleY + style.ruleWidthPt / 2 - g.top;
    block.bodyStartSlot = qMin(g.lines - 1, int(std::ceil(clear / g.pitch - 1e-6)));
    return block;
}

} // namespace kuaibao
