#pragma once

#include "docxstyle.h"
#include "wordxml.h"

#include "core/issue.h"

namespace kuaibao {

// Writes the 版记 as a one-column table floating at the bottom of the type area: staff,
// distribution and contact lines in the template's order, its rules the rows' borders (the full
// type width), the lines a grid line high with the rules' height taken out of them.
void writeFooterBlock(WordXml &w, const DocxStyle &style, const Footer &footer);

} // namespace kuaibao
