#pragma once

#include "core/document/issuesearch.h"
#include "core/issue.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace kuaibao {

// How much a finding matters: an error stops 审核 from passing and makes `lint` exit 1; a
// warning is shown for the reviewer to judge.
enum class FindingSeverity { Error, Warning };

// A one-click repair: the characters at the finding's place are replaced. `expected` is what
// they must still be when the fix is applied (the issue may have changed since the check).
struct FindingFix {
    QString label;       // what the button says: "Replace , with ，"
    QString expected;    // the text at the place now
    QString replacement; // what it becomes (empty: removed)
};

// One thing the preflight found: where (a field of the issue, its paragraph and characters),
// how much it matters, a stable kind for scripts, a sentence for people and maybe a fix.
struct Finding {
    TextMatch place;   // field, paragraph (article body) or line, offset and length
    QString placeText; // the place as `lint` prints it: S1.A2.P3:14, footer.报 …
    FindingSeverity severity = FindingSeverity::Warning;
    QString kind;    // halfwidth-punctuation, numbering-gap … (docs/preflight.md)
    QString message; // translated
    std::optional<FindingFix> fix;
};

// "error" or "warning", as `lint` prints it.
QString severityKey(FindingSeverity severity);
bool hasErrors(const QList<Finding> &findings);

// The place of a field of `issue` as printed: 1-based section, article/category and
// paragraph/item, then ':' and the 1-based character the finding starts at.
QString placeText(const Issue &issue, const TextMatch &place);

// An issue of the archive the checks compare with.
struct IssueStamp {
    int number = 0;
    QDate date;
};

// A 简讯 item of an earlier issue (for repeats).
struct PastBrief {
    IssueStamp issue;
    QStringList units;
    QString text;
};

// A standing signature: who signed the issue in which role.
struct SignatureStamp {
    QString role;
    QString person;
};

// What the checks need from the archive, gathered by the caller as plain data.
struct PreflightContext {
    std::optional<IssueStamp> previous; // the issue with the next lower number of its series
    QSet<QString> knownUnits;           // unit names and aliases; empty: units are not checked
    QList<PastBrief> recentBriefs;      // items of the 3 months before the issue's date
    std::optional<QList<SignatureStamp>> signatures; // nothing: signatures are not checked
};

} // namespace kuaibao
