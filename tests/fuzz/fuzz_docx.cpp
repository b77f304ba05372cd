// libFuzzer target: any bytes through the submission reader as a .docx (libzip, then the XML
// reader) and, as they are, through the document.xml reader. It must never crash, hang or leak,
// and every refusal must say why.
#include "io/docx/docxparagraphs.h"
#include "io/submission/submissionreader.h"

#include <QCoreApplication>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv) {
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    kuaibao::Result<QList<kuaibao::SubmittedItem>> items =
        kuaibao::SubmissionReader::readBytes(bytes, QStringLiteral("fuzz.docx"));
    if (!items && items.error().message.isEmpty()) {
        std::abort();
    }
    kuaibao::Result<QList<kuaibao::Paragraph>> paragraphs =
        kuaibao::DocxParagraphs::fromDocumentXml(bytes, QStringLiteral("fuzz.xml"));
    if (!paragraphs && paragraphs.error().message.isEmpty()) {
        std::abort();
    }
    return 0;
}
