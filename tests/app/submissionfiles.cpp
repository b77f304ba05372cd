#include "submissionfiles.h"

#include "io/docx/zipwriter.h"

#include <catch2/catch.hpp>

namespace kuaibao::test {

QByteArray zipOf(const QList<std::pair<QString, QByteArray>> &entries) {
    ZipWriter zip;
    for (const auto &[name, bytes] : entries) {
        zip.add(name, bytes);
    }
    Result<QByteArray> bytes = zip.finish();
    REQUIRE(bytes);
    return *bytes;
}

QByteArray submissionDocx(const QList<std::pair<QString, QString>> &paragraphs) {
    QString body;
    for (const auto &[bold, plain] : paragraphs) {
        body += QStringLiteral("<w:p>");
        if (!bold.isEmpty()) {
            body += QStringLiteral("<w:r><w:rPr><w:b/></w:rPr><w:t>%1</w:t></w:r>").arg(bold);
        }
        if (!plain.isEmpty()) {
            body += QStringLiteral("<w:r><w:t xml:space=\"preserve\">%1</w:t></w:r>").arg(plain);
        }
        body += QStringLiteral("</w:p>");
    }
    const QString xml =
        QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\""
                       "http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                       "<w:body>%1</w:body></w:document>")
            .arg(body);
    return zipOf({{QStringLiteral("word/document.xml"), xml.toUtf8()}});
}

} // namespace kuaibao::test
