#include "docxparts.h"

#include "wordxml.h"

#include "core/chineseformat.h"
#include "core/issue.h"

#include <QXmlStreamWriter>

namespace kuaibao::docxparts {

namespace {

const QString kPackageRelNs =
    QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships");
const QString kOfficeRel =
    QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/");
const QString kWordType = QStringLiteral("application/vnd.openxmlformats-officedocument.");

void relationship(QXmlStreamWriter &xml, const QString &id, const QString &type,
                  const QString &target) {
    xml.writeEmptyElement(QStringLiteral("Relationship"));
    xml.writeAttribute(QStringLiteral("Id"), id);
    xml.writeAttribute(QStringLiteral("Type"), type);
    xml.writeAttribute(QStringLiteral("Target"), target);
}

} // namespace

QByteArray contentTypes() {
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("Types"));
    xml.writeDefaultNamespace(
        QStringLiteral("http://schemas.openxmlformats.org/package/2006/content-types"));
    xml.writeEmptyElement(QStringLiteral("Default"));
    xml.writeAttribute(QStringLiteral("Extension"), QStringLiteral("rels"));
    xml.writeAttribute(QStringLiteral("ContentType"),
                       QStringLiteral("application/vnd.openxmlformats-package.relationships+xml"));
    xml.writeEmptyElement(QStringLiteral("Default"));
    xml.writeAttribute(QStringLiteral("Extension"), QStringLiteral("xml"));
    xml.writeAttribute(QStringLiteral("ContentType"), QStringLiteral("application/xml"));
    const QList<std::pair<QString, QString>> parts = {
        {QStringLiteral("/word/document.xml"),
         kWordType + QStringLiteral("wordprocessingml.document.main+xml")},
        {QStringLiteral("/word/styles.xml"),
         kWordType + QStringLiteral("wordprocessingml.styles+xml")},
        {QStringLiteral("/word/settings.xml"),
         kWordType + QStringLiteral("wordprocessingml.settings+xml")},
        {QStringLiteral("/word/footer1.xml"),
         kWordType + QStringLiteral("wordprocessingml.footer+xml")},
        {QStringLiteral("/word/footer2.xml"),
         kWordType + QStringLiteral("wordprocessingml.footer+xml")},
        {QStringLiteral("/word/footer3.xml"),
         kWordType + QStringLiteral("wordprocessingml.footer+xml")},
        {QStringLiteral("/docProps/core.xml"),
         QStringLiteral("application/vnd.openxmlformats-package.core-properties+xml")},
        {QStringLiteral("/docProps/app.xml"),
         kWordType + QStringLiteral("extended-properties+xml")},
    };
    for (const auto &[name, type] : parts) {
        xml.writeEmptyElement(QStringLiteral("Override"));
        xml.writeAttribute(QStringLiteral("PartName"), name);
        xml.writeAttribute(QStringLiteral("ContentType"), type);
    }
    xml.writeEndDocument();
    return bytes;
}

QByteArray packageRelationships() {
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("Relationships"));
    xml.writeDefaultNamespace(kPackageRelNs);
    relationship(xml, QStringLiteral("rId1"), kOfficeRel + QStringLiteral("officeDocument"),
                 QStringLiteral("word/document.xml"));
    relationship(xml, QStringLiteral("rId2"),
                 QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships/"
                                "metadata/core-properties"),
                 QStringLiteral("docProps/core.xml"));
    relationship(xml, QStringLiteral("rId3"), kOfficeRel + QStringLiteral("extended-properties"),
                 QStringLiteral("docProps/app.xml"));
    xml.writeEndDocument();
    return bytes;
}

QByteArray documentRelationships() {
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("Relationships"));
    xml.writeDefaultNamespace(kPackageRelNs);
    relationship(xml, QStringLiteral("rIdStyles"), kOfficeRel + QStringLiteral("styles"),
                 QStringLiteral("styles.xml"));
    relationship(xml, QStringLiteral("rIdSettings"), kOfficeRel + QStringLiteral("settings"),
                 QStringLiteral("settings.xml"));
    relationship(xml, QStringLiteral("rIdFooterOdd"), kOfficeRel + QStringLiteral("footer"),
                 QStringLiteral("footer1.xml"));
    relationship(xml, QStringLiteral("rIdFooterEven"), kOfficeRel + QStringLiteral("footer"),
                 QStringLiteral("footer2.xml"));
    relationship(xml, QStringLiteral("rIdFooterFirst"), kOfficeRel + QStringLiteral("footer"),
                 QStringLiteral("footer3.xml"));
    xml.writeEndDocument();
    return bytes;
}

