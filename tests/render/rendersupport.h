#pragma once

#include "render/issuelayout.h"
#include "render/layoutstyle.h"

#include <QString>

namespace kuaibao::test {

// The layout of the built-in mentougou template (what the sample and the fixtures print with).
LayoutStyle mentougouStyle();

// A folder for the PDFs a test writes: $KUAIBAO_RENDER_OUT when set (to look at them),
// else a temporary folder removed at exit.
QString renderOutputFolder();

} // namespace kuaibao::test
