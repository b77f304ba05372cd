#pragma once

#include "layoutstyle.h"
#include "typesetter.h"

#include <QLineF>
#include <QList>

namespace kuaibao {

// Where things go on a page, in points from the page's top-left corner.
struct PageGeometry {
    qreal pageWidth = 0;
    qreal pageHeight = 0;
    qreal left = 0; // type area
    qreal top = 0;
    qreal width = 0;
    qreal height = 0;
    qreal pitch = 0; // grid line pitch
    qreal cell = 0;  // grid character pitch at body size
    int lines = 0;   // grid lines per page

    static PageGeometry of(const LayoutStyle &style);
    qreal bottom() const { return top + height; }
    qreal right() const { return left + width; }
    // The baseline of type `sizePt` large set in grid line `slot` (0 = first line of the type
    // area): its em box is centred in the line.
    qreal baseline(int slot, qreal sizePt) const;
    // The baseline that centres `sizePt` type in a band of `bandHeight` starting at `bandTop`.
    static qreal centredBaseline(qreal bandTop, qreal bandHeight, qreal sizePt);
};

// A set line placed on a page: its origin is the left end of its baseline.
struct PageLine {
    QPointF origin;
    SetLine line;
};

// A straight rule: the red line under the masthead, the footer's rules.
struct PageRule {
    QLineF line;
    qreal widthPt = 1;
    QColor color = Qt::black;
};

// Everything painted on one page.
struct PageContent {
    QList<PageLine> lines;
    QList<PageRule> rules;
};

} // namespace kuaibao
