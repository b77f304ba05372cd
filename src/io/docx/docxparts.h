#pragma once

#include "docxstyle.h"

#include "core/issue.h"

#include <QByteArray>

namespace kuaibao {

// The parts of a .docx around document.xml: content types, relationships, styles, settings
// (even and odd footers), the page-number footers and the document properties.
namespace docxparts {

QByteArray contentTypes();
QByteArray packageRelationships();
QByteArray documentRelationships();
QByteArray styles(const DocxStyle &style);
QByteArray settings();
// The footer of odd (right-hand) or even pages: — N — with a PAGE field, on the outer side.
QByteArray pageNumberFooter(const DocxStyle &style, bool odd);
QByteArray emptyFooter();
// docProps/core.xml: title (name and issue number), author (the office) and date.
QByteArray coreProperties(const Issue &issue);
QByteArray appProperties();

} // namespace docxparts

} // namespace kuaibao
