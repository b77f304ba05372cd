#include "pdfexport.h"

#include "core/files/outputfile.h"
#include "io/issuejson.h"
#include "pdfmetadata.h"
#include "pdfsubsetnames.h"
#include "pdftextmap.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPdfWriter>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct PdfExportText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::PdfExport)
};

// Device units per inch of the PDF writer; the layout paints in points, scaled to this.
constexpr int kPdfResolution = 1200;

QPageSize pageSizeOf(const IssueLayout &layout) {
    const QSizeF points = layout.pageSizePoints();
    const QPageSize a4(QPageSize::A4);
    if (qAbs(a4.size(QPageSize::Point).width() - points.width()) < 1 &&
        qAbs(a4.size(QPageSize::Point).height() - points.height()) < 1) {
        return a4;
    }
    return QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch);
}

} // namespace

Result<QByteArray> renderPdf(const IssueLayout &layout, const PdfOptions &options) {
    if (layout.preflight().hasMissingGlyphs() && !options.allowMissingGlyphs) {
        return layout.preflight().missingGlyphsError();
    }
    if (layout.pageCount() == 0) {
        return Error::badInput(PdfExportText::tr("there is nothing to print"));
    }
    PdfMetadata metadata = PdfMetadata::forIssue(layout.issue(), options.now);
    if (options.proof) {
        SignoffProof proof = *options.proof;
        if (layout.signoffCode() != proof.checkCode()) {
            return Error::badInput(
                PdfExportText::tr("the page does not print the sign-off's check code"));
        }
        proof.issue = issueToJson(layout.issue());
        metadata.signoffProof = proof.toJson();
    }
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(options.pdfa ? QPagedPaintDevice::PdfVersion_A1b
                                          : QPagedPaintDevice::PdfVersion_1_4);
        writer.setResolution(kPdfResolution);
        writer.setPageSize(pageSizeOf(layout));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(metadata.title);
        writer.setCreator(metadata.creator);
        writer.setDocumentXmpMetadata(metadata.xmp(options.pdfa));
        QPainter painter;
        if (!painter.begin(&writer)) {
            return Error::storage(PdfExportText::tr("the PDF writer could not start"));
        }
        const qreal scale = kPdfResolution / 72.0;
        for (int page = 0; page < layout.pageCount(); ++page) {
            if (page > 0) {
                writer.newPage();
            }
            painter.save();
            painter.scale(scale, scale);
            layout.paintPage(painter, page);
            painter.restore();
        }
        painter.end();
    }
    repairToUnicodeMaps(bytes, layout.drawnCharacters(), layout.fonts());
    const Status info = appendUpdate(bytes, metadata, taggedFontDictionaries(bytes));
    if (!info) {
        return info.error();
    }
    return bytes;
}

Status writePdf(const IssueLayout &layout, const QString &path, const PdfOptions &options) {
    const Result<QByteArray> pdf = renderPdf(layout, options);
    if (!pdf) {
        return pdf.error();
    }
    return OutputFile::write(path, *pdf);
}

} // namespace kuaibao
