#include "docxparagraphs.h"

#include "docxpackage.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct DocxParagraphsText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::DocxParagraphs)
};

const QString kW = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");

bool isOn(const QXmlStreamAttributes &attributes) {
    const QStringView value = attributes.value(kW, QStringLiteral("val"));
    return value.isEmpty() || (value != u"0" && value != u"false" && value != u"off");
}

// The level of a paragraph style: Heading1 … Heading4 give 1–4, any other style 0.
int headingStyleLevel(const QXmlStreamAttributes &attributes) {
    const QString style = attributes.value(kW, QStringLiteral("val")).toString();
    static const QRegularExpression heading(QStringLiteral("^Heading([1-4])$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = heading.match(style);
    return m.hasMatch() ? m.captured(1).toInt() : kBodyLevel;
}

} // namespace

Result<QList<Paragraph>> DocxParagraphs::fromDocumentXml(const QByteArray &xml,
                                                         const QString &origin) {
    QXmlStreamReader reader(xml);
    QList<Paragraph> paragraphs;
    Paragraph paragraph;
    bool inParagraph = false;
    bool inRun = false;
    bool inRunProperties = false;
    bool bold = false;
    int depthInText = 0;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::DTD || token == QXmlStreamReader::EntityReference) {
            return Error::badInput(
                origin + QStringLiteral(": ") +
                DocxParagraphsText::tr("refused: the document declares a DTD or entities, which "
                                       "a Word document never does"));
        }
        if (token == QXmlStreamReader::StartElement && reader.namespaceUri() == kW) {
            const QStringView name = reader.name();
            if (name == u"p") {
                inParagraph = true;
                paragraph = Paragraph();
            } else if (name == u"pStyle" && inParagraph && !inRun) {
                paragraph.level = headingStyleLevel(reader.attributes());
            } else if (name == u"r") {
                inRun = true;
                bold = false;
            } else if (name == u"rPr" && inRun) {
                inRunProperties = true;
            } else if (name == u"b" && inRunProperties) {
                bold = isOn(reader.attributes());
            } else if (name == u"t" && inRun) {
                ++depthInText;
            } else if ((name == u"tab" || name == u"br") && inRun && inParagraph) {
                paragraph.text.append(QStringLiteral(" "), bold);
            }
        } else if (token == QXmlStreamReader::EndElement && reader.namespaceUri() == kW) {
            const QStringView name = reader.name();
            if (name == u"p" && inParagraph) {
                paragraphs << paragraph;
                inParagraph = false;
            } else if (name == u"r") {
                inRun = false;
            } else if (name == u"rPr") {
                inRunProperties = false;
            } else if (name == u"t" && depthInText > 0) {
                --depthInText;
            }
        } else if (token == QXmlStreamReader::Characters && depthInText > 0 && inParagraph) {
            paragraph.text.append(reader.text().toString(), bold);
        }
    }
    if (reader.hasError()) {
        return Error::badInput(origin + QStringLiteral(": ") +
                               DocxParagraphsText::tr("the document's XML is damaged (line %1: %2)")
                                   .arg(reader.lineNumber())
                                   .arg(reader.errorString()));
    }
    return paragraphs;
}

Result<QList<Paragraph>> DocxParagraphs::fromDocx(const QByteArray &bytes, const QString &origin) {
    Result<QByteArray> xml =
        DocxPackage::readPart(bytes, QStringLiteral("word/document.xml"), origin);
    if (!xml) {
        return xml.error();
    }
    return fromDocumentXml(*xml, origin);
}

} // namespace kuaibao
