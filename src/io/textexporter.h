#pragma once

#include "core/issue.h"

#include <QString>

namespace kuaibao {

// Writes an issue as plain text in the form offices paste out of Word (the sample's form):
// masthead lines, 【section】 headings, paragraphs with **bold** runs, 简讯 categories run in,
// the footer. The text importer reads it back into the same issue.
QString exportIssueText(const Issue &issue);

// A section heading as printed: 【指挥调度】; a two-character name is letter-spaced: 【简 讯】.
QString sectionHeading(const QString &name);

// The run-in text of a 简讯 category after its label:
// `东辛房街道：…。区国资委、龙泉镇也开展了相关活动。`
RichText briefCategoryText(const BriefCategory &category);

} // namespace kuaibao
