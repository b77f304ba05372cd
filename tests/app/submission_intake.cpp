// The logic behind dropping and pasting submissions onto the 简讯 section, without widgets:
// units, proposed categories, repeats, the paste rule, and the one undoable step that adds them.
#include "appfixture.h"
#include "submissionfiles.h"

#include "app/editor/boldtext.h"
#include "app/submission/submissionintake.h"
#include "core/document/issuedocument.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QUndoStack>

using namespace kuaibao;
using namespace kuaibao::test;

namespace {

struct Brief {
    QString category;
    QString unit;
    QString text;
};

Issue briefsIssue(int number, const QDate &date, const QList<Brief> &items,
                  const QStringList &categories = {}) {
    Issue issue;
    issue.masthead.number = number;
    issue.masthead.date = date;
    Section briefs{QStringLiteral("简讯"), SectionKind::Briefs, {}, {}};
    for (const QString &name : categories) {
        briefs.categories << BriefCategory{name, {}, {}};
    }
    for (const Brief &item : items) {
        auto category =
            std::find_if(briefs.categories.begin(), briefs.categories.end(),
                         [&](const BriefCategory &c) { return c.name == item.category; });
        if (category == briefs.categories.end()) {
            briefs.categories << BriefCategory{item.category, {}, {}};
            category = briefs.categories.end() - 1;
        }
        category->items << BriefItem{{item.unit}, RichText(item.text)};
    }
    issue.sections << Section{QStringLiteral("指挥调度"), SectionKind::Articles, {}, {}} << briefs;
    return issue;
}

QList<UnitEntry> unitList() {
    return {{QStringLiteral("大峪街道"), {QStringLiteral("大峪")}},
            {QStringLiteral("斋堂镇"), {QStringLiteral("斋堂")}},
            {QStringLiteral("区妇联"), {QStringLiteral("区妇女联合会")}}};
}

const QString kFestival = QStringLiteral("近日，桑峪村举办民俗文化节，村民三百余人参加。");
const QString kReading = QStringLiteral("12日，组织家长学校开展亲子阅读活动，六十个家庭参加。");
const QString kThisIssue = QStringLiteral("8日，区妇联在本期已报过的巾帼志愿服务活动。");
const QString kStale = QStringLiteral("这是存档中本期的旧稿，编辑时已删去的一条信息。");

// The open issue No. 41 (storage id 7) as edited, and the archive around it: No. 40 a month
// earlier, No. 20 five months earlier, and No. 41's stored copy, which still has an item the
// editing has taken out.
struct Archive {
    Issue open = briefsIssue(41, QDate(2025, 6, 12),
                             {{QStringLiteral("文明实践"), QStringLiteral("区妇联"), kThisIssue}},
                             {QStringLiteral("文明培育"), QStringLiteral("文明实践")});
    QList<Issue> stored;

    Archive() {
        open.storageId = 7;
        Issue storedOpen = open;
        storedOpen.sections[1].categories[0].items
            << BriefItem{{QStringLiteral("大峪街道")}, RichText(kStale)};
        stored << storedOpen
               << briefsIssue(40, QDate(2025, 5, 20),
                              {{QStringLiteral("文明实践"), QStringLiteral("斋堂镇"), kFestival},
                               {QStringLiteral("文明实践"), QStringLiteral("斋堂镇"),
                                QStringLiteral("组织志愿者清理河道垃圾30余袋。")},
                               {QStringLiteral("综合整治"), QStringLiteral("斋堂镇"),
                                QStringLiteral("开展背街小巷环境整治。")}})
               << briefsIssue(
                      20, QDate(2025, 1, 10),
                      {{QStringLiteral("我为群众办实事"), QStringLiteral("区妇联"), kReading},
                       {QStringLiteral("我为群众办实事"), QStringLiteral("区妇联"),
                        QStringLiteral("为辖区困难妇女送去慰问品。")}});
        stored[1].storageId = 5;
        stored[2].storageId = 3;
    }
    SubmissionIntake intake() const { return SubmissionIntake(unitList(), stored, open, 1); }
};

QList<RichText> lines(const QStringList &texts) {
    return BoldText::fromPlainText(texts.join(QLatin1Char('\n')));
}

} // namespace

