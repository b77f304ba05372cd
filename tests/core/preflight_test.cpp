// The preflight: each kind of finding is found, located, fixed (as one undoable step) and
// undone; a clean issue has no findings.
#include "core/document/issuedocument.h"
#include "core/preflight/numbering.h"
#include "core/preflight/preflight.h"
#include "support/fixtures.h"

#include <catch2/catch.hpp>

using namespace kuaibao;

namespace {

// The fixture without what the preflight rightly objects to (the full stops before （本刊）).
Issue cleanIssue() {
    Issue issue = test::fullFixtureIssue();
    for (Section &section : issue.sections) {
        for (Article &article : section.articles) {
            Paragraph &last = article.paragraphs.last();
            QString markup = last.text.toMarkup();
            markup.chop(1);
            last.text = RichText::fromMarkup(markup);
        }
    }
    return issue;
}

// Everything the archive would tell about the fixture: issue 11 a week before, its units,
// an unrelated item of last month and every footer name signed.
PreflightContext cleanContext() {
    PreflightContext context;
    context.previous = IssueStamp{11, QDate(2024, 3, 1)};
    context.knownUnits = {QStringLiteral("城关镇"), QStringLiteral("河口乡"),
                          QStringLiteral("县妇联"), QStringLiteral("县教育局"),
                          QStringLiteral("桥头镇")};
    context.recentBriefs << PastBrief{{10, QDate(2024, 2, 20)},
                                      {QStringLiteral("城关镇")},
                                      QStringLiteral("近日，西街社区组织志愿者清扫积雪。")};
    context.signatures = QList<SignatureStamp>{{QStringLiteral("编校"), QStringLiteral("赵一")},
                                               {QStringLiteral("审核"), QStringLiteral("钱二")},
                                               {QStringLiteral("核签"), QStringLiteral("孙三")}};
    return context;
}

QList<Finding> ofKind(const QList<Finding> &findings, const QString &kind) {
    QList<Finding> out;
    for (const Finding &f : findings) {
        if (f.kind == kind) {
            out << f;
        }
    }
    return out;
}

QString describe(const QList<Finding> &findings) {
    QStringList lines;
    for (const Finding &f : findings) {
        lines << f.placeText + QLatin1Char('\t') + severityKey(f.severity) + QLatin1Char('\t') +
                     f.kind + QLatin1Char('\t') + f.message;
    }
    return lines.join(QLatin1Char('\n'));
}

// Runs the preflight on `issue`: exactly one finding of `kind`, at `place`, with `severity`.
Finding findOne(const Issue &issue, const PreflightContext &context, const QString &kind,
                const QString &place, FindingSeverity severity) {
    const QList<Finding> all = Preflight::run(issue, context);
    INFO(describe(all).toStdString());
    const QList<Finding> found = ofKind(all, kind);
    REQUIRE(found.size() == 1);
    CHECK(found.first().placeText == place);
    CHECK(found.first().severity == severity);
    CHECK_FALSE(found.first().message.isEmpty());
    return found.first();
}

// Applies the finding's fix in a document: the kind is gone and the field reads `after`; one
// undo brings back the issue as it was, finding and all.
void fixAndUndo(const Issue &issue, const PreflightContext &context, const Finding &finding,
                const std::function<QString(const Issue &)> &field, const QString &after) {
    REQUIRE(finding.fix.has_value());
    IssueDocument document(issue);
    REQUIRE(Preflight::applyFix(document, finding));
    CHECK(document.undoStack()->count() == 1);
    CHECK(field(document.issue()) == after);
    CHECK(ofKind(Preflight::run(document.issue(), context), finding.kind).isEmpty());
    document.undoStack()->undo();
    CHECK(document.issue().sameContent(issue));
    CHECK(ofKind(Preflight::run(document.issue(), context), finding.kind).size() == 1);
    // A fix whose place changed since the check is refused, not applied somewhere else.
    document.undoStack()->redo();
    CHECK_FALSE(Preflight::applyFix(document, finding));
}

QString paragraph(const Issue &issue, int s, int a, int p) {
    return issue.sections.at(s).articles.at(a).paragraphs.at(p).text.plainText();
}

void setParagraphs(Issue &issue, int s, int a, const QStringList &texts) {
    QList<Paragraph> paragraphs;
    for (const QString &t : texts) {
        paragraphs << Paragraph{RichText(t)};
    }
    issue.sections[s].articles[a].paragraphs = paragraphs;
}

} // namespace

