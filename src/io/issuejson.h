#pragma once

#include "core/issue.h"
#include "core/result.h"

#include <QJsonObject>

namespace kuaibao {

// The stable JSON form of an issue (docs/json-schema.md): what `show --json` and
// `export --format json` print, and what reads back into the same Issue.
QJsonObject issueToJson(const Issue &issue);
// Reads the JSON form back; a wrong or missing field is an error naming its path.
Result<Issue> issueFromJson(const QJsonObject &json);

// The schema identifier written into every document.
inline constexpr char kIssueJsonSchema[] = "kuaibao.issue/1";

} // namespace kuaibao
