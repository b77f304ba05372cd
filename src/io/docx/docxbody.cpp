#include "docxbody.h"

#include "docxfooter.h"
#include "wordxml.h"

#include "core/chineseformat.h"
#include "io/textexporter.h"

#include <cmath>
#include <functional>

namespace kuaibao {

namespace {

const QString kColon = QStringLiteral("：");
const QString kListSeparator = QStringLiteral("、");
const QString kAlsoTookPart = QStringLiteral("也开展了相关活动。");
const QString kWideSpace = QStringLiteral("\u3000");

// The width of a line of text in ems: ideographs one em, Latin letters and digits half.
double ems(const QString &text) {
    double width = 0;
    for (QChar c : text) {
        width += c.unicode() < 0x2E80 ? 0.5 : 1.0;
    }
    return width;
}

int twips(double pt) {
    return int(std::lround(pt * 20));
}

// Writes the body of document.xml, block by block.
class BodyWriter {
public:
    BodyWriter(WordXml &w, const DocxStyle &style) : m_w(w), m_s(style) {}

    void masthead(const Masthead &m);
    void section(const Section &section);
    void footer(const Footer &footer);
    void sectionProperties();

    // Paragraphs begun so far; before beginning paragraph number `at` (counted from 1), runs
    // `hook`.
    int paragraphs() const { return m_paragraphs; }
    void beforeParagraph(int at, std::function<void()> hook) {
        m_hookAt = at;
        m_hook = std::move(hook);
    }

private:
    // Type of `pt` set a little tight where the grid's character is narrower than the type, so
    // that a line holds the grid's 28 characters of 16 pt in 156 mm and never a 29th: each
    // character takes the type width over 28½.
    int tracking(double pt) const {
        const double pitch = double(m_s.textWidth()) / (m_s.charsPerLine + 0.5);
        return qMin(0, int(std::floor(pitch - twips(pt))));
    }
    RunFormat body(bool bold = false) const {
        return {m_s.bodyFont, m_s.bodyPt, bold, {}, tracking(m_s.bodyPt)};
    }
    // A grid line high, the first line indented.
    ParaFormat line() const {
        ParaFormat p;
        p.exactLine = m_s.linePitch();
        return p;
    }
    ParaFormat bodyParagraph() const {
        ParaFormat p = line();
        p.firstLine = int(std::lround(m_s.firstLineIndentChars * m_s.charPitch()));
        return p;
    }
    void rich(const RichText &text) {
        for (const TextRun &run : text.runs()) {
            m_w.run(run.text, body(run.bold));
        }
    }
    void article(const Article &article);
    void heading(const Paragraph &paragraph);
    void brief(const BriefCategory &category);
    void blankLine();

    void begin(const ParaFormat &format) {
        if (++m_paragraphs == m_hookAt && m_hook) {
            m_hook();
        }
        m_w.beginParagraph(format);
    }