QByteArray styles(const DocxStyle &style) {
    QByteArray bytes;
    WordXml w(&bytes);
    QXmlStreamWriter &xml = w.xml();
    xml.writeStartDocument();
    xml.writeNamespace(kWordNs, QStringLiteral("w"));
    xml.writeStartElement(kWordNs, QStringLiteral("styles"));
    xml.writeStartElement(kWordNs, QStringLiteral("docDefaults"));
    xml.writeStartElement(kWordNs, QStringLiteral("rPrDefault"));
    xml.writeStartElement(kWordNs, QStringLiteral("rPr"));
    xml.writeEmptyElement(kWordNs, QStringLiteral("rFonts"));
    for (const char *slot : {"ascii", "eastAsia", "hAnsi", "cs"}) {
        xml.writeAttribute(kWordNs, QLatin1String(slot), style.bodyFont);
    }
    const QString halfPoints = QString::number(qRound(style.bodyPt * 2));
    w.valElement(QStringLiteral("kern"), QStringLiteral("0"));
    w.valElement(QStringLiteral("sz"), halfPoints);
    w.valElement(QStringLiteral("szCs"), halfPoints);
    xml.writeEmptyElement(kWordNs, QStringLiteral("lang"));
    xml.writeAttribute(kWordNs, QStringLiteral("val"), QStringLiteral("en-US"));
    xml.writeAttribute(kWordNs, QStringLiteral("eastAsia"), QStringLiteral("zh-CN"));
    xml.writeEndElement(); // rPr
    xml.writeEndElement(); // rPrDefault
    xml.writeStartElement(kWordNs, QStringLiteral("pPrDefault"));
    xml.writeStartElement(kWordNs, QStringLiteral("pPr"));
    w.valElement(QStringLiteral("widowControl"), QStringLiteral("0"));
    // w:overflowPunct is left out: absent, Word, WPS and LibreOffice all hang a comma or full
    // stop past the right edge rather than start a line with it, as the print does (LibreOffice
    // reads an explicit value the other way round).
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement(); // docDefaults
    xml.writeStartElement(kWordNs, QStringLiteral("style"));
    xml.writeAttribute(kWordNs, QStringLiteral("type"), QStringLiteral("paragraph"));
    xml.writeAttribute(kWordNs, QStringLiteral("default"), QStringLiteral("1"));
    xml.writeAttribute(kWordNs, QStringLiteral("styleId"), QStringLiteral("Normal"));
    w.valElement(QStringLiteral("name"), QStringLiteral("Normal"));
    xml.writeStartElement(kWordNs, QStringLiteral("pPr"));
    w.valElement(QStringLiteral("jc"), QStringLiteral("both"));
    xml.writeEndElement();
    // LibreOffice sizes the grid's characters from the Normal style's own font size.
    w.runProperties({style.bodyFont, style.bodyPt, false, {}, 0});
    xml.writeEndElement();
    // Headings inside an article: Word's built-in heading styles, so that the navigation pane
    // and a table of contents know them; in the body size and the face of their level.
    for (int level = 1; level <= kMaxHeadingLevel; ++level) {
        xml.writeStartElement(kWordNs, QStringLiteral("style"));
        xml.writeAttribute(kWordNs, QStringLiteral("type"), QStringLiteral("paragraph"));
        xml.writeAttribute(kWordNs, QStringLiteral("styleId"), DocxStyle::levelStyleId(level));
        w.valElement(QStringLiteral("name"), QStringLiteral("heading %1").arg(level));
        w.valElement(QStringLiteral("basedOn"), QStringLiteral("Normal"));
        w.valElement(QStringLiteral("next"), QStringLiteral("Normal"));
        w.valElement(QStringLiteral("uiPriority"), QString::number(9));
        xml.writeEmptyElement(kWordNs, QStringLiteral("qFormat"));
        xml.writeStartElement(kWordNs, QStringLiteral("pPr"));
        xml.writeEmptyElement(kWordNs, QStringLiteral("keepNext"));
        w.valElement(QStringLiteral("jc"), QStringLiteral("left"));
        w.valElement(QStringLiteral("outlineLvl"), QString::number(level - 1));
        xml.writeEndElement();
        w.runProperties({style.levelFont(level), style.bodyPt, false, {}, 0});
        xml.writeEndElement();
    }
    xml.writeEndDocument();
    return bytes;
}

