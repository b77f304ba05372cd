// The forms of masthead, section, 简讯 and footer that offices write, beyond the sample's.
#include "io/textimporter.h"

#include "core/templatelibrary.h"

#include "qstringprinting.h"

#include <catch2/catch.hpp>

using namespace kuaibao;

namespace {

const QString kBody = QStringLiteral("【检查督导】\n乡里检查集市秩序。\n");

TextImport importOk(const QString &text) {
    Result<BulletinTemplate> templ = TemplateLibrary::load(TemplateLibrary::defaultTemplateId());
    REQUIRE(templ.ok());
    Result<TextImport> imported =
        TextImporter(*templ).importText(text, {QStringLiteral("form.txt"), {}});
    INFO((imported ? QString() : imported.error().message).toStdString());
    REQUIRE(imported.ok());
    return *imported;
}

Masthead mastheadOf(const QString &top) {
    return importOk(top + QLatin1Char('\n') + kBody).issue.masthead;
}

bool anyWarningContains(const TextImport &imported, const QString &part) {
    for (const QString &warning : imported.warnings) {
        if (warning.contains(part)) {
            return true;
        }
    }
    return false;
}

} // namespace

TEST_CASE("issue numbers in Chinese numerals, with a cumulative number, and supplements are read") {
    CHECK(mastheadOf(QStringLiteral("工作快报\n第九期\n乡创城办\n2022年4月13日")).number == 9);
    CHECK(mastheadOf(QStringLiteral("工作快报\n第六百七十三期\n乡创城办\n2022年4月13日")).number ==
          673);
    CHECK(mastheadOf(QStringLiteral("工作快报\n第二十期\n乡创城办\n2022年4月13日")).number == 20);
    const Masthead cumulative =
        mastheadOf(QStringLiteral("工作快报\n第 12 期\n（总第1200期）\n乡创城办\n2022年4月13日"));
    CHECK(cumulative.number == 12);
    CHECK(cumulative.cumulativeNumber == 1200);
    CHECK(cumulative.office == QStringLiteral("乡创城办"));
    const Masthead supplement =
        mastheadOf(QStringLiteral("工作快报\n增刊第２期(总第５０期)\n乡创城办\n2022年4月13日"));
    CHECK(supplement.series == Series::Supplement);
    CHECK(supplement.number == 2);
    CHECK(supplement.cumulativeNumber == 50);
}

TEST_CASE(
    "dates in Chinese, in Chinese numerals and in ISO form are read, also on the office's line") {
    CHECK(mastheadOf(QStringLiteral("工作快报\n第1期\n乡创城办\n2022-04-13")).date ==
          QDate(2022, 4, 13));
    CHECK(mastheadOf(QStringLiteral("工作快报\n第1期\n乡创城办\n二〇二二年四月十三日")).date ==
          QDate(2022, 4, 13));
    const Masthead sameLine =
        mastheadOf(QStringLiteral("工作快报\n第1期\n乡创城办　　　2022年12月3日"));
    CHECK(sameLine.date == QDate(2022, 12, 3));
    CHECK(sameLine.office == QStringLiteral("乡创城办"));
}

TEST_CASE("the bulletin name is read from one line, two lines, or one line of two parts") {
    CHECK(mastheadOf(QStringLiteral("工作快报\n第1期\n乡创城办\n2022-04-13")).nameLines ==
          QStringList{QStringLiteral("工作快报")});
    CHECK(mastheadOf(QStringLiteral("河口乡创建文明城市\n工作快报\n第1期\n乡创城办\n2022-04-13"))
              .nameLines ==
          QStringList{QStringLiteral("河口乡创建文明城市"), QStringLiteral("工作快报")});
    CHECK(mastheadOf(QStringLiteral("河口乡创建文明城市　工作快报\n第1期\n乡创城办\n2022-04-13"))
              .nameLines ==
          QStringList{QStringLiteral("河口乡创建文明城市"), QStringLiteral("工作快报")});
    // A line above the name (内部资料) is not part of it.
    const TextImport marked = importOk(
        QStringLiteral(
            "内部资料 注意保存\n河口乡创建文明城市\n工作快报\n第1期\n乡创城办\n2022-04-13\n") +
        kBody);
    CHECK(marked.issue.masthead.nameLines ==
          QStringList{QStringLiteral("河口乡创建文明城市"), QStringLiteral("工作快报")});
    CHECK(
        marked.warnings ==
        QStringList{QStringLiteral(
            "form.txt:1: warning: masthead line not understood and left out: 内部资料 注意保存")});
}

