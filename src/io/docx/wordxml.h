#pragma once

#include <QList>
#include <QString>
#include <QXmlStreamWriter>

namespace kuaibao {

// The WordprocessingML namespaces a kuaibao document uses.
inline const QString kWordNs =
    QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
inline const QString kRelNs =
    QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");

// How a run of text is set: font, size, weight, colour and extra letter spacing.
struct RunFormat {
    QString font;
    double pt = 16;
    bool bold = false;
    QString color;        // RRGGBB; empty for automatic (black)
    int spacingTwips = 0; // added after each character
};

// A paragraph border line: width in eighths of a point, distance from the text in points.
struct BorderLine {
    int eighths = 0; // 0: none
    QString color = QStringLiteral("000000");
    int spacePt = 0;
};

// The paragraph properties kuaibao sets. Paragraphs do not snap to the document grid: each
// sets its line height exactly, so that every word processor breaks lines and pages alike.
struct ParaFormat {
    QString styleId;                     // the paragraph style (Heading1 …); empty for Normal
    QString jc = QStringLiteral("both"); // both, center, left, right
    bool keepNext = false;
    bool snapToGrid = false;
    int exactLine = 0; // exact line height in twips; 0 for single spacing
    int before = 0;
    int after = 0;
    int left = 0;
    int right = 0;
    int hanging = 0;
    int firstLine = 0;    // twips
    QList<int> rightTabs; // positions in twips from the left margin
    BorderLine top;
    BorderLine bottom;
};

// A QXmlStreamWriter for WordprocessingML with the few elements kuaibao writes, each in the
// order the schema requires.
class WordXml {
public:
    explicit WordXml(QByteArray *target);

    QXmlStreamWriter &xml() { return m_xml; }
    // <w:NAME w:val="VALUE"/>
    void valElement(const QString &name, const QString &value);
    void beginParagraph(const ParaFormat &format);
    void endParagraph() { m_xml.writeEndElement(); }
    // A run; each '\t' in the text becomes a tab.
    void run(const QString &text, const RunFormat &format);
    void runProperties(const RunFormat &format);
    // The PAGE field, showing `placeholder` until the word processor updates it.
    void pageField(const RunFormat &format, const QString &placeholder);

private:
    void border(const QString &side, const BorderLine &line);

    QXmlStreamWriter m_xml;
};

} // namespace kuaibao
