#include "pdfmetadata.h"

#include "core/chineseformat.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct PdfMetadataText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::PdfMetadata)
};

QString xmlEscaped(const QString &text) {
    return text.toHtmlEscaped();
}

// A PDF text string: UTF-16BE with a byte-order mark, written in hex.
QByteArray pdfTextString(const QString &text) {
    QByteArray bytes("\xFE\xFF", 2);
    for (QChar c : text) {
        bytes.append(char(c.unicode() >> 8));
        bytes.append(char(c.unicode() & 0xFF));
    }
    return '<' + bytes.toHex().toUpper() + '>';
}

QByteArray pdfDate(const QDateTime &utc) {
    return "(D:" + utc.toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + "Z)";
}

} // namespace

PdfMetadata PdfMetadata::forIssue(const Issue &issue, const QDateTime &now) {
    PdfMetadata m;
    const Masthead &head = issue.masthead;
    const QString number = issueNumberLabel(head.number, head.series == Series::Supplement);
    m.title = head.name() + QLatin1Char(' ') + number;
    m.author = head.office;
    QStringList sections;
    for (const Section &section : issue.sections) {
        sections << section.name;
    }
    m.subject = QStringLiteral("%1 %2：%3")
                    .arg(number, chineseDate(head.date), sections.join(QStringLiteral("、")));
    m.creator = QStringLiteral("kuaibao %1").arg(QStringLiteral(KUAIBAO_VERSION));
    m.producer = QStringLiteral("kuaibao %1 (Qt %2)")
                     .arg(QStringLiteral(KUAIBAO_VERSION), QString::fromLatin1(qVersion()));
    QDateTime utc = now.toUTC();
    utc.setTime(QTime(utc.time().hour(), utc.time().minute(), utc.time().second()));
    m.created = utc;
    return m;
}

QByteArray PdfMetadata::xmp(bool pdfa) const {
    const QString date = created.toString(Qt::ISODate);
    QString x;
    x += QStringLiteral("<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>\n"
                        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                        "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
    x += QStringLiteral(
             "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
             "<dc:format>application/pdf</dc:format>\n"
             "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>\n"
             "<dc:creator><rdf:Seq><rdf:li>%2</rdf:li></rdf:Seq></dc:creator>\n"
             "<dc:description><rdf:Alt><rdf:li "
             "xml:lang=\"x-default\">%3</rdf:li></rdf:Alt></dc:description>\n"
             "</rdf:Description>\n")
             .arg(xmlEscaped(title), xmlEscaped(author), xmlEscaped(subject));
    x +=
        QStringLiteral("<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" "
                       "xmp:CreatorTool=\"%1\" xmp:CreateDate=\"%2\" xmp:ModifyDate=\"%2\"/>\n")
            .arg(xmlEscaped(creator), date);
    x +=
        QStringLiteral("<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" "
                       "pdf:Producer=\"%1\"/>\n")
            .arg(xmlEscaped(producer));
    if (!signoffProof.isEmpty()) {
        x += QStringLiteral("<rdf:Description rdf:about=\"\" xmlns:kb=\"%1\">\n"
                            "<kb:signoffProof>%2</kb:signoffProof>\n</rdf:Description>\n")
                 .arg(QString::fromLatin1(kSignoffProofNamespace),
                      QString::fromLatin1(signoffProof.toBase64()));
    }
    if (pdfa) {
        x += QStringLiteral(
            "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\" "
            "pdfaid:part=\"1\" pdfaid:conformance=\"B\"/>\n");
    }
    x += QStringLiteral("</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end='w'?>");
    return x.toUtf8();
}

Status appendUpdate(QByteArray &pdf, const PdfMetadata &metadata,
                    const QList<std::pair<int, QByteArray>> &replaced) {
    const qsizetype trailerAt = pdf.lastIndexOf("trailer");
    const qsizetype startxrefAt = pdf.lastIndexOf("startxref");
    if (trailerAt < 0 || startxrefAt < trailerAt) {
        return Error::corrupt(
            PdfMetadataText::tr("the PDF writer produced a file without a trailer"));
    }
    const QString trailer = QString::fromLatin1(pdf.mid(trailerAt, startxrefAt - trailerAt));
    const QRegularExpressionMatch size =
        QRegularExpression(QStringLiteral("/Size\\s+(\\d+)")).match(trailer);
    const QRegularExpressionMatch root =
        QRegularExpression(QStringLiteral("/Root\\s+(\\d+\\s+\\d+\\s+R)")).match(trailer);
    const QRegularExpressionMatch id =
        QRegularExpression(QStringLiteral("/ID\\s*(\\[[^\\]]*\\])")).match(trailer);
    bool xrefOk = false;
    const qint64 previousXref =
        pdf.mid(startxrefAt + 9).trimmed().split('\n').value(0).trimmed().toLongLong(&xrefOk);
    if (!size.hasMatch() || !root.hasMatch() || !xrefOk) {
        return Error::corrupt(PdfMetadataText::tr(
            "the PDF writer produced a trailer without /Size, /Root or startxref"));
    }
    const int object = size.captured(1).toInt();
    if (!pdf.endsWith('\n')) {
        pdf.append('\n');
    }
    const qsizetype objectAt = pdf.size();
    pdf += QByteArray::number(object) + " 0 obj\n<<\n";
    pdf += "/Title " + pdfTextString(metadata.title) + "\n";
    pdf += "/Author " + pdfTextString(metadata.author) + "\n";
    pdf += "/Subject " + pdfTextString(metadata.subject) + "\n";
    pdf += "/Creator " + pdfTextString(metadata.creator) + "\n";
    pdf += "/Producer " + pdfTextString(metadata.producer) + "\n";
    pdf += "/CreationDate " + pdfDate(metadata.created) + "\n";
    pdf += "/ModDate " + pdfDate(metadata.created) + "\n";
    pdf += ">>\nendobj\n";
    // The cross-reference section: entry 0, then one subsection per object, by number.
    QList<std::pair<int, qsizetype>> offsets{{object, objectAt}};
    for (const auto &[number, body] : replaced) {
        offsets.append({number, pdf.size()});
        pdf += QByteArray::number(number) + " 0 obj\n" + body + "endobj\n";
    }
    std::sort(offsets.begin(), offsets.end());
    const qsizetype xrefAt = pdf.size();
    pdf += "xref\n0 1\n0000000000 65535 f \n";
    for (const auto &[number, offset] : offsets) {
        pdf += QByteArray::number(number) + " 1\n" +
               QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    }
    pdf += "trailer\n<<\n/Size " + QByteArray::number(object + 1) + "\n/Root " +
           root.captured(1).toLatin1() + "\n/Info " + QByteArray::number(object) + " 0 R\n";
    if (id.hasMatch()) {
        pdf += "/ID " + id.captured(1).toLatin1() + "\n";
    }
    pdf += "/Prev " + QByteArray::number(previousXref) + "\n>>\nstartxref\n" +
           QByteArray::number(xrefAt) + "\n%%EOF\n";
    return {};
}

} // namespace kuaibao
