#include "savestamp.h"

#include <QRegularExpression>

namespace kuaibao {

namespace {

// A long paragraph so that one save spans several database pages.
QString bodyText(const QString &writer, int revision, int section, int paragraph) {
    const QString sentence = QStringLiteral("%1 第%2次保存 第%3节 第%4段：检查督导落实情况，"
                                            "要求限期整改，确保创城工作取得实效。")
                                 .arg(writer)
                                 .arg(revision)
                                 .arg(section + 1)
                                 .arg(paragraph + 1);
    return sentence.repeated(6);
}

} // namespace

Issue stampedIssue(int number, const QString &writer, int revision) {
    Issue issue;
    issue.masthead.nameLines = {QStringLiteral("可靠性测试"),
                                QStringLiteral("工作快报 %1 %2").arg(writer).arg(revision)};
    issue.masthead.number = number;
    issue.masthead.cumulativeNumber = revision;
    issue.masthead.office = QStringLiteral("stamp:%1:%2").arg(writer).arg(revision);
    issue.masthead.date = QDate(2024, 1, 1).addDays(number);
    issue.templateId = QStringLiteral("save-loop");
    issue.templateVersion = revision % 7;

    const int articleSections = 1 + revision % 3;
    for (int s = 0; s < articleSections; ++s) {
        Section section{
            QStringLiteral("栏目%1 %2").arg(s + 1).arg(revision), SectionKind::Articles, {}, {}};
        Article article;
        article.title = QStringLiteral("%1 的第%2次保存").arg(writer).arg(revision);
        const int paragraphs = 2 + (revision + s) % 5;
        for (int p = 0; p < paragraphs; ++p) {
            article.paragraphs << Paragraph{RichText::fromMarkup(
                QStringLiteral("**%1** ").arg(revision) + bodyText(writer, revision, s, p))};
        }
        article.attribution = QStringLiteral("（%1）").arg(writer);
        section.articles << article;
        issue.sections << section;
    }
    Section briefs{QStringLiteral("简讯"), SectionKind::Briefs, {}, {}};
    const int categories = 1 + revision % 4;
    for (int c = 0; c < categories; ++c) {
        BriefCategory category{QStringLiteral("类别%1-%2").arg(c + 1).arg(revision), {}, {}};
        for (int i = 0; i <= (revision + c) % 3; ++i) {
            category.items << BriefItem{{QStringLiteral("单位%1-%2").arg(i).arg(revision)},
                                        RichText(bodyText(writer, revision, c, i))};
        }
        category.alsoUnits = {QStringLiteral("参与单位%1").arg(revision)};
        briefs.categories << category;
    }
    issue.sections << briefs;

    issue.footer.staff = {{QStringLiteral("编校"), writer},
                          {QStringLiteral("审核"), QString::number(revision)}};
    issue.footer.distribution = {
        {QStringLiteral("发"), QStringLiteral("各成员单位（第%1次）").arg(revision)}};
    issue.footer.printRun = revision;
    return issue;
}

std::optional<SaveStamp> readStamp(const Issue &issue) {
    static const QRegularExpression pattern(QStringLiteral("^stamp:(.+):(\\d+)$"));
    const QRegularExpressionMatch match = pattern.match(issue.masthead.office);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    return SaveStamp{match.captured(1), match.captured(2).toInt()};
}

bool isWholeStampedSave(const Issue &issue) {
    const std::optional<SaveStamp> stamp = readStamp(issue);
    return stamp && stamp->revision == issue.revision &&
           issue.sameContent(stampedIssue(issue.masthead.number, stamp->writer, stamp->revision));
}

} // namespace kuaibao