TEST_CASE("an unknown section becomes a section of that name, with a warning") {
    const TextImport imported = importOk(QStringLiteral(
        "工作快报\n第1期\n乡创城办\n2022-04-13\n【经验交流】\n河口乡的做法\n村里建立了积分制。\n"
        "【信息快递】\n【文明培育】 城关镇：近日开展宣传。\n编校：周五\n"));
    REQUIRE(imported.issue.sections.size() == 2);
    CHECK(imported.issue.sections.at(0).name == QStringLiteral("经验交流"));
    CHECK(imported.issue.sections.at(0).kind == SectionKind::Articles);
    REQUIRE(imported.issue.sections.at(0).articles.size() == 1);
    CHECK(imported.issue.sections.at(0).articles.at(0).title == QStringLiteral("河口乡的做法"));
    CHECK(imported.issue.sections.at(1).name == QStringLiteral("信息快递"));
    CHECK(imported.issue.sections.at(1).kind == SectionKind::Briefs);
    CHECK(anyWarningContains(
        imported,
        QStringLiteral("form.txt:5: warning: section 【经验交流】 is not in the template")));
    CHECK(
        anyWarningContains(imported, QStringLiteral("form.txt:8: warning: section 【信息快递】")));
}

TEST_CASE("简讯 units are matched to the template: aliases give the canonical name, unknown names "
          "are kept") {
    const TextImport imported = importOk(QStringLiteral(
        "工作快报\n第1期\n乡创城办\n2022-04-13\n【简 讯】\n"
        "【文明培育】 "
        "斋堂：近日，村里举办民俗节。会议要求：人人参与。北山镇、**区妇女联合会：**12日组织活动。"
        "区国资委、**南坡乡**也开展了相关活动。\n编校：周五\n"));
    const BriefCategory &category = imported.issue.sections.at(0).categories.at(0);
    REQUIRE(category.items.size() == 2);
    CHECK(category.items.at(0).units == QStringList{QStringLiteral("斋堂镇")});
    // 会议要求 is not a unit: its colon stays in the text.
    CHECK(category.items.at(0).text.plainText() ==
          QStringLiteral("近日，村里举办民俗节。会议要求：人人参与。"));
    CHECK(category.items.at(1).units ==
          QStringList{QStringLiteral("北山镇"), QStringLiteral("区妇联")});
    CHECK(category.items.at(1).text.plainText() == QStringLiteral("12日组织活动。"));
    CHECK(category.alsoUnits == QStringList{QStringLiteral("区国资委"), QStringLiteral("南坡乡")});
    CHECK(anyWarningContains(imported,
                             QStringLiteral("unit \"北山镇\" is not in the template's unit list")));
    CHECK(anyWarningContains(imported, QStringLiteral("unit \"南坡乡\"")));
    CHECK_FALSE(anyWarningContains(imported, QStringLiteral("斋堂")));
}

