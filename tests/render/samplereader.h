#pragma once

#include "core/issue.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace kuaibao::test {

// Issue 673 built at run time from the sample text (another office's text, never committed),
// with where the original's pages began: the sample cuts a paragraph with a blank line at each
// page break.
struct SampleIssue {
    Issue issue;
    QStringList pageStarts; // the first characters of pages 2, 3, … in the original
    QStringList paragraphs; // every body paragraph's plain text, in order
};

// A small reader for this one sample's form, for tests only (the importer is the real one).
std::optional<SampleIssue> readSampleIssue(const QString &path);

} // namespace kuaibao::test
