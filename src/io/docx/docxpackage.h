#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace kuaibao {

// A .docx expands to no more than this, and to no more than kMaxDocxRatio times its size.
inline constexpr qint64 kMaxDocxExpandedBytes = 50 * 1024 * 1024;
inline constexpr qint64 kMaxDocxRatio = 100;

// Reads one part (word/document.xml) out of a .docx with libzip. Refuses, each with a message
// that starts with "ORIGIN: ", an empty file, an old binary .doc, a password-protected Word file,
// anything that is not a zip, a damaged or truncated zip, a document without the part, and a
// zip bomb: declared sizes past the limits, or more bytes coming out than declared.
class DocxPackage {
public:
    static Result<QByteArray> readPart(const QByteArray &bytes, const QString &part,
                                       const QString &origin);
};

} // namespace kuaibao
