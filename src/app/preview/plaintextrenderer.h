#pragma once

#include "pagerenderer.h"

namespace kuaibao {

// A plain preview until the print layout engine is linked in: A4 pages with the GB/T 9704
// text area, the red masthead, 16-point text with bold runs, headings, 简讯 run in, and the
// footer at the end. It paginates honestly, but is not the print engine's exact layout.
class PlainTextRenderer : public PageRenderer {
public:
    PreviewPages render(const Issue &issue, double pixelsPerMm) const override;
};

} // namespace kuaibao
