// Heading levels inside an article (一、 （一） 1. （1）): how the importer finds them, and that
// every form an issue is written in keeps them.
#include "io/docx/docxexporter.h"
#include "io/docx/docxpackage.h"
#include "io/docx/docxparagraphs.h"
#include "io/htmlexporter.h"
#include "io/issuejson.h"
#include "io/textexporter.h"
#include "io/textimporter.h"

#include "core/templatelibrary.h"
#include "support/fixtures.h"

#include "qstringprinting.h"

#include <QJsonArray>

#include <catch2/catch.hpp>

using namespace kuaibao;

namespace {

BulletinTemplate defaultTemplate() {
    Result<BulletinTemplate> templ = TemplateLibrary::load(TemplateLibrary::defaultTemplateId());
    REQUIRE(templ.ok());
    return *templ;
}

Issue importText(const QString &text) {
    Result<TextImport> imported =
        TextImporter(defaultTemplate()).importText(text, {QStringLiteral("t.txt"), {}});
    INFO((imported ? QString() : imported.error().message).toStdString());
    REQUIRE(imported.ok());
    return imported->issue;
}

const QString kMasthead =
    QStringLiteral("清河县文明创建督查通报\n\n第31期\n\n"
                   "清河县创建文明城市工作领导小组办公室\n\n2024年5月20日\n\n");

// A county's 督查通报 of our own, shaped like the ones offices send: numbered headings of three
// levels with a blank line after each, one-sentence items under them, a paragraph cut by a page
// break, and a paragraph of several sentences that starts with its numbering.
const QString kCountyBulletin = kMasthead + QStringLiteral(R"(【督查情况】

5月13日至17日，县创城办会同县直有关部门，对各乡镇文明创建工作进行了第二轮集中督查。现将有关情况通报如下。

一、城关镇

（一）城市社区

1、东门社区：背街小巷保洁到位，公益广告更新及时。

2、西关社区：部分楼道仍有飞线充电现象，已责令限期整改。

（二）行政村

1、北坡村：村规民约上墙，文明实践站活动记录完整。

二、存在的主要问题

一是部分社区常态长效机制尚未建立，督查时突击整改现象仍然存在。二是个别行政村人居环境整治

反弹明显，群众反映较多。

三、下一步工作要求

（一）压实工作责任。各乡镇要对照通报问题逐项整改，5月31日前将整改情况报县创城办。（县创城办）

编校：李明 审核：王芳 核签：赵强
)");

struct Expected {
    const char16_t *text;
    int level;
};

void requireParagraphs(const Article &article, std::initializer_list<Expected> expected) {
    REQUIRE(article.paragraphs.size() == qsizetype(expected.size()));
    qsizetype i = 0;
    for (const Expected &e : expected) {
        INFO("paragraph " << i);
        CHECK(article.paragraphs.at(i).text.plainText() == QString::fromUtf16(e.text));
        CHECK(article.paragraphs.at(i).level == e.level);
        ++i;
    }
}

Issue jsonRoundTrip(const Issue &issue) {
    Result<Issue> back = issueFromJson(issueToJson(issue));
    REQUIRE(back.ok());
    return *back;
}

} // namespace

TEST_CASE("a county 督查通报 imports with each numbered level as a heading") {
    const Issue issue = importText(kCountyBulletin);
    REQUIRE(issue.sections.size() == 1);
    REQUIRE(issue.sections.at(0).articles.size() == 1);
    const Article &article = issue.sections.at(0).articles.at(0);
    CHECK(article.title.isEmpty()); // no heading became a centred title
    requireParagraphs(
        article,
        {{u"5月13日至17日，县创城办会同县直有关部门，对各乡镇文明创建工作进行了第二轮集中督查。"
          u"现将有关情况通报如下。",
          0},
         {u"一、城关镇", 1},
         {u"（一）城市社区", 2},
         {u"1、东门社区：背街小巷保洁到位，公益广告更新及时。", 3},
         {u"2、西关社区：部分楼道仍有飞线充电现象，已责令限期整改。", 3},
         {u"（二）行政村", 2},
         {u"1、北坡村：村规民约上墙，文明实践站活动记录完整。", 3},
         {u"二、存在的主要问题", 1},
         // Cut by a page break in mid-sentence: joined as before.
         {u"一是部分社区常态长效机制尚未建立，督查时突击整改现象仍然存在。二是个别行政村人居环境整"
          u"治"
          u"反弹明显，群众反映较多。",
          0},
         {u"三、下一步工作要求", 1},
         // Several sentences: a paragraph that starts with its numbering, not a heading.
         {u"（一）压实工作责任。各乡镇要对照通报问题逐项整改，5月31日前将整改情况报县创城办。",
          0}});
    CHECK(article.attribution == QStringLiteral("（县创城办）"));
}

