#pragma once

#include "core/issue.h"
#include "core/result.h"

#include <QSqlDatabase>

namespace kuaibao {

// Writes the rows below the issue row (sections, articles, paragraphs, briefs, footer) after
// deleting the old ones. Runs inside the caller's transaction.
Status writeIssueChildren(const QSqlDatabase &db, qint64 issueId, const Issue &issue);

// Reads the rows below the issue row into `issue`.
Status readIssueChildren(const QSqlDatabase &db, qint64 issueId, Issue &issue);

// Whether the archive stores paragraphs' heading levels (schema 8 on). Steps that upgrade an
// older archive read and write issues before that column exists: they see body text only.
bool storesParagraphLevels(const QSqlDatabase &db);

} // namespace kuaibao
