// The search index finds every occurrence: each query is checked against a brute-force scan
// of every stored issue, on a generated archive, before and after edits and deletes.
#include "search_support.h"

#include "storage/issuerepository.h"
#include "storage/search/archivesearch.h"

#include <catch2/catch.hpp>

#include <set>

using namespace kuaibao;
using namespace kuaibao::test;

namespace {

using HitKey = std::tuple<qint64, int, int, int, int>;

HitKey keyOf(qint64 id, SearchPart part, int section, int block, int element) {
    return {id, static_cast<int>(part), section, block, element};
}

// Every piece of text holding `query`, found by reading each stored issue field by field.
std::set<HitKey> bruteForce(Database &db, const QString &query) {
    IssueRepository repository(db);
    std::set<HitKey> out;
    auto check = [&](const QString &text, const HitKey &key) {
        if (text.contains(query, Qt::CaseInsensitive)) {
            out.insert(key);
        }
    };
    const QList<IssueSummary> summaries = repository.list().value();
    for (const IssueSummary &summary : summaries) {
        const Issue issue = repository.loadById(summary.storageId).value();
        const qint64 id = summary.storageId;
        for (int s = 0; s < issue.sections.size(); ++s) {
            const Section &section = issue.sections.at(s);
            for (int a = 0; a < section.articles.size(); ++a) {
                check(section.articles.at(a).title, keyOf(id, SearchPart::Title, s, a, -1));
                for (int p = 0; p < section.articles.at(a).paragraphs.size(); ++p) {
                    check(section.articles.at(a).paragraphs.at(p).text.plainText(),
                          keyOf(id, SearchPart::Paragraph, s, a, p));
                }
            }
            for (int c = 0; c < section.categories.size(); ++c) {
                const BriefCategory &category = section.categories.at(c);
                for (int i = 0; i < category.items.size(); ++i) {
                    check(category.items.at(i).units.join(QStringLiteral("、")),
                          keyOf(id, SearchPart::ItemUnits, s, c, i));
                    check(category.items.at(i).text.plainText(),
                          keyOf(id, SearchPart::Item, s, c, i));
                }
                check(category.alsoUnits.join(QStringLiteral("、")),
                      keyOf(id, SearchPart::AlsoUnits, s, c, -1));
            }
        }
    }
    return out;
}

QList<SearchHit> search(Database &db, const QString &text) {
    SearchQuery query;
    query.text = text;
    auto hits = ArchiveSearch(db).find(query);
    REQUIRE(hits.ok());
    return hits.value();
}

std::set<HitKey> keysOf(const QList<SearchHit> &hits) {
    std::set<HitKey> out;
    for (const SearchHit &h : hits) {
        out.insert(keyOf(h.storageId, h.location.part, h.location.section, h.location.block,
                         h.location.element));
    }
    return out;
}

// Queries of `length` characters cut from the archive's own text at spread-out places.
QStringList queriesFrom(Database &db, int length, int count) {
    const QList<SearchHit> pieces = search(db, QStringLiteral("。"));
    REQUIRE(!pieces.isEmpty());
    QStringList out;
    for (int i = 0; out.size() < count && i < count * 10; ++i) {
        const QString text = pieces.at((i * 37) % pieces.size()).text;
        if (text.size() <= length) {
            continue;
        }
        const QString query = text.mid((i * 13) % (text.size() - length), length);
        if (!query.trimmed().isEmpty() && query.trimmed().size() == length &&
            !out.contains(query)) {
            out.append(query);
        }
    }
    return out;
}

void requireEveryMatch(Database &db, const QStringList &queries) {
    for (const QString &query : queries) {
        INFO("query: " << query.toStdString());
        const QList<SearchHit> hits = search(db, query);
        const std::set<HitKey> expected = bruteForce(db, query);
        CHECK(static_cast<size_t>(hits.size()) == expected.size());
        CHECK(keysOf(hits) == expected);
        for (const SearchHit &hit : hits) {
            CHECK(hit.snippet.text.contains(kMatchOpen + query + kMatchClose, Qt::CaseInsensitive));
        }
    }
}

const QStringList kFixedQueries = {QStringLiteral("乡"),     QStringLiteral("创城"),
                                   QStringLiteral("斋堂镇"), QStringLiteral("门前三包"),
                                   QStringLiteral("“"),      QStringLiteral("2"),
                                   QStringLiteral("区妇联"), QStringLiteral("从未出现过的词")};

} // namespace

TEST_CASE("search finds every occurrence of one-, two- and longer queries", "[search][engines]") {
    GeneratedArchive archive(40);
    Database &db = *archive.db;
    QStringList queries = kFixedQueries;
    for (int length : {1, 2, 3, 4, 6}) {
        queries += queriesFrom(db, length, 8);
    }
    REQUIRE(queries.size() > 40);
    requireEveryMatch(db, queries);
    CHECK(search(db, QStringLiteral("从未出现过的词")).isEmpty());
    CHECK(!search(db, QStringLiteral("斋堂镇")).isEmpty());
}

