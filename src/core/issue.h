#pragma once

#include "richtext.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kuaibao {

// Regular issues and 增刊 (special issues) are numbered in series of their own.
enum class Series { Regular, Supplement };

// Where an issue stands in sign-off. The sign-off workflow moves it; a new issue is a draft.
// A bulletin read from a file is a past issue: kept and searched, but nobody signs or edits it
// until it is made a draft.
enum class IssueStatus {
    Draft,             // 草稿
    AwaitingReview,    // 待审核: 编校 signed
    AwaitingSignature, // 待核签: 审核 signed
    Published,         // 已签发: 核签 signed
    Past,              // 往期（导入）: imported from a file, read-only, in nobody's queue
};

// Whether the window and the CLI may change an issue's text: a draft or one in sign-off (a
// signature there is withdrawn by a save), not a published or a past one.
inline bool isEditableStatus(IssueStatus status) {
    return status != IssueStatus::Published && status != IssueStatus::Past;
}

// The top of page 1: name, number, office and date.
struct Masthead {
    QStringList nameLines; // one line, or a small first line over a large second
    Series series = Series::Regular;
    int number = 0;                      // 第N期
    std::optional<int> cumulativeNumber; // 总第N期, where the office uses it
    QString office;
    QDate date;

    QString name() const { return nameLines.join(QString()); }
    bool operator==(const Masthead &) const = default;
};

// The heading levels a paragraph of an article may have (GB/T 9704 §7.3.3): 一、 （一） 1. （1）.
inline constexpr int kBodyLevel = 0;
inline constexpr int kMaxHeadingLevel = 4;

// One paragraph of an article: body text, or a heading of level 1–4 whose numbering (一、,
// （一）, 1., （1）) is part of its text.
struct Paragraph {
    RichText text;
    int level = kBodyLevel; // 0: body text; 1–4: a heading of that level
    bool isHeading() const { return level > kBodyLevel; }
    bool operator==(const Paragraph &) const = default;
};

// A report under a section: optional title, paragraphs, attribution such as （本刊）.
struct Article {
    QString title;
    QList<Paragraph> paragraphs;
    QString attribution;
    bool operator==(const Article &) const = default;
};

// One 简讯 item: the unit(s) it is credited to and what they did.
struct BriefItem {
    QStringList units;
    RichText text;
    bool operator==(const BriefItem &) const = default;
};

// A 简讯 category (文明培育 …): its items, then the units that "also took part".
struct BriefCategory {
    QString name;
    QList<BriefItem> items;
    QStringList alsoUnits;
    bool operator==(const BriefCategory &) const = default;
};

// Whether a section holds articles (指挥调度) or brief categories (简讯).
enum class SectionKind { Articles, Briefs };

// A section of the issue, in print order.
struct Section {
    QString name;
    SectionKind kind = SectionKind::Articles;
    QList<Article> articles;         // when kind == Articles
    QList<BriefCategory> categories; // when kind == Briefs
    bool operator==(const Section &) const = default;
};

// A staff credit in the footer: 编校：李国栋.
struct StaffCredit {
    QString role;
    QString name;
    bool operator==(const StaffCredit &) const = default;
};

// A labelled footer line: 报：…, 发：…, 电子邮箱：….
struct LabelledLine {
    QString label;
    QString text;
    bool operator==(const LabelledLine &) const = default;
};

// The 版记 at the bottom of the last page.
struct Footer {
    QList<StaffCredit> staff;         // in order: 编校, 审核, 核签
    QList<LabelledLine> distribution; // 报, 发, 送, 抄送
    QList<LabelledLine> contacts;     // 电子邮箱, 电话
    std::optional<int> printRun;      // 印数 / 共印N份
    bool operator==(const Footer &) const = default;
};

// One issue of a bulletin: the whole content, plus where it stands and how it is set.
struct Issue {
    Masthead masthead;
    QList<Section> sections;
    Footer footer;
    IssueStatus status = IssueStatus::Draft;
    QString templateId;      // which bulletin template it is set with
    int templateVersion = 0; // and which version of it

    // Persistence bookkeeping, filled by the repository; not content.
    qint64 storageId = 0; // 0 until first saved
    int revision = 0;     // bumped on every save; a save with a stale revision is a conflict

    // Equality of content and state, ignoring persistence bookkeeping.
    bool sameContent(const Issue &other) const;
};

// The status as the interface shows it (English source, translated to 草稿 … in zh_CN).
QString statusDisplayName(IssueStatus status);
// The official Chinese term, fixed whatever the locale: 草稿, 待审核, 待核签, 已签发.
// The command line's `list` prints it (a contract scripts rely on).
QString statusChineseLabel(IssueStatus status);
// Stable names used in storage and JSON: draft, review, signature, published.
QString statusKey(IssueStatus status);
std::optional<IssueStatus> statusFromKey(const QString &key);

QString seriesKey(Series series); // regular, supplement
std::optional<Series> seriesFromKey(const QString &key);

// The unit names an item is credited to, and the units named in also-took-part lists,
// flattened over the whole issue in reading order.
QStringList creditedUnits(const Issue &issue);
QStringList mentionedUnits(const Issue &issue);

} // namespace kuaibao
