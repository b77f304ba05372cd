#pragma once

#include "core/issue.h"
#include "pagecontent.h"

namespace kuaibao {

// The footer block (版记), laid out from y = 0 down; it is pinned to the bottom of the type
// area of the last page and never split.
struct FooterBlock {
    PageContent content; // positions relative to the block's top, x absolute
    qreal height = 0;

    // The block moved so that its bottom is at `bottom`.
    PageContent placedAt(qreal bottom) const;
};

// Sets the footer rows the template lists (rules, staff line, 报/发 lines with wrapped lines
// aligned after the colon, contacts, print run) in 四号 type on the footer's line pitch.
FooterBlock layoutFooter(const Footer &footer, const LayoutStyle &style,
                         const Typesetter &typesetter, const PageGeometry &geometry);

} // namespace kuaibao
