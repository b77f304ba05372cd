#include "docxfooter.h"

#include <cmath>

namespace kuaibao {

namespace {

const QString kColon = QStringLiteral("：");
const QString kWideSpace = QStringLiteral("\u3000");

int twips(double pt) {
    return int(std::lround(pt * 20));
}

} // namespace

void writeFooterBlock(WordXml &w, const DocxStyle &style, const Footer &f) {
    // The 版记 as a one-column table floating at the bottom of the type area of the last page;
    // its rules are the rows' cell borders, the full type width.
    struct Row {
        QList<std::pair<QString, ParaFormat>> lines;
        int top = 0; // rule above, eighths of a point
        int bottom = 0;
    };
    QList<Row> rows;
    int pendingRule = 0;
    const int pitch = style.linePitch();
    const int indent = twips(style.footerIndentChars * style.footerPt);
    auto line = [&](int left, int hanging, const QString &jc) {
        ParaFormat p;
        p.jc = jc;
        p.exactLine = pitch;
        p.left = left;
        p.hanging = hanging;
        return p;
    };
    auto addRow = [&](const QList<std::pair<QString, ParaFormat>> &lines) {
        if (lines.isEmpty()) {
            return;
        }
        rows << Row{lines, pendingRule, 0};
        pendingRule = 0;
    };
    auto rule = [&](double mm) {
        const int eighths = qBound(2, int(std::lround(mm * 72 / 25.4 * 8)), 96);
        if (pendingRule == 0 && !rows.isEmpty() && rows.last().bottom == 0) {
            rows.last().bottom = eighths;
        } else {
            pendingRule = qMax(pendingRule, eighths);
        }
    };
    for (const QString &kind : style.footerRows) {
        if (kind == QLatin1String("outerRule")) {
            rule(style.outerRuleMm);
        } else if (kind == QLatin1String("innerRule")) {
            rule(style.innerRuleMm);
        } else if (kind == QLatin1String("staff")) {
            QStringList items;
            for (const StaffCredit &credit : f.staff) {
                if (!credit.name.trimmed().isEmpty()) {
                    items << credit.role + kColon + credit.name;
                }
            }
            if (!items.isEmpty()) {
                addRow({{items.join(kWideSpace), line(indent, 0, QStringLiteral("left"))}});
            }
        } else if (kind == QLatin1String("distribution")) {
            QList<std::pair<QString, ParaFormat>> lines;
            for (const LabelledLine &l : f.distribution) {
                // Wrapped lines start under the text after the colon.
                const int hang = twips((l.label.size() + 1) * style.footerPt);
                lines << std::pair{l.label + kColon + l.text,
                                   line(indent + hang, hang, QStringLiteral("left"))};
            }
            addRow(lines);
        } else if (kind == QLatin1String("contacts")) {
            QStringList items;
            for (const LabelledLine &l : f.contacts) {
                items << l.label + kColon + l.text;
            }
            if (!items.isEmpty()) {
                addRow({{items.join(kWideSpace), line(indent, 0, QStringLiteral("left"))}});
            }
        } else if (kind == QLatin1String("printRun") && f.printRun) {
            ParaFormat p = line(0, 0, QStringLiteral("right"));
            p.right = indent;
            addRow({{QStringLiteral("（共印%1份）").arg(*f.printRun), p}});
        }
    }
    if (rows.isEmpty()) {
        return;
    }
    if (pendingRule > 0) {
        rows.last().bottom = qMax(rows.last().bottom, pendingRule);
    }
    // The rules take no line of their own: the lines give up the rules' height between them.
    int ruleTwips = 0;
    int lineCount = 0;
    for (const Row &row : rows) {
        ruleTwips += (row.top + row.bottom) * 20 / 8;
        lineCount += int(row.lines.size());
    }
    const int shrink = (ruleTwips + lineCount - 1) / qMax(1, lineCount);
    for (Row &row : rows) {
        for (auto &entry : row.lines) {
            entry.second.exactLine = pitch - shrink;
        }
    }

    QXmlStreamWriter &xml = w.xml();
    // A twip narrower than the type area: LibreOffice sets a table as wide as the type area
    // inline, where it ignores the position.
    const QString width = QString::number(style.textWidth() - 1);
    auto dxa = [&](const QString &name, const QString &value) {
        xml.writeEmptyElement(kWordNs, name);
        xml.writeAttribute(kWordNs, QStringLiteral("w"), value);
        xml.writeAttribute(kWordNs, QStringLiteral("type"), QStringLiteral("dxa"));
    };
    auto cellBorder = [&](const QString &side, int eighths) {
        xml.writeEmptyElement(kWordNs, side);
        xml.writeAttribute(kWordNs, QStringLiteral("val"), QStringLiteral("single"));
        xml.writeAttribute(kWordNs, QStringLiteral("sz"), QString::number(eighths));
        xml.writeAttribute(kWordNs, QStringLiteral("space"), QStringLiteral("0"));
        xml.writeAttribute(kWordNs, QStringLiteral("color"), QStringLiteral("000000"));
    };
    xml.writeStartElement(kWordNs, QStringLiteral("tbl"));
    xml.writeStartElement(kWordNs, QStringLiteral("tblPr"));
    xml.writeEmptyElement(kWordNs, QStringLiteral("tblpPr"));
    xml.writeAttribute(kWordNs, QStringLiteral("leftFromText"), QStringLiteral("0"));
    xml.writeAttribute(kWordNs, QStringLiteral("rightFromText"), QStringLiteral("0"));
    xml.writeAttribute(kWordNs, QStringLiteral("vertAnchor"), QStringLiteral("margin"));
    xml.writeAttribute(kWordNs, QStringLiteral("horzAnchor"), QStringLiteral("margin"));
    xml.writeAttribute(kWordNs, QStringLiteral("tblpYSpec"), QStringLiteral("bottom"));
    w.valElement(QStringLiteral("tblOverlap"), QStringLiteral("never"));
    dxa(QStringLiteral("tblW"), width);
    xml.writeEmptyElement(kWordNs, QStringLiteral("tblLayout"));
    xml.writeAttribute(kWordNs, QStringLiteral("type"), QStringLiteral("fixed"));
    xml.writeStartElement(kWordNs, QStringLiteral("tblCellMar"));
    dxa(QStringLiteral("left"), QStringLiteral("0"));
    dxa(QStringLiteral("right"), QStringLiteral("0"));
    xml.writeEndElement();
    xml.writeEndElement(); // tblPr
    xml.writeStartElement(kWordNs, QStringLiteral("tblGrid"));
    xml.writeEmptyElement(kWordNs, QStringLiteral("gridCol"));
    xml.writeAttribute(kWordNs, QStringLiteral("w"), width);
    xml.writeEndElement();
    const RunFormat text{style.bodyFont, style.footerPt, false, {}, 0};
    for (const Row &row : rows) {
        xml.writeStartElement(kWordNs, QStringLiteral("tr"));
        xml.writeStartElement(kWordNs, QStringLiteral("tc"));
        xml.writeStartElement(kWordNs, QStringLiteral("tcPr"));
        dxa(QStringLiteral("tcW"), width);
        if (row.top > 0 || row.bottom > 0) {
            xml.writeStartElement(kWordNs, QStringLiteral("tcBorders"));
            if (row.top > 0) {
                cellBorder(QStringLiteral("top"), row.top);
            }
            if (row.bottom > 0) {
                cellBorder(QStringLiteral("bottom"), row.bottom);
            }
            xml.writeEndElement();
        }
        xml.writeEndElement(); // tcPr
        for (const auto &[content, format] : row.lines) {
            w.beginParagraph(format);
            w.run(content, text);
            w.endParagraph();
        }
        xml.writeEndElement(); // tc
        xml.writeEndElement(); // tr
    }
    xml.writeEndElement(); // tbl
}

} // namespace kuaibao
