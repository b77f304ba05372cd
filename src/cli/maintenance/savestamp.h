#pragma once

#include "core/issue.h"

#include <QString>

#include <optional>

namespace kuaibao {

// Who wrote a stamped issue and which revision it was written as.
struct SaveStamp {
    QString writer;
    int revision = 0;
};

// The issues `kuaibao-cli dev save-loop` writes, built so that a test can tell a whole save
// from a torn one: every field (masthead, how many sections, paragraphs and items, their
// text, the footer) follows from the number, the writer and the revision, so one stored
// issue is either exactly stampedIssue(n, w, r) or damaged.
Issue stampedIssue(int number, const QString &writer, int revision);

// The stamp an issue carries in its office line, when it has one.
std::optional<SaveStamp> readStamp(const Issue &issue);

// True when `issue` is exactly the stamped issue its stamp names, written as the revision it
// is stored at: no part of any other save is mixed in.
bool isWholeStampedSave(const Issue &issue);

} // namespace kuaibao
