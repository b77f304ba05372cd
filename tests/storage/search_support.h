#pragma once

#include "core/bulletintemplate.h"
#include "core/issue.h"
#include "storage/database.h"
#include "support/testarchive.h"

namespace kuaibao::test {

// A fresh archive on the run's engine (support/testarchive.h) filled with generated issues.
struct GeneratedArchive : TestArchive {
    explicit GeneratedArchive(int generatedIssues, std::uint64_t seed = 11);
};

// The built-in template (the unit list, sections and categories of 门头沟).
const BulletinTemplate &defaultTemplate();

// Issue 673 of 2022-04-13 with the sample's 简讯 structure: the units and categories it
// lists, with our own placeholder texts (the sample's prose is never copied here), and a
// 检查督导 report whose participant list names departments that are not items.
Issue sampleShapedIssue();

} // namespace kuaibao::test
