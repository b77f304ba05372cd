#pragma once

#include "core/issue.h"

#include <QString>

namespace kuaibao {

// Writes an issue as one self-contained HTML page (inline CSS, no scripts, fonts, images or
// other outside resources) that an office can put on its website. All text is escaped.
QString exportIssueHtml(const Issue &issue);

} // namespace kuaibao