TEST_CASE("preflight: a clean issue has no findings", "[preflight]") {
    const QList<Finding> findings = Preflight::run(cleanIssue(), cleanContext());
    INFO(describe(findings).toStdString());
    CHECK(findings.isEmpty());
    CHECK_FALSE(hasErrors(findings));
}

TEST_CASE("preflight: half-width punctuation in Chinese text", "[preflight]") {
    Issue issue = cleanIssue();
    const auto body = [](const Issue &i) { return paragraph(i, 0, 0, 0); };
    SECTION("a comma, fixed to the full-width form") {
        setParagraphs(issue, 0, 0, {QStringLiteral("县里八日召开推进会,各乡镇参加")});
        const Finding f = findOne(issue, cleanContext(), QStringLiteral("halfwidth-punctuation"),
                                  QStringLiteral("S1.A1.P1:10"), FindingSeverity::Error);
        fixAndUndo(issue, cleanContext(), f, body,
                   QStringLiteral("县里八日召开推进会，各乡镇参加"));
    }
    SECTION("every mark of the list is found; numbers, URLs and 1. headings are left alone") {
        setParagraphs(issue, 0, 0,
                      {QStringLiteral("1.东门社区：共3.5万人,活动.南镇:20日;好!是吗?"),
                       QStringLiteral("他说\"好\"(试点)结束 www.example.org 10:30")});
        const QList<Finding> found =
            ofKind(Preflight::run(issue, cleanContext()), QStringLiteral("halfwidth-punctuation"));
        QStringList places;
        for (const Finding &f : found) {
            places << f.placeText + QLatin1Char('=') + f.fix->replacement;
        }
        CHECK(places ==
              QStringList{QStringLiteral("S1.A1.P1:14=，"), QStringLiteral("S1.A1.P1:17=。"),
                          QStringLiteral("S1.A1.P1:20=："), QStringLiteral("S1.A1.P1:24=；"),
                          QStringLiteral("S1.A1.P1:26=！"), QStringLiteral("S1.A1.P1:29=？"),
                          QStringLiteral("S1.A1.P2:3=“"), QStringLiteral("S1.A1.P2:5=”"),
                          QStringLiteral("S1.A1.P2:6=（"), QStringLiteral("S1.A1.P2:9=）")});
    }
    SECTION("in a 简讯 item") {
        Issue i = cleanIssue();
        i.sections[2].categories[0].items[0].text =
            RichText(QStringLiteral("近日,东街社区开展宣传。"));
        const Finding f = findOne(i, cleanContext(), QStringLiteral("halfwidth-punctuation"),
                                  QStringLiteral("S3.C1.I1:3"), FindingSeverity::Error);
        fixAndUndo(
            i, cleanContext(), f,
            [](const Issue &x) { return x.sections[2].categories[0].items[0].text.plainText(); },
            QStringLiteral("近日，东街社区开展宣传。"));
    }
}

TEST_CASE("preflight: a full stop before the attribution", "[preflight]") {
    const Issue issue = test::fullFixtureIssue(); // its articles end with 。 before （本刊）
    const QList<Finding> found =
        ofKind(Preflight::run(issue, cleanContext()), QStringLiteral("stop-before-attribution"));
    REQUIRE(found.size() == 2);
    CHECK(found.at(0).placeText == QStringLiteral("S1.A1.P2:21"));
    CHECK(found.at(1).placeText == QStringLiteral("S2.A1.P1:24"));
    CHECK(found.at(0).severity == FindingSeverity::Warning);
    Issue one = issue;
    one.sections[1].articles[0].paragraphs[0].text =
        cleanIssue().sections[1].articles[0].paragraphs[0].text;
    const Finding f = findOne(one, cleanContext(), QStringLiteral("stop-before-attribution"),
                              QStringLiteral("S1.A1.P2:21"), FindingSeverity::Warning);
    fixAndUndo(
        one, cleanContext(), f, [](const Issue &i) { return paragraph(i, 0, 0, 1); },
        QStringLiteral("会议要求：一要压实责任。要把任务分解到村"));
}

