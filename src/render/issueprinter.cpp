#include "issueprinter.h"

#include "core/chineseformat.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPrinter>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct IssuePrinterText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::IssuePrinter)
};

} // namespace

void preparePrinter(const IssueLayout &layout, QPrinter &printer) {
    const QSizeF points = layout.pageSizePoints();
    printer.setPageSize(QPageSize(points, QPageSize::Point, QString(), QPageSize::FuzzyMatch));
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setFullPage(true);
    const Masthead &head = layout.issue().masthead;
    printer.setDocName(head.name() + QLatin1Char(' ') +
                       issueNumberLabel(head.number, head.series == Series::Supplement));
}

Status printLayout(const IssueLayout &layout, QPrinter &printer, bool allowMissingGlyphs) {
    if (layout.preflight().hasMissingGlyphs() && !allowMissingGlyphs) {
        return layout.preflight().missingGlyphsError();
    }
    preparePrinter(layout, printer);
    QPainter painter;
    if (!painter.begin(&printer)) {
        return Error::storage(IssuePrinterText::tr("the printer could not start printing"));
    }
    // The page rectangle in device pixels; the layout paints in points from the paper's corner.
    const QRectF paper = printer.paperRect(QPrinter::DevicePixel);
    const qreal scale = printer.resolution() / 72.0;
    for (int page = 0; page < layout.pageCount(); ++page) {
        if (page > 0 && !printer.newPage()) {
            painter.end();
            return Error::storage(
                IssuePrinterText::tr("the printer refused page %1").arg(page + 1));
        }
        painter.save();
        painter.translate(paper.topLeft());
        painter.scale(scale, scale);
        layout.paintPage(painter, page);
        painter.restore();
    }
    painter.end();
    return {};
}

} // namespace kuaibao
