#pragma once

#include "core/bulletintemplate.h"
#include "core/issue.h"
#include "core/result.h"

#include <QByteArray>

namespace kuaibao {

// An issue as a Word document (.docx), set as Word and WPS set an office document: A4 with the
// template's margins and a 22 × 28 document grid, the red masthead, office font names, the
// 版记 at the bottom of the last page and — N — page numbers (docs/docx.md).
Result<QByteArray> exportIssueDocx(const Issue &issue, const BulletinTemplate &bulletinTemplate);

} // namespace kuaibao
