#include "pdfproofreader.h"

#include "render/pdfmetadata.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QXmlStreamReader>

#include <poppler-qt6.h>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct PdfProofReaderText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::PdfProofReader)
};

// The text of kb:signoffProof in an XMP packet, nothing when there is none.
Result<std::optional<QString>> proofElement(const QString &xmp) {
    QXmlStreamReader xml(xmp);
    const QString ns = QString::fromLatin1(kSignoffProofNamespace);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.namespaceUri() == ns &&
            xml.name() == QLatin1String("signoffProof")) {
            const QString text = xml.readElementText();
            if (xml.hasError()) {
                break;
            }
            return std::optional<QString>(text);
        }
    }
    if (xml.hasError()) {
        return Error::corrupt(PdfProofReaderText::tr("the PDF's XMP metadata is not well-formed "
                                                     "XML (%1)")
                                  .arg(xml.errorString()));
    }
    return std::optional<QString>();
}

} // namespace

Result<PdfProofContents> readPdfProof(const QString &path) {
    const QFileInfo info(path);
    if (!info.exists()) {
        return Error::badInput(PdfProofReaderText::tr("%1: no such file").arg(path));
    }
    if (!info.isFile() || !info.isReadable()) {
        return Error::badInput(PdfProofReaderText::tr("%1: cannot be read").arg(path));
    }
    // Poppler's own complaints about a damaged file would go to stderr; the error below says it.
    Poppler::setDebugErrorFunction([](const QString &, const QVariant &) {}, QVariant());
    std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    if (!document || document->isLocked()) {
        return Error::badInput(PdfProofReaderText::tr("%1 is not a readable PDF").arg(path));
    }
    PdfProofContents out;
    const QString xmp = document->metadata();
    if (!xmp.isEmpty()) {
        Result<std::optional<QString>> element = proofElement(xmp);
        if (!element) {
            return element.error();
        }
        if (*element) {
            QByteArray::FromBase64Result decoded = QByteArray::fromBase64Encoding(
                (*element)->trimmed().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded) {
                return Error::corrupt(
                    PdfProofReaderText::tr("the PDF's sign-off proof is not valid base64"));
            }
            out.proofJson = *decoded;
        }
    }
    for (int i = 0; i < document->numPages(); ++i) {
        std::unique_ptr<Poppler::Page> page = document->page(i);
        if (page) {
            out.text += page->text(QRectF()) + QLatin1Char('\n');
        }
    }
    return out;
}

} // namespace kuaibao
