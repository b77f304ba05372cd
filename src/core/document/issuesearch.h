#pragma once

#include "core/issue.h"
#include "fieldkey.h"

#include <QList>

namespace kuaibao {

// One place where the searched text occurs: the field, the paragraph within an article's
// body (0 elsewhere), and the characters.
struct TextMatch {
    FieldKey key;
    int paragraph = 0;
    qsizetype offset = 0;
    qsizetype length = 0;
    bool operator==(const TextMatch &) const = default;
};

// Find and replace across a whole issue: office, titles, paragraphs, attributions, items,
// unit names and the footer, in reading order. Matching is exact (case-sensitive for Latin).
class IssueSearch {
public:
    static QList<TextMatch> findAll(const Issue &issue, const QString &needle);
    // The issue with every occurrence replaced; a replaced piece of paragraph text keeps the
    // weight (bold or plain) of the match's first character. `count` receives how many.
    static Issue replaceAll(const Issue &issue, const QString &needle, const QString &replacement,
                            int *count = nullptr);
    // The issue with just the one occurrence replaced, if it is still there.
    static std::optional<Issue> replaceOne(const Issue &issue, const TextMatch &match,
                                           const QString &replacement);
};

} // namespace kuaibao