TEST_CASE("preflight: doubled punctuation keeps the stronger mark", "[preflight]") {
    Issue issue = cleanIssue();
    setParagraphs(issue, 0, 0, {QStringLiteral("会议召开，。各乡镇参加")});
    const Finding f = findOne(issue, cleanContext(), QStringLiteral("doubled-punctuation"),
                              QStringLiteral("S1.A1.P1:5"), FindingSeverity::Error);
    fixAndUndo(
        issue, cleanContext(), f, [](const Issue &i) { return paragraph(i, 0, 0, 0); },
        QStringLiteral("会议召开。各乡镇参加"));
}

TEST_CASE("preflight: quotes and brackets that do not pair", "[preflight]") {
    Issue issue = cleanIssue();
    setParagraphs(
        issue, 0, 0,
        {QStringLiteral("开展“我是光盘侠活动"), QStringLiteral("学习《条例》】和（试点）")});
    const QList<Finding> found =
        ofKind(Preflight::run(issue, cleanContext()), QStringLiteral("unpaired-mark"));
    REQUIRE(found.size() == 2);
    CHECK(found.at(0).placeText == QStringLiteral("S1.A1.P1:3"));
    CHECK(found.at(1).placeText == QStringLiteral("S1.A1.P2:7"));
    CHECK(found.at(0).severity == FindingSeverity::Error);
    CHECK_FALSE(found.at(0).fix.has_value()); // where the closing mark goes is for people to say
}

TEST_CASE("preflight: level numbering with a gap, a repeat and a skipped level", "[preflight]") {
    Issue issue = cleanIssue();
    const auto p = [](int n) { return [n](const Issue &i) { return paragraph(i, 0, 0, n); }; };
    SECTION("一、二、四: a gap, renumbered") {
        setParagraphs(issue, 0, 0,
                      {QStringLiteral("一、提高认识"), QStringLiteral("正文。"),
                       QStringLiteral("二、压实责任"), QStringLiteral("四、加强督导")});
        const Finding f = findOne(issue, cleanContext(), QStringLiteral("numbering-gap"),
                                  QStringLiteral("S1.A1.P4:1"), FindingSeverity::Error);
        fixAndUndo(issue, cleanContext(), f, p(3), QStringLiteral("三、加强督导"));
    }
    SECTION("1. 2. 2.: a repeat") {
        setParagraphs(issue, 0, 0,
                      {QStringLiteral("一、总体"), QStringLiteral("（一）城市社区"),
                       QStringLiteral("1.东门社区"), QStringLiteral("2、西门社区"),
                       QStringLiteral("2.南门社区")});
        const Finding f = findOne(issue, cleanContext(), QStringLiteral("numbering-repeat"),
                                  QStringLiteral("S1.A1.P5:1"), FindingSeverity::Error);
        fixAndUndo(issue, cleanContext(), f, p(4), QStringLiteral("3.南门社区"));
    }
    SECTION("（一） straight after body text: a skipped level, no fix") {
        setParagraphs(issue, 0, 0,
                      {QStringLiteral("会议指出。"), QStringLiteral("（一）城市社区"),
                       QStringLiteral("（二）行政村")});
        const Finding f = findOne(issue, cleanContext(), QStringLiteral("numbering-skipped-level"),
                                  QStringLiteral("S1.A1.P2:2"), FindingSeverity::Warning);
        CHECK_FALSE(f.fix.has_value());
        CHECK(ofKind(Preflight::run(issue, cleanContext()), QStringLiteral("numbering-gap"))
                  .isEmpty());
    }
    SECTION("numbered article titles continue one sequence; an untitled article starts anew") {
        Section &section = issue.sections[0];
        Article second = section.articles[0];
        second.title = QStringLiteral("二、河口乡");
        Article fourth = second;
        fourth.title = QStringLiteral("四、桥头镇");
        section.articles[0].title = QStringLiteral("一、城关镇");
        section.articles << second << fourth
                         << Article{{}, {Paragraph{RichText(QStringLiteral("一、另起"))}}, {}};
        const Finding f = findOne(issue, cleanContext(), QStringLiteral("numbering-gap"),
                                  QStringLiteral("S1.A3.title:1"), FindingSeverity::Error);
        fixAndUndo(
            issue, cleanContext(), f,
            [](const Issue &i) { return i.sections[0].articles[2].title; },
            QStringLiteral("三、桥头镇"));
    }
    SECTION("a new 一、 restarts the levels under it") {
        setParagraphs(issue, 0, 0,
                      {QStringLiteral("一、甲"), QStringLiteral("（一）子"),
                       QStringLiteral("（二）丑"), QStringLiteral("二、乙"),
                       QStringLiteral("（一）寅")});
        CHECK(Preflight::run(issue, cleanContext()).isEmpty());
    }
}

