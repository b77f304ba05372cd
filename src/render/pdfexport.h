#pragma once

#include "core/result.h"
#include "core/signoff/signoffproof.h"
#include "issuelayout.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace kuaibao {

// How to write the PDF.
struct PdfOptions {
    bool pdfa = false;               // PDF/A-1b, for the archive
    bool allowMissingGlyphs = false; // the user confirmed printing characters no font has
    QDateTime now = QDateTime::currentDateTimeUtc();
    // A signed issue's proof, written into the XMP metadata with the issue's JSON filled in
    // from the layout; the layout must print its check code (IssueLayout::build).
    std::optional<SignoffProof> proof;
};

// The PDF of a laid-out issue, in memory: A4 pages painted by the layout, fonts embedded
// (subset), a text map that gives back the issue's characters, title/author/subject/dates.
// Missing glyphs are an error unless the options allow them.
Result<QByteArray> renderPdf(const IssueLayout &layout, const PdfOptions &options);

// renderPdf() written to `path` through a temporary file renamed into place: a failure never
// leaves a partial PDF behind, nor touches an existing file.
Status writePdf(const IssueLayout &layout, const QString &path, const PdfOptions &options);

} // namespace kuaibao
