#pragma once

#include "core/issue.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace kuaibao {

// One 简讯 item of the archive, with the issue and category it appeared under.
struct PastItem {
    int number = 0;
    QDate date;
    QString category;
    QString unit;
    QString text;
};

// What the archive's 简讯 items say about a new item: the category its unit's items most often
// had, and whether it repeats one of them.
class SubmissionHistory {
public:
    explicit SubmissionHistory(const QList<Issue> &issues);

    // The category the unit's items most often had (ties: the most recent), if it has any.
    std::optional<QString> suggestedCategory(const QString &unit) const;
    // An item of the same unit, dated on or after `since`, sharing at least `threshold` of the
    // characters of the longer of the two texts.
    std::optional<PastItem> repeatOf(const QString &unit, const QString &text, const QDate &since,
                                     double threshold = 0.8) const;

    // The share of characters two texts have in common (as multisets, white space ignored),
    // relative to the longer one: 1 for the same text, 0 for nothing shared.
    static double sharedCharacters(const QString &a, const QString &b);

private:
    QList<PastItem> m_items;
};

} // namespace kuaibao
