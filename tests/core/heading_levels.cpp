// Heading levels in the model: the numbering they start with, and that a level is content a
// signature binds to, while issues without headings keep the content (and hash) they had.
#include "core/document/headingnumbering.h"
#include "core/document/issuedocument.h"
#include "core/document/issuesearch.h"
#include "core/document/structureeditor.h"
#include "core/headingnumber.h"
#include "core/signoff/canonicalcontent.h"
#include "core/signoff/contentdiff.h"
#include "support/fixtures.h"

#include <catch2/catch.hpp>

using namespace kuaibao;

namespace {

Issue smallIssue() {
    Issue issue;
    issue.templateId = QStringLiteral("t");
    issue.templateVersion = 1;
    issue.masthead.nameLines = {QStringLiteral("快报")};
    issue.masthead.number = 1;
    issue.masthead.office = QStringLiteral("办");
    issue.masthead.date = QDate(2024, 1, 2);
    Section section{QStringLiteral("指挥调度"), SectionKind::Articles, {}, {}};
    Article article;
    article.paragraphs << Paragraph{RichText(QStringLiteral("一、城关镇"))}
                       << Paragraph{RichText(QStringLiteral("开会。"))};
    section.articles << article;
    issue.sections << section;
    return issue;
}

} // namespace

TEST_CASE("heading numbering is read by level, and numbers that are not numbering are not") {
    struct Case {
        const char16_t *text;
        int level;
        int value;
        qsizetype length;
    };
    const Case cases[] = {
        {u"一、城关镇", 1, 1, 2},     {u"十二、问题", 1, 12, 3},   {u"二十三、问题", 1, 23, 4},
        {u"（一）城市社区", 2, 1, 3}, {u"(十)行政村", 2, 10, 3},   {u"1.东门社区", 3, 1, 2},
        {u"12、西关社区", 3, 12, 3},  {u"３．北坡村", 3, 3, 2},    {u"（1）楼道", 4, 1, 3},
        {u"(12)楼道", 4, 12, 4},      {u"1.5万名志愿者", 0, 0, 0}, {u"一是压实责任", 0, 0, 0},
        {u"（2024）年度", 0, 0, 0},   {u"十十、错", 0, 0, 0},      {u"二零、错", 0, 0, 0},
        {u"城关镇一、", 0, 0, 0},     {u"123.编号", 0, 0, 0},
    };
    for (const Case &c : cases) {
        const QString text = QString::fromUtf16(c.text);
        INFO(text.toStdString());
        const HeadingNumber number = HeadingNumber::of(text);
        CHECK(number.level == c.level);
        CHECK(number.value == c.value);
        CHECK(number.length == c.length);
    }
    CHECK(HeadingNumber::text(1, 12) == QStringLiteral("十二、"));
    CHECK(HeadingNumber::text(2, 3) == QStringLiteral("（三）"));
    CHECK(HeadingNumber::text(3, 4) == QStringLiteral("4."));
    CHECK(HeadingNumber::text(4, 20) == QStringLiteral("（20）"));
    for (int level = 1; level <= kMaxHeadingLevel; ++level) {
        for (int value = 1; value <= 99; ++value) {
            const HeadingNumber back =
                HeadingNumber::of(HeadingNumber::text(level, value) + QStringLiteral("标题"));
            CHECK((back.level == level && back.value == value));
        }
    }
}

TEST_CASE("canonical content without headings is the form it always was") {
    const QString expected = QStringLiteral("kuaibao-canonical 1\n"
                                            "template\tt 1\n"
                                            "masthead.name\t快报\n"
                                            "masthead.series\tregular\n"
                                            "masthead.number\t1\n"
                                            "masthead.cumulative\t\n"
                                            "masthead.office\t办\n"
                                            "masthead.date\t2024-01-02\n"
                                            "s1.name\t指挥调度\n"
                                            "s1.kind\tarticles\n"
                                            "s1.a1.title\t\n"
                                            "s1.a1.p1\t一、城关镇\n"
                                            "s1.a1.p2\t开会。\n"
                                            "s1.a1.attribution\t\n"
                                            "footer.roles\t\n"
                                            "footer.printRun\t\n");
    CHECK(CanonicalContent::fromIssue(smallIssue()).text() == expected);
    CHECK(CanonicalContent::fromIssue(smallIssue()).sha256() == sha256Hex(expected));
}

TEST_CASE("a heading level is content: the hash changes and the diff names it") {
    const Issue plain = smallIssue();
    Issue heading = plain;
    heading.sections[0].articles[0].paragraphs[0].level = 1;
    const CanonicalContent before = CanonicalContent::fromIssue(plain);
    const CanonicalContent after = CanonicalContent::fromIssue(heading);
    CHECK(after.value(QStringLiteral("s1.a1.p1.level")) == QStringLiteral("1"));
    CHECK(after.sha256() != before.sha256());

    Issue level2 = heading;
    level2.sections[0].articles[0].paragraphs[0].level = 2;
    const QList<ContentDifference> diff = diffContent(after, CanonicalContent::fromIssue(level2));
    REQUIRE(diff.size() == 1);
    CHECK(diff.first().kind == ContentDifference::Kind::Changed);
    CHECK(diff.first().place.contains(QStringLiteral("paragraph 1")));
    CHECK(diff.first().place.contains(QStringLiteral("heading level")));
    CHECK(diff.first().before == QStringLiteral("1"));
    CHECK(diff.first().after == QStringLiteral("2"));

    Result<CanonicalContent> back = CanonicalContent::parse(after.text());
    REQUIRE(back.ok());
    CHECK(back->sha256() == after.sha256());
}

