#include "issuelayout.h"

#include "bodyflow.h"
#include "fontlibrary.h"
#include "footerlayout.h"
#include "mastheadlayout.h"

#include <QPainterPath>
#include <QTransform>

namespace kuaibao {

// The laid-out pages and what they were made from.
struct IssueLayoutData {
    Issue issue;
    LayoutStyle style;
    PageGeometry geometry;
    QList<PageContent> pages;
    QStringList pageTexts;
    PreflightReport preflight;
    QList<QRawFont> fonts;
    QPainterPath watermark; // empty unless the issue is not published
    int bodyStartSlot = 0;
    QString signoffCode;
};

namespace {

// Puts the body's grid lines onto pages, then the footer block and the page numbers.
class Paginator {
public:
    Paginator(IssueLayoutData &d, int firstSlot)
        : m_d(d), m_g(d.geometry), m_slot(firstSlot), m_pageStart(firstSlot) {
        m_d.pages.append(PageContent());
        m_d.pageTexts.append(QString());
    }

    void place(const QList<FlowLine> &flow) {
        for (qsizetype i = 0; i < flow.size(); ++i) {
            const FlowLine &line = flow.at(i);
            if (line.blank) {
                if (m_slot != m_pageStart && m_slot < m_g.lines) {
                    ++m_slot;
                }
                continue;
            }
            // A heading or title and the line after it go to the next page together.
            int chain = 1;
            for (qsizetype j = i; j + 1 < flow.size() && flow.at(j).keepWithNext; ++j) {
                ++chain;
            }
            // …and two lines of the paragraph after a heading, not its first line alone.
            if (line.keepWithNext && i + chain < flow.size() &&
                flow.at(i + chain - 1).paragraph >= 0 &&
                flow.at(i + chain).paragraph == flow.at(i + chain - 1).paragraph) {
                ++chain;
            }
            if (m_slot >= m_g.lines ||
                (line.keepWithNext && m_slot + chain > m_g.lines && m_slot != m_pageStart) ||
                (m_slot != m_pageStart && leavesOneLine(flow, i, m_g.lines - m_slot))) {
                newPage();
            }
            const QPointF origin(m_g.left + line.x, m_g.baseline(m_slot, line.sizePt));
            m_d.pages.last().lines << PageLine{origin, line.line};
            m_d.pageTexts.last() += line.line.text;
            ++m_slot;
        }
    }

    void placeFooter(const FooterBlock &footer) {
        if (footer.content.lines.isEmpty() && footer.content.rules.isEmpty()) {
            return;
        }
        const qreal used = m_g.top + m_slot * m_g.pitch;
        if (used + footer.height > m_g.bottom() + 0.01) {
            newPage();
        }
        const PageContent placed = footer.placedAt(m_g.bottom());
        m_d.pages.last().lines << placed.lines;
        m_d.pages.last().rules << placed.rules;
    }

private:
    // Whether line `i`, set with `room` grid lines left on the page, would leave its
    // paragraph's first line alone at the foot of the page (an orphan) or its last line alone
    // at the head of the next (a widow), so that it had better start the next page.
    static bool leavesOneLine(const QList<FlowLine> &flow, qsizetype i, int room) {
        const int paragraph = flow.at(i).paragraph;
        if (paragraph < 0) {
            return false;
        }
        const bool first = i == 0 || flow.at(i - 1).paragraph != paragraph;
        int rest = 0; // lines of the paragraph from `i` on
        for (qsizetype j = i; j < flow.size() && flow.at(j).paragraph == paragraph; ++j) {
            ++rest;
        }
        if (rest <= room) {
            return false;
        }
        if (first) {
            // One line here, or a break that could only keep off a widow with an orphan.
            return room == 1 || (rest - room == 1 && room <= 2);
        }
        return room == 1 && rest == 2;
    }

    void newPage() {
        m_d.pages.append(PageContent());
        m_d.pageTexts.append(QString());
        m_slot = 0;
        m_pageStart = 0;
    }