TEST_CASE("a short numbered line is a heading without a blank line after it, and a numbered line "
          "cut by a page break is joined") {
    const Issue issue = importText(kMasthead + QStringLiteral(R"(【检查督导】
一、城关镇
（一）城市社区
1. 东门社区：背街小巷保洁到位。
（1）楼道堆物问题
1、西关社区在本轮督查中发现的问题较多，楼道堆物、飞线充电等现象仍然存在，社区居委会已

组织清理。

编校：李明
)"));
    requireParagraphs(issue.sections.at(0).articles.at(0),
                      {{u"一、城关镇", 1},
                       {u"（一）城市社区", 2},
                       // Ends with 。 and no blank line after it: body text.
                       {u"1. 东门社区：背街小巷保洁到位。", 0},
                       {u"（1）楼道堆物问题", 4},
                       {u"1、西关社区在本轮督查中发现的问题较多，楼道堆物、飞线充电等现象仍然存在，"
                        u"社区居委会已组织清理。",
                        0}});
}

TEST_CASE("a short line after a heading is its text, not the title of a new article") {
    const Issue issue = importText(kMasthead + QStringLiteral(R"(【检查督导】

一、城关镇

东门社区背街小巷保洁到位

（一）城市社区

公益广告更新及时，群众满意。

编校：李明
)"));
    REQUIRE(issue.sections.at(0).articles.size() == 1);
    CHECK(issue.sections.at(0).articles.at(0).title.isEmpty());
    requireParagraphs(issue.sections.at(0).articles.at(0), {{u"一、城关镇", 1},
                                                            {u"东门社区背街小巷保洁到位", 0},
                                                            {u"（一）城市社区", 2},
                                                            {u"公益广告更新及时，群众满意。", 0}});
}

TEST_CASE("numbers that are not headings stay text: 1.5万, a year in brackets") {
    const Issue issue = importText(kMasthead + QStringLiteral(R"(【检查督导】

1.5万名志愿者参加了清洁行动，共清理垃圾3吨。

（2024）年度测评结果通报如下，请各单位对照整改。

编校：李明
)"));
    for (const Paragraph &p : issue.sections.at(0).articles.at(0).paragraphs) {
        CHECK(p.level == 0);
    }
}

TEST_CASE("简讯 with ASCII punctuation splits into items like the full-width forms") {
    const Issue issue = importText(kMasthead + QStringLiteral(R"(【简 讯】

【文明培育】 北街道：近日，组织开展垃圾分类宣传活动.南镇:20日,举办家风故事会.区妇联:开展1.5公里健步走.

编校：李明
)"));
    const BriefCategory &category = issue.sections.at(0).categories.at(0);
    REQUIRE(category.items.size() == 3);
    CHECK(category.items.at(0).units == QStringList{QStringLiteral("北街道")});
    CHECK(category.items.at(0).text.plainText() ==
          QStringLiteral("近日，组织开展垃圾分类宣传活动."));
    CHECK(category.items.at(1).units == QStringList{QStringLiteral("南镇")});
    CHECK(category.items.at(1).text.plainText() == QStringLiteral("20日,举办家风故事会."));
    CHECK(category.items.at(2).units == QStringList{QStringLiteral("区妇联")});
    CHECK(category.items.at(2).text.plainText() == QStringLiteral("开展1.5公里健步走."));
}

TEST_CASE("heading levels survive export as text and import again") {
    const Issue issue = test::headingsFixtureIssue();
    const QString text = exportIssueText(issue);
    INFO(text.toStdString());
    // Numbered headings are written as they read; a heading without numbering is marked.
    CHECK(text.contains(QStringLiteral("\n\n一、城关镇\n\n（一）**城市社区**\n\n1.东门社区\n\n")));
    CHECK(text.contains(QStringLiteral("\n# 存在的主要问题\n\n")));
    // A body paragraph that starts like a heading has no blank line after it.
    CHECK(text.contains(QStringLiteral("2、西关社区仍有飞线充电现象，已责令限期整改。\n# ")));
    Issue back = importText(text);
    REQUIRE(back.sections.size() == issue.sections.size());
    CHECK(back.sections.at(1).articles == issue.sections.at(1).articles);
    CHECK(back.sections == issue.sections);
}

TEST_CASE("a heading that ends an article keeps its attribution on a line of its own") {
    Issue issue = test::fullFixtureIssue();
    Article &article = issue.sections[0].articles[0];
    article.paragraphs << Paragraph{RichText(QStringLiteral("三、下一步工作要求")), 1};
    const QString text = exportIssueText(issue);
    CHECK(text.contains(QStringLiteral("三、下一步工作要求\n\n（本刊）\n\n")));
    CHECK(importText(text).sections == issue.sections);
}

TEST_CASE("heading levels survive JSON, and a wrong level is refused naming the place") {
    const Issue issue = test::headingsFixtureIssue();
    const QJsonObject json = issueToJson(issue);
    const QJsonArray articles = json.value(QStringLiteral("sections"))
                                    .toArray()
                                    .at(1)
                                    .toObject()
                                    .value(QStringLiteral("articles"))
                                    .toArray();
    // An article without headings has no "levels"; one with headings has one per paragraph.
    CHECK_FALSE(articles.at(0).toObject().contains(QStringLiteral("levels")));
    CHECK(articles.at(1).toObject().value(QStringLiteral("levels")).toArray().size() == 9);
    CHECK(jsonRoundTrip(issue).sameContent(issue));

    QJsonObject bad = json;
    QJsonArray sections = bad.value(QStringLiteral("sections")).toArray();
    QJsonObject section = sections.at(1).toObject();
    QJsonArray list = section.value(QStringLiteral("articles")).toArray();
    QJsonObject article = list.at(1).toObject();
    QJsonArray levels = article.value(QStringLiteral("levels")).toArray();
    levels[1] = 5;
    article.insert(QStringLiteral("levels"), levels);
    list[1] = article;
    section.insert(QStringLiteral("articles"), list);
    sections[1] = section;
    bad.insert(QStringLiteral("sections"), sections);
    Result<Issue> refused = issueFromJson(bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("sections[1].articles[1].levels[1]")));

    levels.removeLast();
    article.insert(QStringLiteral("levels"), levels);
    list[1] = article;
    section.insert(QStringLiteral("articles"), list);
    sections[1] = section;
    bad.insert(QStringLiteral("sections"), sections);
    refused = issueFromJson(bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("one level per paragraph")));
}

TEST_CASE("heading levels survive .docx as Word's heading styles in their level's face") {
    const Issue issue = test::headingsFixtureIssue();
    Result<QByteArray> docx = exportIssueDocx(issue, defaultTemplate());
    REQUIRE(docx.ok());
    Result<QList<Paragraph>> paragraphs = DocxParagraphs::fromDocx(*docx, QStringLiteral("t"));
    REQUIRE(paragraphs.ok());
    QList<Paragraph> headings;
    for (const Paragraph &p : *paragraphs) {
        if (p.isHeading()) {
            headings << p;
        }
    }
    QList<Paragraph> expected;
    for (const Paragraph &p : issue.sections.at(1).articles.at(1).paragraphs) {
        if (p.isHeading()) {
            expected << p;
        }
    }
    CHECK(headings == expected);

    Result<QByteArray> styles =
        DocxPackage::readPart(*docx, QStringLiteral("word/styles.xml"), QStringLiteral("t"));
    REQUIRE(styles.ok());
    const QString xml = QString::fromUtf8(*styles);
    CHECK(xml.contains(QStringLiteral("w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/>")));
    CHECK(xml.contains(QStringLiteral("<w:outlineLvl w:val=\"3\"/>")));
    Result<QByteArray> document =
        DocxPackage::readPart(*docx, QStringLiteral("word/document.xml"), QStringLiteral("t"));
    REQUIRE(document.ok());
    const QString body = QString::fromUtf8(*document);
    const qsizetype level1 = body.indexOf(QStringLiteral("<w:pStyle w:val=\"Heading1\"/>"));
    REQUIRE(level1 >= 0);
    const qsizetype run = body.indexOf(QStringLiteral("一、城关镇"), level1);
    CHECK(body.mid(level1, run - level1).contains(QStringLiteral("w:eastAsia=\"黑体\"")));
    const qsizetype level2 = body.indexOf(QStringLiteral("<w:pStyle w:val=\"Heading2\"/>"));
    CHECK(body.mid(level2, body.indexOf(QStringLiteral("（一）"), level2) - level2)
              .contains(QStringLiteral("w:eastAsia=\"楷体_GB2312\"")));
}

TEST_CASE("HTML marks headings by level below the article title") {
    const QString html = exportIssueHtml(test::headingsFixtureIssue());
    CHECK(html.contains(QStringLiteral("<h4 class=\"level level1\">一、城关镇</h4>")));
    CHECK(html.contains(
        QStringLiteral("<h5 class=\"level level2\">（一）<strong>城市社区</strong></h5>")));
    CHECK(html.contains(QStringLiteral("<h6 class=\"level level3\">1.东门社区</h6>")));
    CHECK(html.contains(QStringLiteral(
        "<p class=\"level level4\" role=\"heading\" aria-level=\"7\">（1）楼道</p>")));
}
