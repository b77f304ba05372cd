#include "fixtures.h"

namespace kuaibao::test {

Issue fullFixtureIssue(int number, const QDate &date) {
    Issue issue;
    issue.masthead.nameLines = {QStringLiteral("清河县创建文明城市"), QStringLiteral("工作快报")};
    issue.masthead.number = number;
    issue.masthead.cumulativeNumber = number + 100;
    issue.masthead.office = QStringLiteral("清河县创建文明城市工作领导小组办公室");
    issue.masthead.date = date;

    Section meeting{QStringLiteral("指挥调度"), SectionKind::Articles, {}, {}};
    Article report;
    report.paragraphs << Paragraph{RichText(
                             QStringLiteral("县里八日召开创城推进会，各乡镇负责同志参加会议。"))}
                      << Paragraph{RichText::fromMarkup(
                             QStringLiteral("会议要求：**一要压实责任。**要把任务分解到村。"))};
    report.attribution = QStringLiteral("（本刊）");
    meeting.articles << report;

    Section inspection{QStringLiteral("检查督导"), SectionKind::Articles, {}, {}};
    Article visit;
    visit.title = QStringLiteral("王明 7 日检查老街市容整治情况");
    visit.paragraphs << Paragraph{RichText::fromMarkup(
        QStringLiteral("查看了老街沿线的**门前三包**落实情况，要求限期整改。"))};
    visit.attribution = QStringLiteral("（本刊）");
    inspection.articles << visit;

    Section briefs{QStringLiteral("简讯"), SectionKind::Briefs, {}, {}};
    BriefCategory training{QStringLiteral("文明培育"), {}, {}};
    training.items << BriefItem{{QStringLiteral("城关镇")},
                                RichText(QStringLiteral("近日，东街社区开展垃圾分类宣传。"))}
                   << BriefItem{
                          {QStringLiteral("河口乡"), QStringLiteral("县妇联")},
                          RichText::fromMarkup(QStringLiteral("6日，联合举办**家风故事会**。"))};
    training.alsoUnits = {QStringLiteral("县教育局"), QStringLiteral("桥头镇")};
    BriefCategory practice{QStringLiteral("文明实践"), {}, {}};
    practice.items << BriefItem{{QStringLiteral("桥头镇")},
                                RichText(QStringLiteral("5日，志愿者清理河道垃圾30余袋。"))};
    BriefCategory empty{QStringLiteral("综合整治"), {}, {}};
    briefs.categories << training << practice << empty;

    issue.sections << meeting << inspection << briefs;
    issue.footer.staff = {{QStringLiteral("编校"), QStringLiteral("赵一")},
                          {QStringLiteral("审核"), QStringLiteral("钱二")},
                          {QStringLiteral("核签"), QStringLiteral("孙三")}};
    issue.footer.distribution = {
        {QStringLiteral("报"), QStringLiteral("市文明办、县委、县政府领导同志")},
        {QStringLiteral("发"), QStringLiteral("全县各单位主要领导、信息员")},
        {QStringLiteral("抄送"), QStringLiteral("县档案馆")}};
    issue.footer.contacts = {{QStringLiteral("电子邮箱"), QStringLiteral("cc@example.org")},
                             {QStringLiteral("电话"), QStringLiteral("12345678")}};
    issue.footer.printRun = 60;
    issue.templateId = QStringLiteral("qinghe");
    issue.templateVersion = 3;
    return issue;
}

Issue headingsFixtureIssue(int number, const QDate &date) {
    Issue issue = fullFixtureIssue(number, date);
    Article report;
    report.title = QStringLiteral("第二轮文明创建集中督查情况");
    auto add = [&](const QString &markup, int level) {
        report.paragraphs << Paragraph{RichText::fromMarkup(markup), level};
    };
    add(QStringLiteral("13日至17日，县创城办对各乡镇进行了第二轮集中督查。"), 0);
    add(QStringLiteral("一、城关镇"), 1);
    add(QStringLiteral("（一）**城市社区**"), 2);
    add(QStringLiteral("1.东门社区"), 3);
    add(QStringLiteral("背街小巷保洁到位，公益广告更新及时。"), 0);
    add(QStringLiteral("（1）楼道"), 4);
    add(QStringLiteral("2、西关社区仍有飞线充电现象，已责令限期整改。"), 0);
    add(QStringLiteral("存在的主要问题"), 1);
    add(QStringLiteral("个别村人居环境整治反弹。"), 0);
    report.attribution = QStringLiteral("（县创城办）");
    issue.sections[1].articles << report;
    return issue;
}

} // namespace kuaibao::test
