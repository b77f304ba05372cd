#include "printedpagesview.h"

#include <QPaintEvent>
#include <QPainter>

namespace kuaibao {

namespace {
constexpr int kGap = 12; // around and between the pages
} // namespace

PrintedPagesView::PrintedPagesView(IssueLayout layout, QWidget *parent)
    : QWidget(parent), m_layout(std::move(layout)) {
    setObjectName(QStringLiteral("printedPagesView"));
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setMinimumWidth(200);
}

QSizeF PrintedPagesView::pageSizeFor(int width) const {
    const QSizeF points = m_layout.pageSizePoints();
    const qreal pageWidth = qMax(50, width - 2 * kGap);
    return {pageWidth, points.isEmpty() ? 0 : pageWidth * points.height() / points.width()};
}

int PrintedPagesView::heightForWidth(int width) const {
    const int pages = m_layout.pageCount();
    return kGap + pages * (qCeil(pageSizeFor(width).height()) + kGap);
}

QSize PrintedPagesView::sizeHint() const {
    return {420, heightForWidth(420)};
}

void PrintedPagesView::paintEvent(QPaintEvent *event) {
    QPainter painter(this);
    painter.fillRect(event->rect(), QColor(0x9e, 0x9e, 0x9e));
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    const QSizeF page = pageSizeFor(width());
    for (int i = 0; i < m_layout.pageCount(); ++i) {
        const QRectF target(kGap, kGap + i * (page.height() + kGap), page.width(), page.height());
        if (!target.intersects(event->rect())) {
            continue;
        }
        painter.fillRect(target, Qt::white); // the engine paints no paper
        m_layout.paintPage(painter, i, target);
    }
}

} // namespace kuaibao