TEST_CASE("submission intake: units matched, categories proposed, repeats found",
          "[app][submission]") {
    const Archive archive;
    const SubmissionIntake intake = archive.intake();
    const Result<QList<SubmissionRow>> read = intake.readParagraphs(
        lines({QStringLiteral("本周各单位报送信息汇总"),
               QStringLiteral("斋堂：") + kFestival + QStringLiteral("欢迎参加！"),
               QStringLiteral("大峪：") + kStale, QStringLiteral("新河社区：组织居民清扫楼道。"),
               QStringLiteral("区妇联：") + kReading, QStringLiteral("区妇联：") + kThisIssue,
               QStringLiteral("新河社区：组织居民清扫楼道！")}),
        QStringLiteral("the pasted text"));
    REQUIRE(read);
    const QList<SubmissionRow> &rows = *read;
    REQUIRE(rows.size() == 6); // the header is dropped

    // An alias, the unit's usual category, and a repeat of No. 40: unchecked.
    CHECK(rows[0].writtenUnit == QStringLiteral("斋堂"));
    CHECK(rows[0].unit == QStringLiteral("斋堂镇"));
    CHECK(rows[0].unitKnown);
    CHECK(rows[0].category == QStringLiteral("文明实践"));
    CHECK(rows[0].categorySource == CategorySource::Usual);
    REQUIRE(rows[0].earlier);
    CHECK(rows[0].earlier->item.number == 40);
    CHECK(rows[0].earlier->item.date == QDate(2025, 5, 20));
    CHECK(rows[0].earlier->item.text == kFestival);
    CHECK_FALSE(rows[0].earlier->sameSubmission);
    CHECK(rows[0].earlier->shared >= 0.8);
    CHECK_FALSE(rows[0].checked);

    // The stored copy of the open issue does not count: its item was taken out in the editing.
    // No earlier items: the section's first category, as a suggestion.
    CHECK(rows[1].unit == QStringLiteral("大峪街道"));
    CHECK_FALSE(rows[1].earlier);
    CHECK(rows[1].checked);
    CHECK(rows[1].category == QStringLiteral("文明培育"));
    CHECK(rows[1].categorySource == CategorySource::Default);

    // An unknown unit is kept as written, and marked.
    CHECK(rows[2].unit == QStringLiteral("新河社区"));
    CHECK_FALSE(rows[2].unitKnown);
    CHECK(rows[2].checked);

    // No. 20 is more than 3 months before No. 41: not a repeat, but its category is the usual
    // one (two items there, one in No. 41).
    CHECK_FALSE(rows[3].earlier);
    CHECK(rows[3].category == QStringLiteral("我为群众办实事"));

    // The open issue as edited counts; so does an item above in the same submission.
    REQUIRE(rows[4].earlier);
    CHECK(rows[4].earlier->item.number == 41);
    CHECK_FALSE(rows[4].checked);
    REQUIRE(rows[5].earlier);
    CHECK(rows[5].earlier->sameSubmission);
    CHECK_FALSE(rows[5].checked);

    // The section's categories first, then the archive's, most used first.
    const QStringList choices = intake.categoryChoices();
    CHECK(choices == QStringList{QStringLiteral("文明培育"), QStringLiteral("文明实践"),
                                 QStringLiteral("我为群众办实事"), QStringLiteral("综合整治")});
    CHECK(intake.unitCompletions().contains(QStringLiteral("大峪")));
}

TEST_CASE("submission intake: a corrected unit is judged again", "[app][submission]") {
    const SubmissionIntake intake = Archive().intake();
    const SubmissionRow unknown = intake.assess(QStringLiteral("斋堂乡"), RichText(kFestival), {});
    CHECK_FALSE(unknown.unitKnown);
    CHECK_FALSE(unknown.earlier);
    CHECK(unknown.checked);
    const SubmissionRow corrected =
        intake.assess(QStringLiteral("斋堂镇"), RichText(kFestival), {});
    CHECK(corrected.unitKnown);
    CHECK(corrected.category == QStringLiteral("文明实践"));
    REQUIRE(corrected.earlier);
    CHECK(corrected.earlier->item.number == 40);
    CHECK_FALSE(corrected.checked);
}

TEST_CASE("submission intake: which pastes are submissions", "[app][submission]") {
    const QStringList units = {QStringLiteral("斋堂镇"), QStringLiteral("区妇联")};
    const QList<RichText> one = lines({QStringLiteral("斋堂镇：近日开展活动。")});
    const QList<RichText> two =
        lines({QStringLiteral("斋堂镇：近日开展活动。"), QStringLiteral("区妇联：组织读书会。")});
    const QList<RichText> plain = lines({QStringLiteral("近日，桑峪村举办民俗文化节。")});
    const QList<RichText> speech = lines({QStringLiteral("张翠萍要求：抓好落实。")});
    // One item typed into an item's text stays an ordinary paste; two are a submission.
    CHECK_FALSE(SubmissionIntake::isSubmissionPaste(one, units, true));
    CHECK(SubmissionIntake::isSubmissionPaste(two, units, true));
    // Anywhere else in the section (a unit field, a category name), one item is enough.
    CHECK(SubmissionIntake::isSubmissionPaste(one, units, false));
    CHECK_FALSE(SubmissionIntake::isSubmissionPaste(plain, units, false));
    CHECK_FALSE(SubmissionIntake::isSubmissionPaste(speech, units, false));
    CHECK_FALSE(SubmissionIntake::isSubmissionPaste({}, units, false));
}