QByteArray settings() {
    QByteArray bytes;
    WordXml w(&bytes);
    QXmlStreamWriter &xml = w.xml();
    xml.writeStartDocument();
    xml.writeNamespace(kWordNs, QStringLiteral("w"));
    xml.writeStartElement(kWordNs, QStringLiteral("settings"));
    w.valElement(QStringLiteral("defaultTabStop"), QStringLiteral("420"));
    // Odd pages carry their number on the right, even pages on the left.
    xml.writeEmptyElement(kWordNs, QStringLiteral("evenAndOddHeaders"));
    w.valElement(QStringLiteral("characterSpacingControl"), QStringLiteral("doNotCompress"));
    xml.writeStartElement(kWordNs, QStringLiteral("compat"));
    xml.writeEmptyElement(kWordNs, QStringLiteral("compatSetting"));
    xml.writeAttribute(kWordNs, QStringLiteral("name"), QStringLiteral("compatibilityMode"));
    xml.writeAttribute(kWordNs, QStringLiteral("uri"),
                       QStringLiteral("http://schemas.microsoft.com/office/word"));
    xml.writeAttribute(kWordNs, QStringLiteral("val"), QStringLiteral("15"));
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

QByteArray pageNumberFooter(const DocxStyle &style, bool odd) {
    QByteArray bytes;
    WordXml w(&bytes);
    QXmlStreamWriter &xml = w.xml();
    xml.writeStartDocument();
    xml.writeNamespace(kWordNs, QStringLiteral("w"));
    xml.writeStartElement(kWordNs, QStringLiteral("ftr"));
    ParaFormat p;
    p.jc = odd ? QStringLiteral("right") : QStringLiteral("left");
    const int indent = qRound(style.pageNumberIndentChars * style.pageNumberPt * 20);
    (odd ? p.right : p.left) = indent;
    const RunFormat number{style.pageNumberFont, style.pageNumberPt, false, {}, 0};
    w.beginParagraph(p);
    w.run(QStringLiteral("— "), number);
    w.pageField(number, odd ? QStringLiteral("1") : QStringLiteral("2"));
    w.run(QStringLiteral(" —"), number);
    w.endParagraph();
    xml.writeEndDocument();
    return bytes;
}

QByteArray emptyFooter() {
    QByteArray bytes;
    WordXml w(&bytes);
    QXmlStreamWriter &xml = w.xml();
    xml.writeStartDocument();
    xml.writeNamespace(kWordNs, QStringLiteral("w"));
    xml.writeStartElement(kWordNs, QStringLiteral("ftr"));
    ParaFormat p;
    w.beginParagraph(p);
    w.endParagraph();
    xml.writeEndDocument();
    return bytes;
}

QByteArray coreProperties(const Issue &issue) {
    const QString cp =
        QStringLiteral("http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
    const QString dc = QStringLiteral("http://purl.org/dc/elements/1.1/");
    const QString dcterms = QStringLiteral("http://purl.org/dc/terms/");
    const QString xsi = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");
    const Masthead &m = issue.masthead;
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument();
    xml.writeNamespace(cp, QStringLiteral("cp"));
    xml.writeNamespace(dc, QStringLiteral("dc"));
    xml.writeNamespace(dcterms, QStringLiteral("dcterms"));
    xml.writeNamespace(xsi, QStringLiteral("xsi"));
    xml.writeStartElement(cp, QStringLiteral("coreProperties"));
    xml.writeTextElement(dc, QStringLiteral("title"),
                         m.name() + QLatin1Char(' ') +
                             issueNumberLabel(m.number, m.series == Series::Supplement));
    xml.writeTextElement(dc, QStringLiteral("creator"), m.office);
    xml.writeTextElement(dc, QStringLiteral("language"), QStringLiteral("zh-CN"));
    if (m.date.isValid()) {
        for (const char *name : {"created", "modified"}) {
            xml.writeStartElement(dcterms, QLatin1String(name));
            xml.writeAttribute(xsi, QStringLiteral("type"), QStringLiteral("dcterms:W3CDTF"));
            xml.writeCharacters(m.date.toString(Qt::ISODate) + QStringLiteral("T00:00:00Z"));
            xml.writeEndElement();
        }
    }
    xml.writeEndDocument();
    return bytes;
}

QByteArray appProperties() {
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("Properties"));
    xml.writeDefaultNamespace(QStringLiteral(
        "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"));
    xml.writeTextElement(QStringLiteral("Application"), QStringLiteral("kuaibao"));
    xml.writeEndDocument();
    return bytes;
}

} // namespace kuaibao::docxparts
