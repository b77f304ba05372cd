#include "pagecontent.h"

namespace kuaibao {

namespace {

// The part of a CJK em box above the baseline (ideographic fonts put about 0.88 em there).
constexpr qreal kAscentEm = 0.88;

} // namespace

PageGeometry PageGeometry::of(const LayoutStyle &style) {
    PageGeometry g;
    g.pageWidth = mmToPt(style.pageWidthMm);
    g.pageHeight = mmToPt(style.pageHeightMm);
    g.left = mmToPt(style.marginLeftMm);
    g.top = mmToPt(style.marginTopMm);
    g.width = style.typeWidthPt();
    g.height = style.typeHeightPt();
    g.pitch = style.linePitchPt();
    g.cell = style.charPitchPt();
    g.lines = style.linesPerPage;
    return g;
}

qreal PageGeometry::baseline(int slot, qreal sizePt) const {
    return centredBaseline(top + slot * pitch, pitch, sizePt);
}

qreal PageGeometry::centredBaseline(qreal bandTop, qreal bandHeight, qreal sizePt) {
    return bandTop + (bandHeight - sizePt) / 2 + kAscentEm * sizePt;
}

} // namespace kuaibao