TEST_CASE("preflight: the numbering recogniser", "[preflight]") {
    const auto l = [](const char *utf8) {
        const auto p = recogniseNumbering(QString::fromUtf8(utf8));
        return p ? QStringLiteral("%1/%2").arg(p->level).arg(p->ordinal) : QStringLiteral("-");
    };
    CHECK(l("一、城关镇") == QStringLiteral("1/1"));
    CHECK(l("十二、其他") == QStringLiteral("1/12"));
    CHECK(l("二十、其他") == QStringLiteral("1/20"));
    CHECK(l("（三）行政村") == QStringLiteral("2/3"));
    CHECK(l("(三)行政村") == QStringLiteral("2/3"));
    CHECK(l("1.东门社区") == QStringLiteral("3/1"));
    CHECK(l("12、西门") == QStringLiteral("3/12"));
    CHECK(l("（4）北门") == QStringLiteral("4/4"));
    CHECK(l("\u3000\u3000二、压实") == QStringLiteral("1/2"));
    CHECK(l("3.5万人参加") == QStringLiteral("-"));
    CHECK(l("13日召开") == QStringLiteral("-"));
    CHECK(l("一要压实责任") == QStringLiteral("-"));
    CHECK(l("一十、错") == QStringLiteral("-"));
    CHECK(chineseNumeral(34) == QStringLiteral("三十四"));
    CHECK(parseChineseNumeral(QStringLiteral("三十四")) == 34);
}

TEST_CASE("preflight: a date in the text after the issue's date", "[preflight]") {
    Issue issue = cleanIssue(); // dated 2024-03-08
    setParagraphs(issue, 0, 0,
                  {QStringLiteral("3月7日召开会议，2023年12月30日部署，3月18日验收，"
                                  "12月30日总结")});
    const Finding f = findOne(issue, cleanContext(), QStringLiteral("date-after-issue"),
                              QStringLiteral("S1.A1.P1:24"), FindingSeverity::Warning);
    CHECK(f.place.length == 5);
    CHECK_FALSE(f.fix.has_value());
}

