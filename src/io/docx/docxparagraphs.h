#pragma once

#include "core/result.h"
#include "core/richtext.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace kuaibao {

// The paragraphs of a Word document's word/document.xml, with their bold runs, in reading order
// (table cells included). Refuses any document type declaration, so no entity is ever expanded
// and no external DTD is fetched.
class DocxParagraphs {
public:
    static Result<QList<RichText>> fromDocumentXml(const QByteArray &xml, const QString &origin);
    // Reads the .docx file's bytes: DocxPackage, then fromDocumentXml.
    static Result<QList<RichText>> fromDocx(const QByteArray &bytes, const QString &origin);
};

} // namespace kuaibao