    IssueLayoutData &m_d;
    const PageGeometry &m_g;
    int m_slot;
    int m_pageStart;
};

// — N —, 7 mm below the type area: odd pages on the right, even on the left, one character in.
void addPageNumbers(IssueLayoutData &d, const Typesetter &typesetter) {
    const LayoutStyle &s = d.style;
    const PageGeometry &g = d.geometry;
    const TextStyle style{FontRole::PageNumber, s.pageNumberPt, false, Qt::black};
    const qreal indent = s.pageNumberIndentChars * s.pageNumberPt;
    // The dashes sit at about 0.3 em above the baseline; they are what the 7 mm is measured to.
    const qreal baseline = g.bottom() + mmToPt(s.pageNumberGapMm) + 0.3 * s.pageNumberPt;
    for (int i = s.numberFirstPage ? 0 : 1; i < d.pages.size(); ++i) {
        const SetLine line = typesetter.setLine({{QStringLiteral("— %1 —").arg(i + 1), style}}, 0);
        const bool odd = (i + 1) % 2 == 1;
        const qreal x = odd ? g.right() - indent - line.width : g.left + indent;
        d.pages[i].lines << PageLine{QPointF(x, baseline), line};
    }
}

// 签发校验码 XXXX XXXX XXXX, centred on the page numbers' baseline of the last page.
void addSignoffCode(IssueLayoutData &d, const Typesetter &typesetter) {
    const LayoutStyle &s = d.style;
    const PageGeometry &g = d.geometry;
    const qreal size = qMax<qreal>(7, s.pageNumberPt * 0.6);
    const TextStyle style{FontRole::Body, size, false, Qt::black};
    const qreal baseline = g.bottom() + mmToPt(s.pageNumberGapMm) + 0.3 * s.pageNumberPt;
    const SetLine line =
        typesetter.setLine({{QStringLiteral("签发校验码 %1").arg(d.signoffCode), style}}, 0);
    const qreal x = (g.left + g.right()) / 2 - line.width / 2;
    d.pages.last().lines << PageLine{QPointF(x, baseline), line};
}

QPainterPath watermarkPath(const IssueLayoutData &d, const FontSet &fonts) {
    QFont font(fonts.chosenFamily(FontRole::Heading));
    font.setPixelSize(qRound(d.style.watermarkPt));
    QPainterPath text;
    text.addText(0, 0, font, d.style.watermarkText);
    const QRectF box = text.boundingRect();
    QTransform t;
    t.translate(d.geometry.pageWidth / 2, d.geometry.pageHeight / 2);
    t.rotate(-45);
    t.translate(-box.center().x(), -box.center().y());
    return t.map(text);
}

} // namespace

IssueLayout::IssueLayout() : d(std::make_shared<IssueLayoutData>()) {}

IssueLayout IssueLayout::build(const Issue &issue, const LayoutStyle &style,
                               const QString &signoffCode) {
    auto d = std::make_shared<IssueLayoutData>();
    d->signoffCode = signoffCode;
    d->issue = issue;
    d->style = style;
    d->geometry = PageGeometry::of(style);
    FontSet fonts(style);
    const Typesetter typesetter(fonts);

    const MastheadBlock masthead = layoutMasthead(issue.masthead, style, typesetter, d->geometry);
    d->bodyStartSlot = masthead.bodyStartSlot;
    Paginator paginator(*d, masthead.bodyStartSlot);
    d->pages.first().lines << masthead.content.lines;
    d->pages.first().rules << masthead.content.rules;
    paginator.place(layoutBody(issue, style, typesetter, d->geometry));
    paginator.placeFooter(layoutFooter(issue.footer, style, typesetter, d->geometry));
    addPageNumbers(*d, typesetter);
    if (!signoffCode.isEmpty()) {
        addSignoffCode(*d, typesetter);
    }
    if (issue.status != IssueStatus::Published) {
        d->watermark = watermarkPath(*d, fonts);
    }

    for (FontRole role : allFontRoles()) {
        d->preflight.fonts << RoleFontChoice{role, fonts.chosenFamily(role), fonts.chain(role)};
    }
    d->preflight.missing = fonts.missing();
    d->fonts = fonts.fonts();
    IssueLayout layout;
    layout.d = std::move(d);
    return layout;
}

int IssueLayout::pageCount() const {
    return int(d->pages.size());
}

QSizeF IssueLayout::pageSizePoints() const {
    return {d->geometry.pageWidth, d->geometry.pageHeight};
}

void IssueLayout::paintPage(QPainter &painter, int index) const {
    if (index < 0 || index >= pageCount()) {
        return;
    }
    const PageContent &page = d->pages.at(index);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    if (!d->watermark.isEmpty()) {
        painter.fillPath(d->watermark, d->style.watermarkColor);
    }
    for (const PageRule &rule : page.rules) {
        painter.setPen(QPen(rule.color, rule.widthPt, Qt::SolidLine, Qt::FlatCap));
        painter.drawLine(rule.line);
    }
    for (const PageLine &line : page.lines) {
        for (const PlacedRun &run : line.line.runs) {
            painter.setPen(run.color);
            painter.drawGlyphRun(line.origin, run.glyphs);
        }
    }
    painter.restore();
}

void IssueLayout::paintPage(QPainter &painter, int index, const QRectF &target) const {
    const QSizeF page = pageSizePoints();
    const qreal scale = qMin(target.width() / page.width(), target.height() / page.height());
    painter.save();
    painter.translate(target.center().x() - page.width() * scale / 2,
                      target.center().y() - page.height() * scale / 2);
    painter.scale(scale, scale);
    paintPage(painter, index);
    painter.restore();
}

const PreflightReport &IssueLayout::preflight() const {
    return d->preflight;
}

const LayoutStyle &IssueLayout::style() const {
    return d->style;
}

const Issue &IssueLayout::issue() const {
    return d->issue;
}

QString IssueLayout::drawnCharacters() const {
    QString all;
    for (const PageContent &page : d->pages) {
        for (const PageLine &line : page.lines) {
            all += line.line.text;
        }
    }
    return all;
}

QString IssueLayout::signoffCode() const {
    return d->signoffCode;
}

QList<QRawFont> IssueLayout::fonts() const {
    return d->fonts;
}

int IssueLayout::bodyStartSlot() const {
    return d->bodyStartSlot;
}

QStringList IssueLayout::pageTexts() const {
    return d->pageTexts;
}

} // namespace kuaibao
