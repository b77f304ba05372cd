#pragma once

#include "core/issue.h"
#include "pagecontent.h"

namespace kuaibao {

// One grid line of the body before it is put on a page.
struct FlowLine {
    SetLine line;
    qreal x = 0;               // from the left edge of the type area
    qreal sizePt = 16;         // the type size, to centre it in its grid line
    bool blank = false;        // a blank line, dropped at the top of a page
    bool keepWithNext = false; // headings and titles stay with what follows
    int paragraph = -1;        // lines of one paragraph share this number; -1: not a paragraph
};

// Sets the issue's sections as a column of grid lines: 【headings】 (a two-character name spread
// over four characters), centred article titles, indented justified paragraphs with their bold
// runs, （本刊） flush right on the last line, and each 简讯 category as one run-in paragraph
// with a bold label and bold unit names.
QList<FlowLine> layoutBody(const Issue &issue, const LayoutStyle &style,
                           const Typesetter &typesetter, const PageGeometry &geometry);

// The issue as the print shows it: without the sections and 简讯 categories that have nothing
// to print (the text export keeps them so that they read back), for comparing a print's text.
Issue printedPartsOf(const Issue &issue);

} // namespace kuaibao
