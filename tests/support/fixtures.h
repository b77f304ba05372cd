#pragma once

#include "core/issue.h"

namespace kuaibao::test {

// An issue of our own that sets every field of the model (not the sample's text): two article
// sections, one with a titled article, bold runs, a 简讯 section with items of one and two
// units and also-took-part units, a full footer with a print run, a cumulative number.
Issue fullFixtureIssue(int number = 12, const QDate &date = QDate(2024, 3, 8));

// fullFixtureIssue() with a 督查通报-shaped article in its 检查督导 section: headings of all four
// levels (一、城关镇, （一）城市社区, 1.东门社区, （1）楼道), bold in a heading, body text between
// them, a heading with no numbering and a body paragraph that starts with 1、.
Issue headingsFixtureIssue(int number = 12, const QDate &date = QDate(2024, 3, 8));

} // namespace kuaibao::test
