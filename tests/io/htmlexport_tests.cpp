// The HTML page: the whole issue, escaped, with nothing fetched from outside.
#include "io/htmlexporter.h"

#include "support/fixtures.h"

#include <QRegularExpression>

#include "qstringprinting.h"

#include <catch2/catch.hpp>

using namespace kuaibao;

TEST_CASE("the HTML page holds every part of the issue, with bold as <strong>") {
    const QString page = exportIssueHtml(test::fullFixtureIssue());
    CHECK(page.startsWith(QStringLiteral("<!DOCTYPE html>\n<html lang=\"zh-CN\">")));
    CHECK(page.contains(QStringLiteral("<title>清河县创建文明城市工作快报 第12期</title>")));
    CHECK(page.contains(QStringLiteral(
        "<span class=\"small\">清河县创建文明城市</span><span class=\"large\">工作快报</span>")));
    CHECK(page.contains(QStringLiteral("第12期（总第112期）")));
    CHECK(page.contains(QStringLiteral(
        "<span>清河县创建文明城市工作领导小组办公室</span><span>2024年3月8日</span>")));
    CHECK(page.contains(QStringLiteral("<h2>【指挥调度】</h2>")));
    CHECK(page.contains(QStringLiteral("<h2>【简 讯】</h2>")));
    CHECK(page.contains(QStringLiteral("<h3>王明 7 日检查老街市容整治情况</h3>")));
    CHECK(
        page.contains(QStringLiteral("会议要求：<strong>一要压实责任。</strong>要把任务分解到村。 "
                                     "<span class=\"attribution\">（本刊）</span>")));
    CHECK(page.contains(QStringLiteral(
        "<span class=\"unit\">河口乡、县妇联：</span>6日，联合举办<strong>家风故事会</strong>。")));
    CHECK(page.contains(QStringLiteral("县教育局、桥头镇也开展了相关活动。")));
    CHECK(page.contains(
        QStringLiteral("<span>编校：赵一</span><span>审核：钱二</span><span>核签：孙三</span>")));
    CHECK(page.contains(QStringLiteral("<p>抄送：县档案馆</p>")));
    CHECK(page.contains(QStringLiteral("<p>共印60份</p>")));
}

TEST_CASE("the HTML page escapes every text and refers to nothing outside itself") {
    Issue issue = test::fullFixtureIssue();
    issue.masthead.office = QStringLiteral("<b>办公室</b> & \"合署\"");
    issue.sections[0].articles[0].paragraphs[0].text =
        RichText::fromMarkup(QStringLiteral("a<script>alert('x')</script>**<i>b</i>**"));
    issue.sections[2].categories[0].items[0].units = {QStringLiteral("<镇>")};
    issue.footer.contacts = {
        {QStringLiteral("网址"), QStringLiteral("http://example.org/?a=1&b=2")}};
    const QString page = exportIssueHtml(issue);
    CHECK(page.contains(QStringLiteral("&lt;b&gt;办公室&lt;/b&gt; &amp; &quot;合署&quot;")));
    CHECK(page.contains(QStringLiteral(
        "a&lt;script&gt;alert('x')&lt;/script&gt;<strong>&lt;i&gt;b&lt;/i&gt;</strong>")));
    CHECK(page.contains(QStringLiteral("&lt;镇&gt;：")));
    CHECK(
        page.contains(QStringLiteral("http://example.org/?a=1&amp;b=2"))); // as text, not as a link
    CHECK_FALSE(page.contains(QStringLiteral("<script")));
    static const QRegularExpression outside(
        QStringLiteral("<(link|img|script|iframe|object)|\\b(src|href)=|url\\(|@import"));
    CHECK_FALSE(outside.match(page).hasMatch());
}
