#pragma once

#include "docxstyle.h"

#include "core/issue.h"

#include <QByteArray>

namespace kuaibao {

// word/document.xml of an issue: masthead, sections, the 版记 pinned to the bottom of the last
// page, and the section properties (A4, margins, document grid, page-number footers).
QByteArray docxDocumentXml(const Issue &issue, const DocxStyle &style);

} // namespace kuaibao
