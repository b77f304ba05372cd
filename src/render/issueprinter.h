#pragma once

#include "core/result.h"
#include "issuelayout.h"

class QPrinter;

namespace kuaibao {

// Prints a laid-out issue on `printer` (a real printer or the one QPrintPreviewDialog hands
// out): A4, full page, the same pages as the PDF. Missing glyphs are an error unless
// `allowMissingGlyphs` (the user confirmed).
Status printLayout(const IssueLayout &layout, QPrinter &printer, bool allowMissingGlyphs);

// Sets the printer up for the layout's paper (A4, no margins, the issue's title as job name).
void preparePrinter(const IssueLayout &layout, QPrinter &printer);

} // namespace kuaibao
