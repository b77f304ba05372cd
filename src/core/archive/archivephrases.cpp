#include "archivephrases.h"

namespace kuaibao {

const ArchivePhrases &ArchivePhrases::instance() {
    static const ArchivePhrases phrases{
        {QStringLiteral("王建军"), QStringLiteral("刘春燕"), QStringLiteral("赵志刚"),
         QStringLiteral("孙丽华"), QStringLiteral("周文斌"), QStringLiteral("吴海涛"),
         QStringLiteral("郑晓明"), QStringLiteral("陈玉兰")},
        {QStringLiteral("马小青"), QStringLiteral("黄立新"), QStringLiteral("何雪梅"),
         QStringLiteral("高志远"), QStringLiteral("林秋实"), QStringLiteral("罗永平")},
        {QStringLiteral("全区创城工作推进会"), QStringLiteral("文明城区创建调度会"),
         QStringLiteral("背街小巷环境整治专题会"), QStringLiteral("志愿服务工作部署会"),
         QStringLiteral("未成年人思想道德建设推进会"), QStringLiteral("垃圾分类工作调度会"),
         QStringLiteral("文明交通专项行动部署会"), QStringLiteral("创城问题整改督办会")},
        {QStringLiteral("石龙社区"), QStringLiteral("月季园小区"), QStringLiteral("滨河路沿线"),
         QStringLiteral("新桥大街"), QStringLiteral("黑山公园"), QStringLiteral("城子大街"),
         QStringLiteral("向阳胡同"), QStringLiteral("西山雅苑"), QStringLiteral("河滩村"),
         QStringLiteral("卧龙岗社区"), QStringLiteral("南路农贸市场"),
         QStringLiteral("长安街西延线"), QStringLiteral("永定河畔"), QStringLiteral("峪园小区"),
         QStringLiteral("东山村")},
        {QStringLiteral("组织志愿者开展"), QStringLiteral("举办"), QStringLiteral("集中开展"),
         QStringLiteral("联合社区开展"), QStringLiteral("召开"), QStringLiteral("启动"),
         QStringLiteral("深入推进"), QStringLiteral("开展入户宣传")},
        {QStringLiteral("“文明餐桌”宣传活动"), QStringLiteral("垃圾分类桶前值守"),
         QStringLiteral("“门前三包”责任落实检查"), QStringLiteral("背街小巷环境清理"),
         QStringLiteral("文明养犬倡议"), QStringLiteral("邻里守望互助"),
         QStringLiteral("社会主义核心价值观主题宣讲"), QStringLiteral("文明交通劝导"),
         QStringLiteral("老旧小区楼道清理"), QStringLiteral("非机动车停放秩序整治"),
         QStringLiteral("乡村环境提升"), QStringLiteral("新时代文明实践志愿服务"),
         QStringLiteral("公益广告更新"), QStringLiteral("健康知识讲座")},
        {QStringLiteral("要压实属地责任，对照测评体系逐项查找短板"),
         QStringLiteral("要坚持问题导向，建立台账、限时整改、逐一销号"),
         QStringLiteral("要发动群众广泛参与，让文明新风融入日常"),
         QStringLiteral("要强化部门联动，形成齐抓共管的工作合力"),
         QStringLiteral("要巩固既有成果，推动创城工作常态长效"),
         QStringLiteral("要加大巡查频次，确保问题早发现、早处置")},
        {QStringLiteral("清理垃圾杂物40余袋"), QStringLiteral("发放宣传材料300余份"),
         QStringLiteral("整治乱停车辆26辆"), QStringLiteral("服务群众500余人次"),
         QStringLiteral("更新宣传展板12块"), QStringLiteral("补植绿地800平方米"),
         QStringLiteral("规范共享单车停放90余辆"), QStringLiteral("劝导不文明行为35起")},
        {QStringLiteral("环境卫生"), QStringLiteral("停车秩序"), QStringLiteral("“门前三包”落实"),
         QStringLiteral("公益广告设置"), QStringLiteral("垃圾分类设施"),
         QStringLiteral("无障碍设施"), QStringLiteral("志愿服务站点"),
         QStringLiteral("农贸市场秩序")},
        {QStringLiteral("近日"), QStringLiteral("日前"), QStringLiteral("本周"),
         QStringLiteral("3日"), QStringLiteral("8日"), QStringLiteral("12日"),
         QStringLiteral("16日"), QStringLiteral("21日"), QStringLiteral("27日")},
    };
    return phrases;
}

} // namespace kuaibao