TEST_CASE("search lists hits newest first, in reading order within an issue", "[search][engines]") {
    GeneratedArchive archive(25);
    const QList<SearchHit> hits = search(*archive.db, QStringLiteral("镇"));
    REQUIRE(hits.size() > 50);
    for (qsizetype i = 1; i < hits.size(); ++i) {
        const SearchHit &a = hits.at(i - 1);
        const SearchHit &b = hits.at(i);
        INFO(i);
        REQUIRE((a.date > b.date || (a.date == b.date && a.number >= b.number)));
        if (a.number == b.number) {
            REQUIRE(std::tuple(a.location.section, a.location.block) <=
                    std::tuple(b.location.section, b.location.block));
        }
    }
}

TEST_CASE("the index follows edits and deletes in the same save", "[search][engines]") {
    GeneratedArchive archive(20);
    Database &db = *archive.db;
    IssueRepository repository(db);
    const QStringList before = kFixedQueries + queriesFrom(db, 2, 5) + queriesFrom(db, 4, 5);

    Issue edited = repository.load(680).value();
    const QString removedText =
        edited.sections[0].articles[0].paragraphs.takeLast().text.plainText();
    edited.sections[0].articles[0].paragraphs[0].text =
        RichText(QStringLiteral("全新写入的螺蛳粉段落，鸮。"));
    edited.sections[2].categories[0].items[0].units = {QStringLiteral("清水镇")};
    REQUIRE(repository.save(edited).ok());
    REQUIRE(repository.remove(685).ok());

    QStringList after = before;
    after << QStringLiteral("螺蛳粉") << QStringLiteral("鸮") << QStringLiteral("螺蛳")
          << QStringLiteral("清水镇") << removedText.left(5) << removedText.mid(3, 2);
    requireEveryMatch(db, after);
    CHECK(search(db, QStringLiteral("鸮")).size() == 1);
    for (const SearchHit &hit : search(db, QStringLiteral("镇"))) {
        CHECK(hit.number != 685);
    }
}

TEST_CASE("a save the index refuses is not written at all", "[search][engines]") {
    GeneratedArchive archive(3);
    Database &db = *archive.db;
    IssueRepository repository(db);
    Issue huge = repository.load(675).value();
    huge.storageId = 0;
    huge.masthead.number = 2000000; // beyond what the index's row ids can hold
    huge.sections[0].articles[0].paragraphs[0].text =
        RichText(QStringLiteral("不应被索引的鸮鸮鸮"));
    const auto saved = repository.save(huge);
    REQUIRE(!saved.ok());
    CHECK(saved.error().message.contains(QStringLiteral("2000000")));
    CHECK(!repository.exists(2000000).value());
    CHECK(search(db, QStringLiteral("鸮")).isEmpty());
    CHECK(search(db, QStringLiteral("鸮鸮鸮")).isEmpty());
}

TEST_CASE("spaces, Latin letters and characters beyond the BMP are found too",
          "[search][engines]") {
    TestArchive archive;
    Database &db = *archive.db;
    Issue issue = sampleShapedIssue();
    issue.sections[1].articles[0].title = QStringLiteral("张翠萍 12 日检查 ABC 商场");
    issue.sections[0].articles[0].paragraphs[0].text =
        RichText(QStringLiteral("𠀀村与𠀁村的“门前三包”，e-mail：abc@x.cn。\t末"));
    REQUIRE(IssueRepository(db).save(issue).ok());
    const QStringList queries = {
        QStringLiteral("𠀀"),       QStringLiteral("𠀀村"), QStringLiteral("村与𠀁"),
        QStringLiteral("萍 1"),     QStringLiteral("12"),   QStringLiteral("abc"),
        QStringLiteral("A"),        QStringLiteral("@"),    QStringLiteral("“门"),
        QStringLiteral("日检查 A"), QStringLiteral("末"),   QStringLiteral("。\t末")};
    requireEveryMatch(db, queries);
    CHECK(search(db, QStringLiteral("abc")).size() == 2);
    CHECK(search(db, QStringLiteral("𠀀")).size() == 1);
    CHECK(search(db, QStringLiteral("末")).size() == 1);
}

TEST_CASE("characters the short index folds together are told apart", "[search][engines]") {
    TestArchive archive;
    Database &db = *archive.db;
    Issue issue = sampleShapedIssue();
    issue.sections[1].articles[0].title = QStringLiteral("甲 乙");
    issue.sections[0].articles[0].paragraphs[0].text = RichText(QStringLiteral("丙\u200B丁"));
    REQUIRE(IssueRepository(db).save(issue).ok());
    requireEveryMatch(db, {QStringLiteral("\u200B"), QStringLiteral("\u200B丁"),
                           QStringLiteral("甲 乙"), QStringLiteral("丙\u200B")});
    CHECK(search(db, QStringLiteral("\u200B")).size() == 1);
    CHECK(search(db, QStringLiteral("丙\u200B")).size() == 1);
}
