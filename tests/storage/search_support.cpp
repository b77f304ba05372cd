#include "search_support.h"

#include "core/templatelibrary.h"
#include "storage/bulk/archivefiller.h"

#include <catch2/catch.hpp>

namespace kuaibao::test {

GeneratedArchive::GeneratedArchive(int generatedIssues, std::uint64_t seed) {
    ArchiveGeneratorOptions options;
    options.seed = seed;
    const Status filled = ArchiveFiller(*db).fill(defaultTemplate(), options, generatedIssues);
    INFO((filled ? QString() : filled.error().message).toStdString());
    REQUIRE(filled.ok());
}

const BulletinTemplate &defaultTemplate() {
    static const BulletinTemplate loaded = [] {
        auto t = TemplateLibrary::load(TemplateLibrary::defaultTemplateId());
        REQUIRE(t.ok());
        return t.value();
    }();
    return loaded;
}

Issue sampleShapedIssue() {
    Issue issue = defaultTemplate().emptyIssue(673, QDate(2022, 4, 13));
    const RichText placeholder(QStringLiteral("（测试用条目正文）"));
    for (Section &section : issue.sections) {
        if (section.name == QStringLiteral("指挥调度")) {
            section.articles.append({QString(),
                                     {{RichText(QStringLiteral("（测试用会议报道）"))}},
                                     QStringLiteral("（本刊）")});
        } else if (section.name == QStringLiteral("检查督导")) {
            section.articles.append(
                {QStringLiteral("（测试用督导标题）"),
                 {{RichText(QStringLiteral(
                     "区委宣传部（文明办）、区创城办、区城管委（区城管执法局）、区交通支队、"
                     "永定镇等相关负责同志参加。检查了“门前三包”落实情况。"))}},
                 QStringLiteral("（本刊）")});
        }
        for (BriefCategory &category : section.categories) {
            if (category.name == QStringLiteral("文明培育")) {
                category.items = {{{QStringLiteral("东辛房街道")}, placeholder},
                                  {{QStringLiteral("斋堂镇")}, placeholder}};
                category.alsoUnits = {QStringLiteral("区国资委"), QStringLiteral("龙泉镇"),
                                      QStringLiteral("军庄镇")};
            } else if (category.name == QStringLiteral("文明实践")) {
                category.items = {{{QStringLiteral("区妇联")}, placeholder}};
                category.alsoUnits = {QStringLiteral("龙泉镇"), QStringLiteral("王平镇")};
            } else if (category.name == QStringLiteral("综合整治")) {
                category.items = {{{QStringLiteral("永定镇")}, placeholder}};
            } else if (category.name == QStringLiteral("我为群众办实事")) {
                category.items = {{{QStringLiteral("东辛房街道")}, placeholder}};
            }
        }
    }
    issue.status = IssueStatus::Published;
    return issue;
}

} // namespace kuaibao::test