    WordXml &m_w;
    const DocxStyle &m_s;
    int m_paragraphs = 0;
    int m_hookAt = 0;
    std::function<void()> m_hook;
};

void BodyWriter::masthead(const Masthead &m) {
    const double typeWidthPt = m_s.textWidth() / 20.0;
    const int pitch = m_s.linePitch();
    struct Line {
        QString text;
        double pt;
        double spacingEm;
    };
    QList<Line> lines;
    for (qsizetype i = 0; i < m.nameLines.size(); ++i) {
        const QString &text = m.nameLines.at(i);
        const bool small = m.nameLines.size() == 2 && i == 0;
        const bool shortName = !small && text.size() <= m_s.shortNameChars;
        const double maxPt =
            small ? m_s.smallNameMaxPt : (shortName ? m_s.largeNameMaxPt : m_s.singleNameMaxPt);
        const double spacing = shortName ? m_s.largeNameSpacingEm : 0;
        const double ems =
            qMax<double>(1, text.size() + spacing * qMax<double>(0, text.size() - 1));
        // Ideographs are one em wide: fit the line to the type width, in half points.
        lines << Line{text, std::floor(qMin(maxPt, typeWidthPt / ems) * 2) / 2, spacing};
    }
    double sizes = 0;
    for (const Line &line : lines) {
        sizes += line.pt;
    }
    // The name takes its grid lines, shared among its lines in proportion to their size.
    const int nameHeight = m_s.nameGridLines * pitch;
    for (const Line &line : lines) {
        ParaFormat p;
        p.jc = QStringLiteral("center");
        p.exactLine = int(nameHeight * line.pt / qMax(1.0, sizes));
        begin(p);
        m_w.run(line.text, {m_s.mastheadFont, line.pt, false, m_s.mastheadColor,
                            twips(line.spacingEm * line.pt)});
        m_w.endParagraph();
    }

    QString number = issueNumberLabel(m.number, m.series == Series::Supplement);
    if (m.cumulativeNumber) {
        number += QStringLiteral("（总第%1期）").arg(*m.cumulativeNumber);
    }
    ParaFormat numberLine;
    numberLine.jc = QStringLiteral("center");
    numberLine.exactLine = pitch;
    begin(numberLine);
    m_w.run(number, {m_s.bodyFont, m_s.numberPt, false, {}, 0});
    m_w.endParagraph();

    // Office flush left, date flush right, the red rule under them as the paragraph's border;
    // the body starts on the grid line after the one the rule is drawn in.
    ParaFormat office;
    office.jc = QStringLiteral("left");
    office.exactLine = pitch;
    office.rightTabs << m_s.textWidth();
    office.bottom.eighths = qBound(2, int(std::lround(m_s.ruleWidthPt * 8)), 96);
    office.bottom.color = m_s.mastheadColor;
    office.bottom.spacePt = qBound(0, int(std::lround(m_s.ruleGapMm * 72 / 25.4 - 2)), 31);
    const int borderHeight = twips(office.bottom.spacePt + office.bottom.eighths / 8.0);
    office.after = qMax(0, pitch - borderHeight - 20);
    // Office and date shrink together when they do not fit with a character between them.
    const QString date = chineseDate(m.date);
    const double needed = ems(m.office) + ems(date) + 1;
    double officePt = m_s.officePt;
    if (needed * officePt > typeWidthPt) {
        officePt = std::floor(typeWidthPt / needed * 2) / 2;
    }
    begin(office);
    m_w.run(m.office + QLatin1Char('\t') + date, {m_s.bodyFont, officePt, false, {}, 0});
    m_w.endParagraph();
}

void BodyWriter::blankLine() {
    begin(bodyParagraph());
    m_w.endParagraph();
}

void BodyWriter::section(const Section &section) {
    for (int i = 0; i < m_s.blankLinesBeforeHeading; ++i) {
        blankLine();
    }
    ParaFormat heading = line();
    heading.jc = QStringLiteral("left");
    heading.keepNext = true;
    heading.left = int(std::lround(m_s.headingIndentChars * m_s.charPitch()));
    begin(heading);
    // A two-character name is spread over four characters: 【简　　讯】.
    const QString text =
        section.name.size() == 2
            ? QStringLiteral("【%1%2%2%3】").arg(section.name.at(0), kWideSpace, section.name.at(1))
            : sectionHeading(section.name);
    m_w.run(text, {m_s.headingFont, m_s.headingPt, false, {}, tracking(m_s.headingPt)});
    m_w.endParagraph();
    if (section.kind == SectionKind::Articles) {
        for (const Article &a : section.articles) {
            article(a);
        }
        return;
    }
    for (const BriefCategory &category : section.categories) {
        if (!category.items.isEmpty() || !category.alsoUnits.isEmpty()) {
            brief(category);
        }
    }
}

void BodyWriter::article(const Article &article) {
    if (!article.title.trimmed().isEmpty()) {
        ParaFormat title = line();
        title.jc = QStringLiteral("center");
        title.keepNext = true;
        begin(title);
        m_w.run(article.title.trimmed(),
                {m_s.titleFont, m_s.titlePt, false, {}, tracking(m_s.titlePt)});
        m_w.endParagraph();
    }
    for (qsizetype i = 0; i < article.paragraphs.size(); ++i) {
        const bool last = i == article.paragraphs.size() - 1;
        if (const Paragraph &paragraph = article.paragraphs.at(i); paragraph.isHeading()) {
            heading(paragraph);
            if (last && !article.attribution.isEmpty()) {
                ParaFormat tag = line();
                tag.jc = QStringLiteral("right");
                begin(tag);
                m_w.run(article.attribution, body());
                m_w.endParagraph();
            }
            continue;
        }
        ParaFormat p = bodyParagraph();
        const bool tagged = last && !article.attribution.isEmpty();
        if (tagged && m_s.attributionRight) {
            p.rightTabs << m_s.textWidth();
        }
        begin(p);
        rich(article.paragraphs.at(i).text);
        if (tagged) {
            // （本刊） flush right on the last line, or on a line of its own when it does not fit.
            m_w.run((m_s.attributionRight ? QStringLiteral("\t") : QStringLiteral(" ")) +
                        article.attribution,
                    body());
        }
        m_w.endParagraph();
    }
    if (article.paragraphs.isEmpty() && !article.attribution.isEmpty()) {
        ParaFormat p = line();
        p.jc = QStringLiteral("right");
        begin(p);
        m_w.run(article.attribution, body());
        m_w.endParagraph();
    }
}

// A heading of level 1–4 (GB/T 9704 §7.3.3): its level's style and face, the body size, two
// characters in, never centred, kept with the paragraph after it.
void BodyWriter::heading(const Paragraph &paragraph) {
    ParaFormat p = bodyParagraph();
    p.styleId = DocxStyle::levelStyleId(paragraph.level);
    p.jc = QStringLiteral("left");
    p.keepNext = true;
    begin(p);
    for (const TextRun &run : paragraph.text.runs()) {
        m_w.run(run.text,
                {m_s.levelFont(paragraph.level), m_s.bodyPt, run.bold, {}, tracking(m_s.bodyPt)});
    }
    m_w.endParagraph();
}

void BodyWriter::brief(const BriefCategory &category) {
    begin(bodyParagraph());
    m_w.run(QStringLiteral("【%1】").arg(category.name), body(true));
    m_w.run(QStringLiteral(" "), body());
    for (const BriefItem &item : category.items) {
        m_w.run(item.units.join(kListSeparator) + kColon, body(true));
        rich(item.text);
    }
    if (!category.alsoUnits.isEmpty()) {
        m_w.run(category.alsoUnits.join(kListSeparator) + kAlsoTookPart, body());
    }
    m_w.endParagraph();
}

void BodyWriter::footer(const Footer &f) {
    writeFooterBlock(m_w, m_s, f);
}

void BodyWriter::sectionProperties() {
    QXmlStreamWriter &xml = m_w.xml();
    xml.writeStartElement(kWordNs, QStringLiteral("sectPr"));
    auto footerRef = [&](const QString &type, const QString &id) {
        xml.writeEmptyElement(kWordNs, QStringLiteral("footerReference"));
        xml.writeAttribute(kWordNs, QStringLiteral("type"), type);
        xml.writeAttribute(kRelNs, QStringLiteral("id"), id);
    };
    footerRef(QStringLiteral("default"), QStringLiteral("rIdFooterOdd"));
    footerRef(QStringLiteral("even"), QStringLiteral("rIdFooterEven"));
    if (!m_s.numberFirstPage) {
        footerRef(QStringLiteral("first"), QStringLiteral("rIdFooterFirst"));
    }
    xml.writeEmptyElement(kWordNs, QStringLiteral("pgSz"));
    xml.writeAttribute(kWordNs, QStringLiteral("w"), QString::number(m_s.pageWidth));
    xml.writeAttribute(kWordNs, QStringLiteral("h"), QString::number(m_s.pageHeight));
    // The page number's baseline sits pageNumberGap below the type area.
    const int footerDistance =
        qMax(0, m_s.marginBottom - mmToTwips(m_s.pageNumberGapMm) - twips(m_s.pageNumberPt * 0.3));
    xml.writeEmptyElement(kWordNs, QStringLiteral("pgMar"));
    xml.writeAttribute(kWordNs, QStringLiteral("top"), QString::number(m_s.marginTop));
    xml.writeAttribute(kWordNs, QStringLiteral("right"), QString::number(m_s.marginRight));
    xml.writeAttribute(kWordNs, QStringLiteral("bottom"), QString::number(m_s.marginBottom));
    xml.writeAttribute(kWordNs, QStringLiteral("left"), QString::number(m_s.marginLeft));
    xml.writeAttribute(kWordNs, QStringLiteral("header"), QString::number(851));
    xml.writeAttribute(kWordNs, QStringLiteral("footer"), QString::number(footerDistance));
    xml.writeAttribute(kWordNs, QStringLiteral("gutter"), QStringLiteral("0"));
    if (!m_s.numberFirstPage) {
        xml.writeEmptyElement(kWordNs, QStringLiteral("titlePg")); // page 1 has no number
    }
    // The grid: linesPerPage lines fill the type area. The paragraphs set their lines exactly
    // at its pitch, and charsPerLine characters a line by character spacing; the grid has no
    // character pitch of its own, because LibreOffice sets a character grid by whole cells (a
    // 16 pt character would take two 15.8 pt cells) where Word compresses the characters.
    xml.writeEmptyElement(kWordNs, QStringLiteral("docGrid"));
    xml.writeAttribute(kWordNs, QStringLiteral("type"), QStringLiteral("lines"));
    xml.writeAttribute(kWordNs, QStringLiteral("linePitch"), QString::number(m_s.linePitch()));
    xml.writeEndElement();
}

} // namespace

QByteArray docxDocumentXml(const Issue &issue, const DocxStyle &style) {
    QByteArray bytes;
    WordXml w(&bytes);
    QXmlStreamWriter &xml = w.xml();
    xml.writeStartDocument();
    xml.writeNamespace(kWordNs, QStringLiteral("w"));
    xml.writeNamespace(kRelNs, QStringLiteral("r"));
    xml.writeStartElement(kWordNs, QStringLiteral("document"));
    xml.writeStartElement(kWordNs, QStringLiteral("body"));
    // The 版记 floats at the bottom of the page of the paragraph it is anchored to, the one
    // after it: it goes just before the last paragraph, so that no paragraph of its own (which
    // word processors place below it) can spill onto a page after it.
    QByteArray scratch;
    WordXml counting(&scratch);
    BodyWriter counter(counting, style);
    counter.masthead(issue.masthead);
    for (const Section &section : issue.sections) {
        counter.section(section);
    }
    BodyWriter writer(w, style);
    writer.beforeParagraph(counter.paragraphs(), [&] { writer.footer(issue.footer); });
    writer.masthead(issue.masthead);
    for (const Section &section : issue.sections) {
        writer.section(section);
    }
    writer.sectionProperties();
    xml.writeEndElement(); // body
    xml.writeEndElement(); // document
    xml.writeEndDocument();
    return bytes;
}

} // namespace kuaibao
