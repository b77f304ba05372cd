#include "wordxml.h"

namespace kuaibao {

WordXml::WordXml(QByteArray *target) : m_xml(target) {}

void WordXml::valElement(const QString &name, const QString &value) {
    m_xml.writeEmptyElement(kWordNs, name);
    m_xml.writeAttribute(kWordNs, QStringLiteral("val"), value);
}

void WordXml::border(const QString &side, const BorderLine &line) {
    m_xml.writeEmptyElement(kWordNs, side);
    m_xml.writeAttribute(kWordNs, QStringLiteral("val"), QStringLiteral("single"));
    m_xml.writeAttribute(kWordNs, QStringLiteral("sz"), QString::number(line.eighths));
    m_xml.writeAttribute(kWordNs, QStringLiteral("space"), QString::number(line.spacePt));
    m_xml.writeAttribute(kWordNs, QStringLiteral("color"), line.color);
}

void WordXml::beginParagraph(const ParaFormat &f) {
    m_xml.writeStartElement(kWordNs, QStringLiteral("p"));
    m_xml.writeStartElement(kWordNs, QStringLiteral("pPr"));
    if (!f.styleId.isEmpty()) {
        valElement(QStringLiteral("pStyle"), f.styleId);
    }
    if (f.keepNext) {
        m_xml.writeEmptyElement(kWordNs, QStringLiteral("keepNext"));
    }
    if (f.top.eighths > 0 || f.bottom.eighths > 0) {
        m_xml.writeStartElement(kWordNs, QStringLiteral("pBdr"));
        if (f.top.eighths > 0) {
            border(QStringLiteral("top"), f.top);
        }
        if (f.bottom.eighths > 0) {
            border(QStringLiteral("bottom"), f.bottom);
        }
        m_xml.writeEndElement();
    }
    if (!f.rightTabs.isEmpty()) {
        m_xml.writeStartElement(kWordNs, QStringLiteral("tabs"));
        for (int pos : f.rightTabs) {
            m_xml.writeEmptyElement(kWordNs, QStringLiteral("tab"));
            m_xml.writeAttribute(kWordNs, QStringLiteral("val"), QStringLiteral("right"));
            m_xml.writeAttribute(kWordNs, QStringLiteral("pos"), QString::number(pos));
        }
        m_xml.writeEndElement();
    }
    // No extra space between ideographs and Latin letters or digits, as in the print.
    valElement(QStringLiteral("autoSpaceDE"), QStringLiteral("0"));
    valElement(QStringLiteral("autoSpaceDN"), QStringLiteral("0"));
    if (!f.snapToGrid) {
        valElement(QStringLiteral("snapToGrid"), QStringLiteral("0"));
    }
    m_xml.writeEmptyElement(kWordNs, QStringLiteral("spacing"));
    m_xml.writeAttribute(kWordNs, QStringLiteral("before"), QString::number(f.before));
    m_xml.writeAttribute(kWordNs, QStringLiteral("after"), QString::number(f.after));
    if (f.exactLine > 0) {
        m_xml.writeAttribute(kWordNs, QStringLiteral("line"), QString::number(f.exactLine));
        m_xml.writeAttribute(kWordNs, QStringLiteral("lineRule"), QStringLiteral("exact"));
    } else {
        m_xml.writeAttribute(kWordNs, QStringLiteral("line"), QStringLiteral("240"));
        m_xml.writeAttribute(kWordNs, QStringLiteral("lineRule"), QStringLiteral("auto"));
    }
    m_xml.writeEmptyElement(kWordNs, QStringLiteral("ind"));
    m_xml.writeAttribute(kWordNs, QStringLiteral("left"), QString::number(f.left));
    m_xml.writeAttribute(kWordNs, QStringLiteral("right"), QString::number(f.right));
    if (f.hanging > 0) {
        m_xml.writeAttribute(kWordNs, QStringLiteral("hanging"), QString::number(f.hanging));
    } else if (f.firstLine > 0) {
        m_xml.writeAttribute(kWordNs, QStringLiteral("firstLine"), QString::number(f.firstLine));
    }
    valElement(QStringLiteral("jc"), f.jc);
    m_xml.writeEndElement(); // pPr
}

void WordXml::runProperties(const RunFormat &f) {
    m_xml.writeStartElement(kWordNs, QStringLiteral("rPr"));
    if (!f.font.isEmpty()) {
        m_xml.writeEmptyElement(kWordNs, QStringLiteral("rFonts"));
        for (const char *slot : {"ascii", "eastAsia", "hAnsi", "cs"}) {
            m_xml.writeAttribute(kWordNs, QLatin1String(slot), f.font);
        }
    }
    if (f.bold) {
        m_xml.writeEmptyElement(kWordNs, QStringLiteral("b"));
        m_xml.writeEmptyElement(kWordNs, QStringLiteral("bCs"));
    }
    if (!f.color.isEmpty()) {
        valElement(QStringLiteral("color"), f.color);
    }
    if (f.spacingTwips != 0) {
        valElement(QStringLiteral("spacing"), QString::number(f.spacingTwips));
    }
    const QString halfPoints = QString::number(qRound(f.pt * 2));
    valElement(QStringLiteral("sz"), halfPoints);
    valElement(QStringLiteral("szCs"), halfPoints);
    m_xml.writeEndElement();
}

void WordXml::run(const QString &text, const RunFormat &format) {
    if (text.isEmpty()) {
        return;
    }
    m_xml.writeStartElement(kWordNs, QStringLiteral("r"));
    runProperties(format);
    const QStringList pieces = text.split(QLatin1Char('\t'));
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        if (i > 0) {
            m_xml.writeEmptyElement(kWordNs, QStringLiteral("tab"));
        }
        if (!pieces.at(i).isEmpty()) {
            m_xml.writeStartElement(kWordNs, QStringLiteral("t"));
            m_xml.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
            m_xml.writeCharacters(pieces.at(i));
            m_xml.writeEndElement();
        }
    }
    m_xml.writeEndElement();
}

void WordXml::pageField(const RunFormat &format, const QString &placeholder) {
    auto fieldChar = [&](const QString &type) {
        m_xml.writeStartElement(kWordNs, QStringLiteral("r"));
        runProperties(format);
        m_xml.writeEmptyElement(kWordNs, QStringLiteral("fldChar"));
        m_xml.writeAttribute(kWordNs, QStringLiteral("fldCharType"), type);
        m_xml.writeEndElement();
    };
    fieldChar(QStringLiteral("begin"));
    m_xml.writeStartElement(kWordNs, QStringLiteral("r"));
    runProperties(format);
    m_xml.writeStartElement(kWordNs, QStringLiteral("instrText"));
    m_xml.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
    m_xml.writeCharacters(QStringLiteral(" PAGE "));
    m_xml.writeEndElement();
    m_xml.writeEndElement();
    fieldChar(QStringLiteral("separate"));
    run(placeholder, format);
    fieldChar(QStringLiteral("end"));
}

} // namespace kuaibao
