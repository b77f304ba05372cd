#include "samplereader.h"

#include <QFile>
#include <QRegularExpression>

namespace kuaibao::test {

namespace {

const QString kAttribution = QStringLiteral("（本刊）");

QString plain(const QString &markup) {
    return QString(markup).remove(QStringLiteral("**")).trimmed();
}

bool endsSentence(const QString &markup) {
    const QString text = plain(markup);
    return !text.isEmpty() && QStringLiteral("。！？”）】").contains(text.back());
}

BriefCategory readCategory(const QString &block) {
    const QString text = plain(block);
    const qsizetype close = text.indexOf(QStringLiteral("】"));
    BriefCategory category;
    category.name = text.mid(1, close - 1);
    QString rest = text.mid(close + 1).trimmed();
    const QString also = QStringLiteral("也开展了相关活动。");
    if (rest.endsWith(also)) {
        const qsizetype start =
            rest.lastIndexOf(QStringLiteral("。"), rest.size() - also.size() - 1) + 1;
        category.alsoUnits =
            rest.mid(start, rest.size() - also.size() - start).split(QStringLiteral("、"));
        rest = rest.left(start);
    }
    static const QRegularExpression label(QStringLiteral("(?:^|(?<=。))([^。：，]{2,15})："));
    QList<QRegularExpressionMatch> matches;
    for (auto it = label.globalMatch(rest); it.hasNext();) {
        matches << it.next();
    }
    for (qsizetype i = 0; i < matches.size(); ++i) {
        const qsizetype from = matches.at(i).capturedEnd();
        const qsizetype to =
            i + 1 < matches.size() ? matches.at(i + 1).capturedStart() : rest.size();
        category.items << BriefItem{matches.at(i).captured(1).split(QStringLiteral("、")),
                                    RichText(rest.mid(from, to - from))};
    }
    return category;
}

QList<LabelledLine> readPairs(const QString &line) {
    QList<LabelledLine> pairs;
    for (const QString &part :
         line.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        const qsizetype colon = part.indexOf(QStringLiteral("："));
        pairs << LabelledLine{part.left(colon), part.mid(colon + 1)};
    }
    return pairs;
}

} // namespace

std::optional<SampleIssue> readSampleIssue(const QString &path) {
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    const QString text =
        QString::fromUtf8(file.readAll()).replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QStringList blocks;
    for (const QString &block :
         text.split(QRegularExpression(QStringLiteral("\\n\\s*\\n")), Qt::SkipEmptyParts)) {
        if (!block.trimmed().isEmpty()) {
            blocks << block.trimmed();
        }
    }
    if (blocks.size() < 8) {
        return std::nullopt;
    }
    SampleIssue sample;
    Issue &issue = sample.issue;
    issue.masthead.nameLines = blocks.at(0).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    issue.masthead.number =
        QString(blocks.at(1)).remove(QStringLiteral("第")).remove(QStringLiteral("期")).toInt();
    issue.masthead.office = blocks.at(2);
    issue.masthead.date = QDate::fromString(blocks.at(3), QStringLiteral("yyyy年M月d日"));
    issue.status = IssueStatus::Published;
    issue.templateId = QStringLiteral("mentougou");
    issue.templateVersion = 1;

    bool articleOpen = false;
    for (qsizetype b = 4; b < blocks.size(); ++b) {
        const QString &block = blocks.at(b);
        const QString flat = plain(block);
        if (QRegularExpression(QStringLiteral("^【[^】]+】$")).match(flat).hasMatch()) {
            const QString name = flat.mid(1, flat.size() - 2).remove(QLatin1Char(' '));
            const SectionKind kind =
                name == QStringLiteral("简讯") ? SectionKind::Briefs : SectionKind::Articles;
            issue.sections << Section{name, kind, {}, {}};
            articleOpen = false;
            continue;
        }
        if (flat.startsWith(QStringLiteral("编校："))) {
            for (const LabelledLine &pair : readPairs(flat)) {
                issue.footer.staff << StaffCredit{pair.label, pair.text};
            }
            continue;
        }
        if (flat.startsWith(QStringLiteral("报：")) || flat.startsWith(QStringLiteral("发："))) {
            issue.footer.distribution << readPairs(flat);
            continue;
        }
        if (flat.startsWith(QStringLiteral("电子邮箱："))) {
            issue.footer.contacts = readPairs(flat);
            continue;
        }
        Section &section = issue.sections.last();
        if (section.kind == SectionKind::Briefs) {
            section.categories << readCategory(block);
            sample.paragraphs << flat;
            continue;
        }
        QStringList lines = block.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (!articleOpen) {
            section.articles << Article();
            articleOpen = true;
            if (!endsSentence(lines.first()) && plain(lines.first()).size() < 40) {
                section.articles.last().title = plain(lines.takeFirst());
            }
        }
        Article &article = section.articles.last();
        if (lines.isEmpty()) {
            continue;
        }
        // A paragraph cut by a page break goes on in this block's first line.
        if (!article.paragraphs.isEmpty() &&
            !endsSentence(article.paragraphs.last().text.toMarkup())) {
            const QString joined =
                article.paragraphs.last().text.toMarkup() + lines.first().trimmed();
            sample.pageStarts << plain(lines.first()).left(12);
            article.paragraphs.last().text = RichText::fromMarkup(joined);
            sample.paragraphs.last() = plain(joined);
            lines.removeFirst();
        }
        for (const QString &line : lines) {
            QString markup = line.trimmed();
            for (const QString &ending :
                 {QStringLiteral("**%1**").arg(kAttribution), kAttribution}) {
                if (markup.endsWith(ending)) {
                    markup = markup.chopped(ending.size()).trimmed();
                    article.attribution = kAttribution;
                    articleOpen = false;
                    break;
                }
            }
            article.paragraphs << Paragraph{RichText::fromMarkup(markup)};
            sample.paragraphs << plain(markup);
        }
    }
    return sample;
}

} // namespace kuaibao::test