TEST_CASE("submission intake: the checked rows are added as one undoable step",
          "[app][submission]") {
    const Archive archive;
    IssueDocument document(archive.open);
    const Section before = document.issue().sections.at(1);
    SubmissionRow training{QStringLiteral("大峪"),
                           QStringLiteral("大峪街道"),
                           true,
                           RichText::fromMarkup(QStringLiteral("组织**垃圾分类**宣传。")),
                           QStringLiteral("文明培育"),
                           CategorySource::Default,
                           std::nullopt,
                           true};
    SubmissionRow repeat = training;
    repeat.checked = false;
    SubmissionRow newCategory{QStringLiteral("新河社区"),
                              QStringLiteral("新河社区"),
                              false,
                              RichText(QStringLiteral("清扫楼道。")),
                              QStringLiteral("社区治理"),
                              CategorySource::Chosen,
                              std::nullopt,
                              true};

    const AddedSubmissions added =
        SubmissionIntake::addRows(document, 1, {repeat, training, newCategory});
    CHECK(added.count == 2);
    CHECK(added.first == FieldKey{FieldKey::ItemText, 1, 0, 0});
    const Section &after = document.issue().sections.at(1);
    REQUIRE(after.categories.size() == 3);
    REQUIRE(after.categories[0].items.size() == 1);
    CHECK(after.categories[0].items[0].units == QStringList{QStringLiteral("大峪街道")});
    CHECK(after.categories[0].items[0].text.toMarkup() == QStringLiteral("组织**垃圾分类**宣传。"));
    CHECK(after.categories[1] == before.categories[1]);
    CHECK(after.categories[2].name == QStringLiteral("社区治理"));
    CHECK(after.categories[2].items[0].units == QStringList{QStringLiteral("新河社区")});

    QUndoStack *undo = document.undoStack();
    CHECK(undo->count() == 1);
    CHECK(undo->undoText() == QStringLiteral("Add 2 submitted item(s)"));
    undo->undo();
    CHECK(document.issue().sections.at(1) == before);
    undo->redo();
    CHECK(document.issue().sections.at(1).categories.size() == 3);

    // Nothing checked, or no 简讯 section there: nothing happens.
    CHECK(SubmissionIntake::addRows(document, 1, {repeat}).count == 0);
    CHECK(SubmissionIntake::addRows(document, 0, {training}).count == 0);
    CHECK(SubmissionIntake::addRows(document, 9, {training}).count == 0);
    CHECK(undo->count() == 1);
}

TEST_CASE("submission intake: files are read whole before anything is proposed",
          "[app][submission]") {
    const SubmissionIntake intake = Archive().intake();
    QTemporaryDir dir;
    const QString week = dir.filePath(QStringLiteral("week.docx"));
    writeFile(week,
              submissionDocx({{QStringLiteral("本周各单位报送信息汇总"), QString()},
                              {QStringLiteral("斋堂镇："), QStringLiteral("植树三百株。")},
                              {QStringLiteral("区妇女联合会："), QStringLiteral("举办讲座。")},
                              {QString(), QStringLiteral("二百人参加。")}}));
    const Result<QList<SubmissionRow>> rows = intake.readFiles({week});
    REQUIRE(rows);
    REQUIRE(rows->size() == 2);
    CHECK(rows->at(1).unit == QStringLiteral("区妇联"));
    CHECK(rows->at(1).text.plainText() == QStringLiteral("举办讲座。二百人参加。"));

    const QString old = dir.filePath(QStringLiteral("old.doc"));
    writeFile(old, QByteArray::fromHex("D0CF11E0A1B11AE1") + QByteArray(600, '\0'));
    const Result<QList<SubmissionRow>> refused = intake.readFiles({week, old});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(old));
    CHECK(refused.error().message.contains(QStringLiteral("save it as .docx")));
}

TEST_CASE("submission intake: loads the unit list and the archive, the open issue as edited",
          "[app][submission]") {
    AppFixture fixture;
    IssueRepository repository(*fixture.database);
    Issue earlier = fixture.createIssue();
    earlier.sections.last().categories[2].items
        << BriefItem{{QStringLiteral("斋堂镇")}, RichText(kFestival)};
    REQUIRE(repository.save(earlier));
    Issue open = fixture.createIssue();

    const Result<SubmissionIntake> intake =
        SubmissionIntake::load(*fixture.database, open, int(open.sections.size()) - 1);
    REQUIRE(intake);
    const SubmissionRow row = intake->assess(QStringLiteral("斋堂"), RichText(kFestival), {});
    CHECK(row.unit == QStringLiteral("斋堂镇")); // the template's alias, from the archive's list
    CHECK(row.category == earlier.sections.last().categories[2].name);
    REQUIRE(row.earlier);
    CHECK(row.earlier->item.number == earlier.masthead.number);
    const Result<QStringList> names = SubmissionIntake::unitNames(*fixture.database);
    REQUIRE(names);
    CHECK(names->contains(QStringLiteral("大峪")));
}