TEST_CASE("简讯 written one item per line, under a category heading of its own, is read the same") {
    const TextImport imported =
        importOk(QStringLiteral("工作快报\n第1期\n乡创城办\n2022-04-13\n【简 "
                                "讯】\n【文明培育】\n东辛房街道：近日开展宣传。\n\n"
                                "斋堂镇：近日举办\n\n民俗节。\n区国资委也开展了相关活动。\n【文明实"
                                "践】 区妇联：组织活动。\n编校：周五\n"));
    const QList<BriefCategory> &categories = imported.issue.sections.at(0).categories;
    REQUIRE(categories.size() == 2);
    REQUIRE(categories.at(0).items.size() == 2);
    CHECK(categories.at(0).items.at(1).units == QStringList{QStringLiteral("斋堂镇")});
    CHECK(categories.at(0).items.at(1).text.plainText() == QStringLiteral("近日举办民俗节。"));
    CHECK(categories.at(0).alsoUnits == QStringList{QStringLiteral("区国资委")});
    CHECK(categories.at(1).items.at(0).units == QStringList{QStringLiteral("区妇联")});
}

TEST_CASE("several titled articles in one section are told apart") {
    const TextImport imported = importOk(QStringLiteral(
        "工作快报\n第1期\n乡创城办\n2022-04-"
        "13\n【检查督导】\n王明检查老街\n查看了老街。\n要求整改。\n"
        "李华检查新村\n查看了新村。 （本刊）\n不带标题的第三篇报道。\n编校：周五\n"));
    const QList<Article> &articles = imported.issue.sections.at(0).articles;
    REQUIRE(articles.size() == 3);
    CHECK(articles.at(0).title == QStringLiteral("王明检查老街"));
    CHECK(articles.at(0).paragraphs.size() == 2);
    CHECK(articles.at(1).title == QStringLiteral("李华检查新村"));
    CHECK(articles.at(1).attribution == QStringLiteral("（本刊）"));
    CHECK(articles.at(2).title.isEmpty());
    CHECK(articles.at(2).paragraphs.at(0).text.plainText() ==
          QStringLiteral("不带标题的第三篇报道。"));
}

TEST_CASE("footer roles in any order, every distribution label and the print run are read") {
    const TextImport imported = importOk(
        QStringLiteral("工作快报\n第1期\n乡创城办\n2022-04-13\n【检查督导】\n乡里检查集市秩序。\n"
                       "核签：孙三   编校: 赵一\n审核：钱 "
                       "二\n送：县档案馆\n抄送：县委办\n联系电话：1234\n共印50份\n"));
    const Footer &footer = imported.issue.footer;
    CHECK(footer.staff == QList<StaffCredit>{{QStringLiteral("核签"), QStringLiteral("孙三")},
                                             {QStringLiteral("编校"), QStringLiteral("赵一")},
                                             {QStringLiteral("审核"), QStringLiteral("钱 二")}});
    CHECK(footer.distribution ==
          QList<LabelledLine>{{QStringLiteral("送"), QStringLiteral("县档案馆")},
                              {QStringLiteral("抄送"), QStringLiteral("县委办")}});
    CHECK(footer.contacts ==
          QList<LabelledLine>{{QStringLiteral("联系电话"), QStringLiteral("1234")}});
    CHECK(footer.printRun == 50);
}

TEST_CASE("page numbers between the pieces of a paragraph cut by a page break are left out") {
    const TextImport imported = importOk(
        QStringLiteral("工作快报\n第1期\n乡创城办\n2022-04-"
                       "13\n【检查督导】\n乡里检查了集市。要求各村\n\n- 2 -\n\n抓好落实。\n"
                       "第3页\n村里也开展了检查。\n— 4 —\n"));
    const QList<Paragraph> &paragraphs = imported.issue.sections.at(0).articles.at(0).paragraphs;
    REQUIRE(paragraphs.size() == 2);
    CHECK(paragraphs.at(0).text.plainText() ==
          QStringLiteral("乡里检查了集市。要求各村抓好落实。"));
    CHECK(imported.warnings ==
          QStringList{QStringLiteral("form.txt:8: warning: page number \"- 2 -\" left out"),
                      QStringLiteral("form.txt:11: warning: page number \"第3页\" left out"),
                      QStringLiteral("form.txt:13: warning: page number \"— 4 —\" left out")});
}
