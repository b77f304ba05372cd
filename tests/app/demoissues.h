#pragma once

#include "core/issue.h"

namespace kuaibao::test {

// Issues of our own for screenshots and benchmarks, set with the built-in template (its unit
// names, so nothing is marked unknown). Never the sample's text.
// A one-page issue: a meeting report with bold, an inspection, three 简讯 items.
Issue demoIssue(int number, const QDate &date);
// A long issue (about four printed pages) for the typing benchmark.
Issue fourPageIssue(int number, const QDate &date);

} // namespace kuaibao::test
