#pragma once

#include "core/issue.h"
#include "pagecontent.h"

namespace kuaibao {

// The masthead (报头) as set on page 1, and the grid line the body starts on below it.
struct MastheadBlock {
    PageContent content;
    int bodyStartSlot = 0;
};

// Sets the masthead: the name (red, fitted to the type width: a long line never above the
// template's maximum, a short one large and letter-spaced; two lines: a smaller first line over
// the large second), 第N期 centred, the office left and the date right, then the red rule.
MastheadBlock layoutMasthead(const Masthead &masthead, const LayoutStyle &style,
                             const Typesetter &typesetter, const PageGeometry &geometry);

} // namespace kuaibao
