#include "demoissues.h"

#include "core/templatelibrary.h"

namespace kuaibao::test {

namespace {
Issue fromTemplate(int number, const QDate &date) {
    Result<BulletinTemplate> templ = TemplateLibrary::load(TemplateLibrary::defaultTemplateId());
    Issue issue = templ ? templ->emptyIssue(number, date) : Issue{};
    issue.footer.staff = {{QStringLiteral("编校"), QStringLiteral("周文")},
                          {QStringLiteral("审核"), QStringLiteral("吴华")},
                          {QStringLiteral("核签"), QStringLiteral("郑平")}};
    return issue;
}

BriefItem item(const QString &unit, const QString &markup) {
    return BriefItem{{unit}, RichText::fromMarkup(markup)};
}
} // namespace

Issue demoIssue(int number, const QDate &date) {
    Issue issue = fromTemplate(number, date);
    Article meeting;
    meeting.paragraphs
        << Paragraph{RichText(QStringLiteral(
               "6月10日，区创城办召开创城工作月度调度会，通报了5月份全区创城实地考核情况，"
               "各镇街、各相关部门负责同志参加会议。"))}
        << Paragraph{RichText::fromMarkup(QStringLiteral(
               "会议要求：**一要紧盯短板抓整改。**对照考核中发现的问题建立台账，逐项明确责任人和"
               "完成时限。**二要突出重点抓提升。**围绕背街小巷、农贸市场和公交站点开展集中整治，"
               "做到问题不过夜。"))};
    meeting.attribution = QStringLiteral("（本刊）");
    issue.sections[0].articles << meeting;

    Article visit;
    visit.title = QStringLiteral("区领导9日检查督导老旧小区环境整治");
    visit.paragraphs << Paragraph{RichText::fromMarkup(
        QStringLiteral("先后查看了小区楼道堆物清理、非机动车停放和垃圾分类投放情况，要求各相关单位"
                       "**建立长效管理机制**，巩固整治成果。"))};
    visit.attribution = QStringLiteral("（本刊）");
    issue.sections[1].articles << visit;

    QList<BriefCategory> &categories = issue.sections[2].categories;
    categories[0].items << item(
        QStringLiteral("城子街道"),
        QStringLiteral("8日，组织辖区青少年开展“文明礼仪进社区”主题宣讲。"));
    categories[0].alsoUnits = {QStringLiteral("区妇联"), QStringLiteral("龙泉镇")};
    categories[1].items << item(
        QStringLiteral("永定镇"),
        QStringLiteral("近日，新时代文明实践站组织志愿者为独居老人**上门理发**。"));
    categories[2].items << item(
        QStringLiteral("区城管委"),
        QStringLiteral("9日，对主干道沿线占道经营开展联合执法，清理流动摊位12处。"));
    return issue;
}

Issue fourPageIssue(int number, const QDate &date) {
    Issue issue = demoIssue(number, date);
    Article &meeting = issue.sections[0].articles[0];
    for (int i = 0; i < 11; ++i) {
        meeting.paragraphs << Paragraph{RichText::fromMarkup(QStringLiteral(
            "各镇街要对照测评体系逐项自查，**把责任落实到具体点位和具体人员**，"
            "对群众反映集中的停车难、环境脏乱等问题建立快速响应机制，做到发现一处、整改一处、"
            "巩固一处。"))};
    }
    const QStringList units = {QStringLiteral("大峪街道"), QStringLiteral("王平镇"),
                               QStringLiteral("潭柘寺镇"), QStringLiteral("区教委")};
    for (BriefCategory &category : issue.sections[2].categories) {
        for (const QString &unit : units) {
            category.items << item(unit, QStringLiteral("近日，组织开展文明交通劝导志愿服务活动，"
                                                        "引导群众自觉遵守交通秩序。"));
        }
    }
    return issue;
}

} // namespace kuaibao::test
