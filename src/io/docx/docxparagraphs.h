#pragma once

#include "core/issue.h"
#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace kuaibao {

// The paragraphs of a Word document's word/document.xml, with their bold runs and heading
// level (the styles Heading1 … Heading4 give levels 1–4), in reading order (table cells
// included). Refuses any document type declaration, so no entity is ever expanded and no
// external DTD is fetched.
class DocxParagraphs {
public:
    static Result<QList<Paragraph>> fromDocumentXml(const QByteArray &xml, const QString &origin);
    // Reads the .docx file's bytes: DocxPackage, then fromDocumentXml.
    static Result<QList<Paragraph>> fromDocx(const QByteArray &bytes, const QString &origin);
};

} // namespace kuaibao
