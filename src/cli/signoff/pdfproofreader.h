#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace kuaibao {

// What verify-pdf reads out of a PDF: the sign-off proof in its XMP metadata (kb:signoffProof,
// the JSON decoded from base64), when there is one, and the text of its pages.
struct PdfProofContents {
    std::optional<QByteArray> proofJson;
    QString text;
};

// Reads a PDF through Poppler (poppler-qt6) and its XMP packet with QXmlStreamReader: no PDF
// or XML is parsed by hand. A missing, unreadable or non-PDF file is a BadInput error; a
// proof that is not base64, or XMP that is not well-formed, is Corrupt.
Result<PdfProofContents> readPdfProof(const QString &path);

} // namespace kuaibao
