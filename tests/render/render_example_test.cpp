// A two-page issue of our own (the one shown in docs/images): the body flows onto page 2 and the
// footer block sits at the bottom of page 2's type area, under the body.
#include "poppler.h"
#include "rendersupport.h"
#include "support/fixtures.h"

#include "render/issuelayout.h"
#include "render/pdfexport.h"

#include <QDir>

#include <catch2/catch.hpp>

using namespace kuaibao;
using namespace kuaibao::test;

namespace {

Issue exampleIssue() {
    Issue issue = fullFixtureIssue();
    issue.status = IssueStatus::Published;
    Article &report = issue.sections.first().articles.first();
    report.paragraphs = {
        Paragraph{RichText(QStringLiteral(
            "县里8日召开创建文明城市推进会，总结一季度创城工作，部署下一阶段任务。县委、县政府"
            "相关领导，各乡镇、各部门主要负责同志参加会议。"))},
        Paragraph{RichText::fromMarkup(QStringLiteral(
            "会议指出，一季度全县创城工作开局良好，老街改造、农贸市场提升、背街小巷整治等重点任务"
            "按期推进，群众满意度明显提高。**会议要求：一要压实责任。**各乡镇、各部门要把创城任务"
            "分解到村、落实到人，做到底数清、责任明、措施实。"))},
        Paragraph{RichText::fromMarkup(QStringLiteral(
            "**二要聚焦短板。**"
            "对照测评体系逐项排查，对公共场所秩序、交通文明、环境卫生等群众反映集中的"
            "问题建立台账，限期整改，整改一项、销号一项。"))},
        Paragraph{RichText::fromMarkup(QStringLiteral(
            "**三要常态长效。**坚持日常督查与集中检查相结合，健全“门前三包”、志愿服务、群众监督等"
            "工作机制，把创城成效转化为群众看得见、摸得着的实惠。"))},
        Paragraph{RichText(QStringLiteral(
            "会议还通报了3月份各乡镇、各部门创城考核结果，城关镇、河口乡作了交流发言。"))}};
    Article &visit = issue.sections[1].articles.first();
    visit.paragraphs << Paragraph{RichText(QStringLiteral(
        "在老街东段，检查组逐户查看了店外经营、占道堆放和垃圾分类落实情况，对发现的问题当场反馈，要"
        "求"
        "城关镇和县城管局建立清单、明确时限，确保问题整改到位，并举一反三，防止问题反弹。"))};
    return issue;
}

} // namespace

TEST_CASE("a two-page issue ends with the footer pinned under the body of page 2") {
    const IssueLayout layout = IssueLayout::build(exampleIssue(), mentougouStyle());
    const QString path = QDir(renderOutputFolder()).filePath(QStringLiteral("example.pdf"));
    REQUIRE(writePdf(layout, path, PdfOptions{}));
    REQUIRE(layout.pageCount() == 2);
    CHECK(layout.pageTexts().at(1).contains(QStringLiteral("桥头镇")));
    const QString second = squeezed(Poppler::text(path, 2));
    const qsizetype bodyEnd = second.indexOf(QStringLiteral("志愿者清理河道垃圾30余袋。"));
    const qsizetype footer = second.indexOf(QStringLiteral("编校：赵一"));
    REQUIRE(bodyEnd >= 0);
    CHECK(footer > bodyEnd);
    CHECK(second.contains(QStringLiteral("—2—")));
    CHECK_FALSE(squeezed(Poppler::text(path, 1)).contains(QStringLiteral("编校")));
}
