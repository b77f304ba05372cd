#include "textexporter.h"

#include "core/issuevalidator.h"

#include "footerparser.h"
#include "headinglines.h"

#include "core/chineseformat.h"

#include <QRegularExpression>
#include <QStringList>

namespace kuaibao {

namespace {

const QString kAlsoTookPart = QStringLiteral("也开展了相关活动。");
const QString kListSeparator = QStringLiteral("、");
const QString kColon = QStringLiteral("：");

QString mastheadNumberLine(const Masthead &m) {
    QString line = issueNumberLabel(m.number, m.series == Series::Supplement);
    if (m.cumulativeNumber) {
        line += QStringLiteral("（总第%1期）").arg(*m.cumulativeNumber);
    }
    return line;
}

// The name on one line, its two parts apart (the sample's form); on two lines when a part holds
// white space itself, so that the importer cannot split it in the wrong place.
QStringList mastheadNameBlocks(const QStringList &nameLines) {
    static const QRegularExpression space(QStringLiteral("\\s"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    if (nameLines.size() == 2 &&
        (nameLines.at(0).contains(space) || nameLines.at(1).contains(space))) {
        return nameLines;
    }
    return {nameLines.join(QLatin1Char(' '))};
}

// The text blocks of the issue, separated by a blank line; a block may be written straight
// under the one before when a blank line between them would change how they read back.
class Blocks {
public:
    Blocks &operator<<(const QString &block) {
        if (m_underLast && !m_blocks.isEmpty()) {
            m_blocks.last() += QLatin1Char('\n') + block;
        } else {
            m_blocks << block;
        }
        m_underLast = false;
        return *this;
    }
    Blocks &operator<<(const QStringList &blocks) {
        for (const QString &block : blocks) {
            *this << block;
        }
        return *this;
    }
    // The next block goes on the next line, with no blank line between.
    void nextUnder() { m_underLast = true; }
    QString joined() const { return m_blocks.join(QStringLiteral("\n\n")) + QLatin1Char('\n'); }

private:
    QStringList m_blocks;
    bool m_underLast = false;
};

// A heading as its text when the importer recognises it by its numbering, else marked `# `.
QString headingLine(const Paragraph &paragraph) {
    const QString markup = paragraph.text.toMarkup();
    if (paragraph.text.trimmed().isEmpty()) {
        return markup; // an empty paragraph is not written, heading or not
    }
    if (HeadingLines::levelOf(paragraph.text.plainText(), true) == paragraph.level &&
        HeadingLines::markedLevel(markup, nullptr) == 0) {
        return markup;
    }
    return HeadingLines::marker(paragraph.level) + markup;
}

void appendArticle(Blocks &blocks, const Article &article) {
    if (!article.title.isEmpty()) {
        blocks << article.title;
    }
    for (int p = 0; p < article.paragraphs.size(); ++p) {
        const Paragraph &paragraph = article.paragraphs.at(p);
        const bool last = p == article.paragraphs.size() - 1;
        if (paragraph.isHeading()) {
            blocks << headingLine(paragraph);
            if (last && !article.attribution.isEmpty()) {
                blocks << article.attribution; // on its own line: a heading takes none
            }
            continue;
        }
        QString text = paragraph.text.toMarkup();
        if (last && !article.attribution.isEmpty()) {
            text += QLatin1Char(' ') + article.attribution;
        } else if (HeadingLines::levelOf(paragraph.text.plainText(), true) > 0) {
            // It starts like a heading and ends a sentence: with no blank line after it, it
            // reads back as a paragraph.
            blocks << text;
            blocks.nextUnder();
            continue;
        }
        blocks << text;
    }
    if (article.paragraphs.isEmpty() && !article.attribution.isEmpty()) {
        blocks << article.attribution;
    }
}

QString staffLine(const QList<StaffCredit> &staff) {
    QStringList parts;
    for (const StaffCredit &credit : staff) {
        parts << credit.role + kColon + credit.name;
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace

QString sectionHeading(const QString &name) {
    if (name.size() == 2) {
        return QStringLiteral("【%1 %2】").arg(name.at(0)).arg(name.at(1));
    }
    return QStringLiteral("【%1】").arg(name);
}

RichText briefCategoryText(const BriefCategory &category) {
    RichText text;
    for (const BriefItem &item : category.items) {
        if (isBlankItem(item)) {
            continue; // not filled in yet: nothing to export
        }
        text.append(item.units.join(kListSeparator) + kColon);
        text.append(item.text);
    }
    if (!category.alsoUnits.isEmpty()) {
        text.append(category.alsoUnits.join(kListSeparator) + kAlsoTookPart);
    }
    return text;
}

QString exportIssueText(const Issue &issue) {
    const Masthead &m = issue.masthead;
    Blocks blocks;
    blocks << mastheadNameBlocks(m.nameLines);
    blocks << mastheadNumberLine(m);
    blocks << m.office;
    blocks << chineseDate(m.date);
    for (const Section &section : issue.sections) {
        blocks << sectionHeading(section.name);
        if (section.kind == SectionKind::Briefs) {
            for (const BriefCategory &category : section.categories) {
                const QString label = QStringLiteral("【%1】").arg(category.name);
                if (briefCategoryText(category).isEmpty()) {
                    blocks << label; // kept, so that the importer gives the empty category back
                } else {
                    blocks << label + QLatin1Char(' ') + briefCategoryText(category).toMarkup();
                }
            }
        } else {
            for (const Article &article : section.articles) {
                appendArticle(blocks, article);
            }
        }
    }
    const Footer &f = issue.footer;
    if (!f.staff.isEmpty()) {
        blocks << staffLine(f.staff);
    }
    for (const LabelledLine &line : f.distribution) {
        blocks << line.label + kColon + line.text;
    }
    // Contacts share one line (电子邮箱：… 电话：…) when the importer can split it again.
    bool shareLine = true;
    QStringList contacts;
    for (const LabelledLine &line : f.contacts) {
        contacts << line.label + kColon + line.text;
        shareLine = shareLine && footerContactLabels().contains(line.label);
    }
    if (!contacts.isEmpty()) {
        blocks << (shareLine ? QStringList{contacts.join(QLatin1Char(' '))} : contacts);
    }
    if (f.printRun) {
        blocks << QStringLiteral("共印%1份").arg(*f.printRun);
    }
    return blocks.joined();
}

} // namespace kuaibao
