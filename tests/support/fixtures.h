#pragma once

#include "core/issue.h"

namespace kuaibao::test {

// An issue of our own that sets every field of the model (not the sample's text): two article
// sections, one with a titled article, bold runs, a 简讯 section with items of one and two
// units and also-took-part units, a full footer with a print run, a cumulative number.
Issue fullFixtureIssue(int number = 12, const QDate &date = QDate(2024, 3, 8));

} // namespace kuaibao::test
