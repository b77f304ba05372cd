#include "htmlexporter.h"

#include "textexporter.h"

#include "core/chineseformat.h"

#include <QStringList>

namespace kuaibao {

namespace {

const char *const kStyle =
    "body{margin:0;background:#f4f4f4;color:#111;font-family:\"FangSong\",\"仿宋\",\"Noto Serif "
    "CJK SC\",serif;"
    "line-height:1.8}"
    "main{max-width:42em;margin:2em auto;padding:2.5em 3em;background:#fff;box-shadow:0 0 .4em "
    "#bbb}"
    "header{text-align:center;border-bottom:2px solid #c00;padding-bottom:.6em;margin-bottom:1.2em}"
    ".name{color:#c00;font-family:\"SimSun\",\"宋体\",\"Noto Serif CJK "
    "SC\",serif;font-weight:bold;margin:0}"
    ".name .small{display:block;font-size:1.4em;letter-spacing:.1em}"
    ".name .large{display:block;font-size:2.6em;letter-spacing:.3em}"
    ".number{margin:.4em 0}"
    ".office-date{display:flex;justify-content:space-between}"
    "h2{font-family:\"SimHei\",\"黑体\",\"Noto Sans CJK "
    "SC\",sans-serif;font-size:1.15em;margin:1.4em 0 .4em}"
    "h3{text-align:center;font-family:\"SimHei\",\"黑体\",\"Noto Sans CJK "
    "SC\",sans-serif;font-size:1.05em}"
    "p{text-indent:2em;margin:.2em 0;text-align:justify}"
    ".level{font-size:1em;font-weight:normal;text-indent:2em;text-align:left;margin:.2em 0}"
    ".level1{font-family:\"SimHei\",\"黑体\",\"Noto Sans CJK SC\",sans-serif}"
    ".level2{font-family:\"KaiTi\",\"楷体\",\"AR PL UKai CN\",serif}"
    ".attribution{font-weight:normal}"
    ".unit{font-weight:bold}"
    "footer{margin-top:2em;border-top:1px solid #111;border-bottom:1px solid #111;padding:.4em 0}"
    "footer p{text-indent:0}"
    ".staff span{margin-right:2em}";

QString escaped(const QString &text) {
    return text.toHtmlEscaped();
}

QString richHtml(const RichText &text) {
    QString out;
    for (const TextRun &run : text.runs()) {
        out += run.bold ? QStringLiteral("<strong>%1</strong>").arg(escaped(run.text))
                        : escaped(run.text);
    }
    return out;
}

QString mastheadHtml(const Masthead &m) {
    QString name;
    for (qsizetype i = 0; i < m.nameLines.size(); ++i) {
        const bool large = i == m.nameLines.size() - 1;
        name += QStringLiteral("<span class=\"%1\">%2</span>")
                    .arg(large ? QStringLiteral("large") : QStringLiteral("small"),
                         escaped(m.nameLines.at(i)));
    }
    QString number = issueNumberLabel(m.number, m.series == Series::Supplement);
    if (m.cumulativeNumber) {
        number += QStringLiteral("（总第%1期）").arg(*m.cumulativeNumber);
    }
    return QStringLiteral(
               "<header><h1 class=\"name\">%1</h1><p class=\"number\">%2</p>"
               "<div class=\"office-date\"><span>%3</span><span>%4</span></div></header>\n")
        .arg(name, escaped(number), escaped(m.office), escaped(chineseDate(m.date)));
}

// A heading of level 1–4 (一、 （一） 1. （1）) below the article title's h3: h4, h5, h6, and
// for the fourth level a paragraph marked as a heading (HTML has no h7).
QString headingHtml(int level, const QString &html) {
    if (level >= 4) {
        return QStringLiteral(
                   "<p class=\"level level%1\" role=\"heading\" aria-level=\"%2\">%3</p>\n")
            .arg(QString::number(level), QString::number(level + 3), html);
    }
    return QStringLiteral("<h%1 class=\"level level%2\">%3</h%1>\n")
        .arg(QString::number(level + 3), QString::number(level), html);
}

QString articleHtml(const Article &article) {
    QString out;
    if (!article.title.isEmpty()) {
        out += QStringLiteral("<h3>%1</h3>\n").arg(escaped(article.title));
    }
    for (qsizetype p = 0; p < article.paragraphs.size(); ++p) {
        const Paragraph &paragraph = article.paragraphs.at(p);
        QString text = richHtml(paragraph.text);
        if (paragraph.isHeading()) {
            out += headingHtml(paragraph.level, text);
            if (p == article.paragraphs.size() - 1 && !article.attribution.isEmpty()) {
                out += QStringLiteral("<p class=\"attribution\">%1</p>\n")
                           .arg(escaped(article.attribution));
            }
            continue;
        }
        if (p == article.paragraphs.size() - 1 && !article.attribution.isEmpty()) {
            text += QStringLiteral(" <span class=\"attribution\">%1</span>")
                        .arg(escaped(article.attribution));
        }
        out += QStringLiteral("<p>%1</p>\n").arg(text);
    }
    if (article.paragraphs.isEmpty() && !article.attribution.isEmpty()) {
        out +=
            QStringLiteral("<p class=\"attribution\">%1</p>\n").arg(escaped(article.attribution));
    }
    return out;
}

QString categoryHtml(const BriefCategory &category) {
    QString out = QStringLiteral("<p><strong>【%1】</strong> ").arg(escaped(category.name));
    for (const BriefItem &item : category.items) {
        out += QStringLiteral("<span class=\"unit\">%1：</span>%2")
                   .arg(escaped(item.units.join(QStringLiteral("、"))), richHtml(item.text));
    }
    if (!category.alsoUnits.isEmpty()) {
        out += escaped(category.alsoUnits.join(QStringLiteral("、")) +
                       QStringLiteral("也开展了相关活动。"));
    }
    return out + QStringLiteral("</p>\n");
}

QString footerHtml(const Footer &f) {
    QString out = QStringLiteral("<footer>\n");
    if (!f.staff.isEmpty()) {
        QString staff;
        for (const StaffCredit &credit : f.staff) {
            staff += QStringLiteral("<span>%1：%2</span>")
                         .arg(escaped(credit.role), escaped(credit.name));
        }
        out += QStringLiteral("<p class=\"staff\">%1</p>\n").arg(staff);
    }
    for (const LabelledLine &line : f.distribution + f.contacts) {
        out += QStringLiteral("<p>%1：%2</p>\n").arg(escaped(line.label), escaped(line.text));
    }
    if (f.printRun) {
        out += QStringLiteral("<p>共印%1份</p>\n").arg(*f.printRun);
    }
    return out + QStringLiteral("</footer>\n");
}

} // namespace

QString exportIssueHtml(const Issue &issue) {
    const Masthead &m = issue.masthead;
    const QString title =
        m.name() + QLatin1Char(' ') + issueNumberLabel(m.number, m.series == Series::Supplement);
    QString body = mastheadHtml(m);
    for (const Section &section : issue.sections) {
        body +=
            QStringLiteral("<section>\n<h2>%1</h2>\n").arg(escaped(sectionHeading(section.name)));
        if (section.kind == SectionKind::Briefs) {
            for (const BriefCategory &category : section.categories) {
                if (!category.items.isEmpty() || !category.alsoUnits.isEmpty()) {
                    body += categoryHtml(category);
                }
            }
        } else {
            for (const Article &article : section.articles) {
                body += articleHtml(article);
            }
        }
        body += QStringLiteral("</section>\n");
    }
    body += footerHtml(issue.footer);
    return QStringLiteral(
               "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
               "<title>%1</title>\n<style>%2</style>\n</head>\n<body>\n<main>\n%3</main>\n</"
               "body>\n</html>\n")
        .arg(escaped(title), QString::fromUtf8(kStyle), body);
}

} // namespace kuaibao