TEST_CASE("setting a paragraph's level is one undoable step, and out of range changes nothing",
          "[document]") {
    const Issue original = test::headingsFixtureIssue();
    IssueDocument document(original);
    StructureEditor structure(document);
    REQUIRE(structure.setParagraphLevel(1, 1, 0, 2));
    CHECK(document.issue().sections[1].articles[1].paragraphs[0].level == 2);
    CHECK(document.undoStack()->count() == 1);
    CHECK(document.undoStack()->undoText() == QStringLiteral("Heading level 2"));
    REQUIRE(structure.setParagraphLevel(1, 1, 1, 0));
    CHECK(document.issue().sections[1].articles[1].paragraphs[1].level == 0);
    CHECK(document.undoStack()->count() == 2); // never merged with the step before
    document.undoStack()->undo();
    document.undoStack()->undo();
    CHECK(document.issue().sameContent(original));
    document.undoStack()->redo();
    CHECK(document.issue().sections[1].articles[1].paragraphs[0].level == 2);

    CHECK_FALSE(structure.setParagraphLevel(1, 1, 99, 1));
    CHECK_FALSE(structure.setParagraphLevel(1, 1, 0, 5));
    CHECK_FALSE(structure.setParagraphLevel(1, 1, 0, -1));
    CHECK_FALSE(structure.setParagraphLevel(2, 0, 0, 1)); // a 简讯 section has no articles
    CHECK(document.undoStack()->count() == 2);
}

TEST_CASE("find and replace in a heading keeps its level") {
    const Issue issue = test::headingsFixtureIssue();
    const Issue replaced =
        IssueSearch::replaceAll(issue, QStringLiteral("城关镇"), QStringLiteral("城南镇"));
    const Paragraph &heading = replaced.sections[1].articles[1].paragraphs[1];
    CHECK(heading.text.plainText() == QStringLiteral("一、城南镇"));
    CHECK(heading.level == 1);
}

TEST_CASE("a new heading is offered the numbering that continues its sequence") {
    Issue issue = test::fullFixtureIssue();
    Article article;
    for (const char16_t *text : {u"一、城关镇", u"（一）城市社区", u"东门社区", u"西关社区",
                                 u"行政村", u"北坡村", u"存在的问题"}) {
        article.paragraphs << Paragraph{RichText(QString::fromUtf16(text))};
    }
    article.paragraphs[0].level = 1;
    article.paragraphs[1].level = 2;
    issue.sections[0].articles = {article};
    IssueDocument document(issue);
    StructureEditor structure(document);
    auto text = [&](int p) {
        return document.issue().sections[0].articles[0].paragraphs[p].text.plainText();
    };
    REQUIRE(structure.setParagraphLevel(0, 0, 2, 3));
    CHECK(text(2) == QStringLiteral("1.东门社区"));
    REQUIRE(structure.setParagraphLevel(0, 0, 3, 3));
    CHECK(text(3) == QStringLiteral("2.西关社区"));
    REQUIRE(structure.setParagraphLevel(0, 0, 4, 2));
    CHECK(text(4) == QStringLiteral("（二）行政村"));
    REQUIRE(structure.setParagraphLevel(0, 0, 5, 3)); // starts again under （二）
    CHECK(text(5) == QStringLiteral("1.北坡村"));
    REQUIRE(structure.setParagraphLevel(0, 0, 6, 1));
    CHECK(text(6) == QStringLiteral("二、存在的问题"));
    // Another level's numbering is replaced; body text keeps its text; undo takes both back.
    REQUIRE(structure.setParagraphLevel(0, 0, 5, 4));
    CHECK(text(5) == QStringLiteral("（1）北坡村"));
    REQUIRE(structure.setParagraphLevel(0, 0, 5, 0));
    CHECK(text(5) == QStringLiteral("（1）北坡村"));
    document.undoStack()->undo();
    document.undoStack()->undo();
    CHECK(text(5) == QStringLiteral("1.北坡村"));
    CHECK(document.issue().sections[0].articles[0].paragraphs[5].level == 3);
}

TEST_CASE("renumbering the headings of an article is one undoable step") {
    Issue issue = test::fullFixtureIssue();
    Article article;
    const QList<std::pair<const char16_t *, int>> paragraphs = {
        {u"一、城关镇", 1},   {u"（三）城市社区", 2}, {u"正文。", 0},
        {u"（一）行政村", 2}, {u"一、问题", 1},       {u"（一）**整改**", 2}};
    for (const auto &[text, level] : paragraphs) {
        article.paragraphs << Paragraph{RichText::fromMarkup(QString::fromUtf16(text)), level};
    }
    issue.sections[0].articles = {article};
    IssueDocument document(issue);
    StructureEditor structure(document);
    REQUIRE(structure.renumberHeadings(0, 0));
    QStringList markup;
    for (const Paragraph &p : document.issue().sections[0].articles[0].paragraphs) {
        markup << p.text.toMarkup();
    }
    CHECK(markup == QStringList{QStringLiteral("一、城关镇"), QStringLiteral("（一）城市社区"),
                                QStringLiteral("正文。"), QStringLiteral("（二）行政村"),
                                QStringLiteral("二、问题"), QStringLiteral("（一）**整改**")});
    CHECK(document.undoStack()->count() == 1);
    CHECK(document.undoStack()->undoText() == QStringLiteral("Renumber headings"));
    CHECK_FALSE(structure.renumberHeadings(0, 0)); // already in sequence: no step
    document.undoStack()->undo();
    CHECK(document.issue().sameContent(issue));
}