TEST_CASE("preflight: the masthead against the previous issue", "[preflight]") {
    Issue issue = cleanIssue();
    SECTION("dated before the previous issue") {
        issue.masthead.date = QDate(2024, 2, 28);
        findOne(issue, cleanContext(), QStringLiteral("issue-date-order"),
                QStringLiteral("masthead.date"), FindingSeverity::Error);
    }
    SECTION("a number that does not follow, renumbered") {
        issue.masthead.number = 14;
        const Finding f = findOne(issue, cleanContext(), QStringLiteral("issue-number-sequence"),
                                  QStringLiteral("masthead.number"), FindingSeverity::Error);
        fixAndUndo(
            issue, cleanContext(), f,
            [](const Issue &i) { return QString::number(i.masthead.number); },
            QStringLiteral("12"));
    }
    SECTION("number 1 in a new year follows any number") {
        issue.masthead.number = 1;
        issue.masthead.date = QDate(2025, 1, 6);
        CHECK(ofKind(Preflight::run(issue, cleanContext()), QStringLiteral("issue-number-sequence"))
                  .isEmpty());
    }
}

TEST_CASE("preflight: the footer's lines and signers", "[preflight]") {
    Issue issue = cleanIssue();
    SECTION("an empty 发 line") {
        issue.footer.distribution[1].text = QStringLiteral("  ");
        findOne(issue, cleanContext(), QStringLiteral("footer-empty-line"),
                QStringLiteral("footer.发"), FindingSeverity::Error);
    }
    SECTION("a contact line without a telephone number") {
        issue.footer.contacts.removeLast();
        findOne(issue, cleanContext(), QStringLiteral("contact-no-phone"),
                QStringLiteral("footer.电子邮箱"), FindingSeverity::Warning);
        issue.footer.contacts << LabelledLine{QStringLiteral("电话"), QStringLiteral("待定")};
        findOne(issue, cleanContext(), QStringLiteral("contact-no-phone"),
                QStringLiteral("footer.电话"), FindingSeverity::Warning);
    }
    SECTION("a signer named who has not signed, cleared by the fix") {
        PreflightContext context = cleanContext();
        context.signatures->removeLast();
        const Finding f = findOne(issue, context, QStringLiteral("signer-not-signed"),
                                  QStringLiteral("footer.staff.核签"), FindingSeverity::Warning);
        fixAndUndo(
            issue, context, f, [](const Issue &i) { return i.footer.staff[2].name; }, QString());
    }
}

TEST_CASE("preflight: 简讯 items", "[preflight]") {
    Issue issue = cleanIssue();
    BriefItem &item = issue.sections[2].categories[0].items[0];
    SECTION("without a unit") {
        item.units.clear();
        findOne(issue, cleanContext(), QStringLiteral("brief-no-unit"),
                QStringLiteral("S3.C1.I1.unit1"), FindingSeverity::Error);
    }
    SECTION("a unit not on the list, in an item and in also-took-part") {
        item.units = {QStringLiteral("城关镇"), QStringLiteral("东关镇")};
        issue.sections[2].categories[0].alsoUnits << QStringLiteral("西关镇");
        const QList<Finding> found =
            ofKind(Preflight::run(issue, cleanContext()), QStringLiteral("brief-unknown-unit"));
        REQUIRE(found.size() == 2);
        CHECK(found.at(0).placeText == QStringLiteral("S3.C1.I1.unit2"));
        CHECK(found.at(1).placeText == QStringLiteral("S3.C1.also3"));
        CHECK(found.at(0).message.contains(QStringLiteral("东关镇")));
    }
    SECTION("repeating an item of the last 3 months") {
        item.text = RichText(QStringLiteral("近日, 西街社区组织志愿者清扫积雪！"));
        const Finding f = findOne(issue, cleanContext(), QStringLiteral("brief-repeat"),
                                  QStringLiteral("S3.C1.I1:1"), FindingSeverity::Warning);
        CHECK(f.message.contains(QStringLiteral("10")));
    }
    SECTION("over 150 characters") {
        item.text = RichText(QString(151, QChar(u'字')));
        const Finding f = findOne(issue, cleanContext(), QStringLiteral("brief-too-long"),
                                  QStringLiteral("S3.C1.I1:151"), FindingSeverity::Warning);
        item.text = RichText(QString(150, QChar(u'字')) + QStringLiteral("  "));
        CHECK(ofKind(Preflight::run(issue, cleanContext()), QStringLiteral("brief-too-long"))
                  .isEmpty());
    }
}
