// The search filters: date range, section, category, unit (aliases too), state and limit.
#include "search_support.h"

#include "storage/issuerepository.h"
#include "storage/search/archivesearch.h"

#include <catch2/catch.hpp>

using namespace kuaibao;
using namespace kuaibao::test;

namespace {

QList<SearchHit> find(Database &db, SearchQuery query) {
    auto hits = ArchiveSearch(db).find(query);
    INFO((hits.ok() ? QString() : hits.error().message).toStdString());
    REQUIRE(hits.ok());
    return hits.value();
}

SearchQuery queryFor(const QString &text) {
    SearchQuery q;
    q.text = text;
    return q;
}

} // namespace

TEST_CASE("filters narrow the hits to exactly the matching subset", "[search][engines]") {
    GeneratedArchive archive(40);
    Database &db = *archive.db;
    for (const QString &text :
         {QStringLiteral("镇"), QStringLiteral("街道"), QStringLiteral("志愿服务")}) {
        INFO(text.toStdString());
        const QList<SearchHit> all = find(db, queryFor(text));
        REQUIRE(all.size() > 20);

        SearchQuery dated = queryFor(text);
        dated.from = QDate(2022, 5, 10);
        dated.to = QDate(2022, 6, 20);
        QList<SearchHit> expected;
        std::copy_if(all.begin(), all.end(), std::back_inserter(expected), [&](const SearchHit &h) {
            return h.date >= dated.from && h.date <= dated.to;
        });
        CHECK(!expected.isEmpty());
        CHECK(find(db, dated).size() == expected.size());

        SearchQuery section = queryFor(text);
        section.section = QStringLiteral("检查督导");
        const auto inSection = find(db, section);
        CHECK(inSection.size() == std::count_if(all.begin(), all.end(), [](const SearchHit &h) {
                  return h.section == QStringLiteral("检查督导");
              }));

        SearchQuery category = queryFor(text);
        category.category = QStringLiteral("文明实践");
        const auto inCategory = find(db, category);
        CHECK(inCategory.size() == std::count_if(all.begin(), all.end(), [](const SearchHit &h) {
                  return h.category == QStringLiteral("文明实践");
              }));

        SearchQuery published = queryFor(text);
        published.status = IssueStatus::Published;
        const auto inPublished = find(db, published);
        CHECK(inPublished.size() == std::count_if(all.begin(), all.end(), [](const SearchHit &h) {
                  return h.status == IssueStatus::Published;
              }));
        qsizetype everyState = 0;
        for (IssueStatus status : {IssueStatus::Draft, IssueStatus::AwaitingReview,
                                   IssueStatus::AwaitingSignature, IssueStatus::Published}) {
            SearchQuery inState = queryFor(text);
            inState.status = status;
            const auto hits = find(db, inState);
            CHECK(std::all_of(hits.begin(), hits.end(),
                              [&](const SearchHit &h) { return h.status == status; }));
            everyState += hits.size();
        }
        CHECK(everyState == all.size());

        SearchQuery limited = queryFor(text);
        limited.limit = 7;
        const auto first = find(db, limited);
        REQUIRE(first.size() == 7);
        for (int i = 0; i < 7; ++i) {
            CHECK(first.at(i).storageId == all.at(i).storageId);
            CHECK(first.at(i).location == all.at(i).location);
        }
    }
}

TEST_CASE("the unit filter keeps hits in that unit's items and accepts an alias",
          "[search][engines]") {
    GeneratedArchive archive(40);
    Database &db = *archive.db;
    SearchQuery byName = queryFor(QStringLiteral("，"));
    byName.unit = QStringLiteral("斋堂镇");
    const QList<SearchHit> hits = find(db, byName);
    REQUIRE(!hits.isEmpty());
    IssueRepository repository(db);
    for (const SearchHit &hit : hits) {
        REQUIRE(hit.location.part == SearchPart::Item);
        const Issue issue = repository.loadById(hit.storageId).value();
        CHECK(issue.sections[hit.location.section]
                  .categories[hit.location.block]
                  .items[hit.location.element]
                  .units.contains(QStringLiteral("斋堂镇")));
    }
    SearchQuery byAlias = byName;
    byAlias.unit = QStringLiteral("斋堂");
    CHECK(find(db, byAlias).size() == hits.size());
}

TEST_CASE("bad search input gets a specific message", "[search][engines]") {
    TestArchive archive;
    SearchQuery empty = queryFor(QStringLiteral("  "));
    auto r = ArchiveSearch(*archive.db).find(empty);
    REQUIRE(!r.ok());
    CHECK(r.error().kind == ErrorKind::BadInput);
    SearchQuery backwards = queryFor(QStringLiteral("镇"));
    backwards.from = QDate(2023, 1, 2);
    backwards.to = QDate(2023, 1, 1);
    r = ArchiveSearch(*archive.db).find(backwards);
    REQUIRE(!r.ok());
    CHECK(r.error().message.contains(QStringLiteral("2023-01-02")));
    // Characters with a meaning in the FTS5 query language are searched as plain text.
    for (const QString &odd : {QStringLiteral("\""), QStringLiteral("a\"b"), QStringLiteral("*"),
                               QStringLiteral("OR"), QStringLiteral("(镇")}) {
        CHECK(ArchiveSearch(*archive.db).find(queryFor(odd)).ok());
    }
}

TEST_CASE("opening an archive from before the search index indexes the issues it holds",
          "[search]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    {
        auto old = Database::openAtVersion(path, 2);
        REQUIRE(old.ok());
        Issue issue = sampleShapedIssue();
        issue.sections[2].categories[0].items[0].units = {QStringLiteral("东辛房")}; // an alias
        // saved as a program of schema 2 did: without the later participants
        REQUIRE(IssueRepository(**old, {}).save(issue).ok());
    }
    auto db = Database::open(path);
    REQUIRE(db.ok());
    const auto hits = find(**db, queryFor(QStringLiteral("门前三包")));
    REQUIRE(hits.size() == 1);
    CHECK(hits.first().number == 673);
    CHECK(hits.first().section == QStringLiteral("检查督导"));
    SearchQuery unit = queryFor(QStringLiteral("东辛房街道"));
    CHECK(find(**db, unit).size() == 2); // the alias was mapped when the unit list arrived
}
