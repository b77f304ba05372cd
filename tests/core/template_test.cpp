#include <catch2/catch.hpp>

#include "core/bulletintemplate.h"
#include "core/templatelibrary.h"

using namespace kuaibao;

namespace {
QByteArray minimalTemplate(const QByteArray &replaceFrom = {}, const QByteArray &replaceTo = {}) {
    QByteArray json = R"({
      "id": "t", "version": 2,
      "masthead": { "nameLines": ["工作快报"], "office": "某办公室" },
      "sections": [ { "name": "简讯", "kind": "briefs", "categories": ["文明培育"] } ],
      "footer": { "staffRoles": ["编辑", "签发"], "distribution": [], "contacts": [] },
      "units": [ { "name": "东街道", "aliases": ["东街"] } ]
    })";
    if (!replaceFrom.isEmpty()) {
        json.replace(replaceFrom, replaceTo);
    }
    return json;
}
} // namespace

TEST_CASE("the built-in Mentougou template has the bulletin's fixed parts", "[template]") {
    Result<BulletinTemplate> t = TemplateLibrary::load(TemplateLibrary::defaultTemplateId());
    REQUIRE(t.ok());
    CHECK(t->name() == QStringLiteral("门头沟区创建全国文明城市工作快报"));
    CHECK(t->office() == QStringLiteral("门头沟区创建全国文明城市工作领导小组办公室"));
    REQUIRE(t->sections().size() == 3);
    CHECK(t->sections().at(2).categories ==
          QStringList({QStringLiteral("文明培育"), QStringLiteral("文明实践"),
                       QStringLiteral("综合整治"), QStringLiteral("我为群众办实事")}));
    CHECK(t->staffRoles() ==
          QStringList({QStringLiteral("编校"), QStringLiteral("审核"), QStringLiteral("核签")}));
    REQUIRE(t->distribution().size() == 2);
    CHECK(t->distribution().at(0).label == QStringLiteral("报"));
    for (const char *town :
         {"大峪街道", "城子街道", "东辛房街道", "大台街道", "王平镇", "永定镇", "龙泉镇",
          "潭柘寺镇", "军庄镇", "妙峰山镇", "雁翅镇", "斋堂镇", "清水镇", "区妇联", "区国资委"}) {
        CHECK(t->unitNames().contains(QString::fromUtf8(town)));
    }
    CHECK(t->canonicalUnit(QStringLiteral("东辛房")) == QStringLiteral("东辛房街道"));
    CHECK(t->canonicalUnit(QStringLiteral("区妇女联合会")) == QStringLiteral("区妇联"));
    CHECK(t->canonicalUnit(QStringLiteral("火星镇")).isEmpty());
}

TEST_CASE("a new issue from the template lays out the skeleton empty", "[template]") {
    Result<BulletinTemplate> t =
        BulletinTemplate::fromJson(minimalTemplate(), QStringLiteral("t.json"));
    REQUIRE(t.ok());
    const Issue issue = t->emptyIssue(5, QDate(2024, 1, 2));
    CHECK(issue.masthead.number == 5);
    CHECK(issue.masthead.office == QStringLiteral("某办公室"));
    REQUIRE(issue.sections.size() == 1);
    CHECK(issue.sections.at(0).kind == SectionKind::Briefs);
    CHECK(issue.sections.at(0).categories.at(0).items.isEmpty());
    REQUIRE(issue.footer.staff.size() == 2);
    CHECK(issue.footer.staff.at(1).role == QStringLiteral("签发"));
    CHECK(issue.templateId == QStringLiteral("t"));
    CHECK(issue.templateVersion == 2);
}

TEST_CASE("a bad template is an error that names the offending key", "[template]") {
    struct Case {
        QByteArray from, to, key;
    };
    const QList<Case> cases = {
        {R"("office": "某办公室")", R"("office": 3)", "masthead.office"},
        {R"("version": 2)", R"("version": 0)", "version"},
        {R"("kind": "briefs")", R"("kind": "poems")", "sections[0].kind"},
        {R"("staffRoles": ["编辑", "签发"])", R"("staffRoles": "编辑")", "footer.staffRoles"},
        {R"({ "name": "东街道")", R"({ "name": "")", "units[0].name"},
    };
    for (const Case &c : cases) {
        Result<BulletinTemplate> t =
            BulletinTemplate::fromJson(minimalTemplate(c.from, c.to), QStringLiteral("t.json"));
        INFO(c.key.constData());
        REQUIRE_FALSE(t.ok());
        CHECK(t.error().message.contains(QString::fromUtf8(c.key)));
        CHECK(t.error().message.contains(QStringLiteral("t.json")));
    }
    Result<BulletinTemplate> notJson =
        BulletinTemplate::fromJson("{ nope", QStringLiteral("x.json"));
    REQUIRE_FALSE(notJson.ok());
    CHECK(notJson.error().message.contains(QStringLiteral("not valid JSON")));
}
