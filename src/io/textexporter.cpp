#include "textexporter.h"

#include "core/chineseformat.h"

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

void appendArticle(QStringList &blocks, const Article &article) {
    if (!article.title.isEmpty()) {
        blocks << article.title;
    }
    for (int p = 0; p < article.paragraphs.size(); ++p) {
        QString text = article.paragraphs.at(p).text.toMarkup();
        if (p == article.paragraphs.size() - 1 && !article.attribution.isEmpty()) {
            text += QLatin1Char(' ') + article.attribution;
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
    QStringList blocks;
    blocks << m.nameLines.join(QLatin1Char(' '));
    blocks << mastheadNumberLine(m);
    blocks << m.office;
    blocks << chineseDate(m.date);
    for (const Section &section : issue.sections) {
        blocks << sectionHeading(section.name);
        if (section.kind == SectionKind::Briefs) {
            for (const BriefCategory &category : section.categories) {
                const QString label = QStringLiteral("【%1】").arg(category.name);
                if (category.items.isEmpty() && category.alsoUnits.isEmpty()) {
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
    QStringList contacts;
    for (const LabelledLine &line : f.contacts) {
        contacts << line.label + kColon + line.text;
    }
    if (!contacts.isEmpty()) {
        blocks << contacts.join(QLatin1Char(' '));
    }
    if (f.printRun) {
        blocks << QStringLiteral("共印%1份").arg(*f.printRun);
    }
    return blocks.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

} // namespace kuaibao
