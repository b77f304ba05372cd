#pragma once

#include "core/issue.h"
#include "core/result.h"
#include "render/issuelayout.h"

#include <QSqlDatabase>
#include <QString>

namespace kuaibao {

// An issue laid out for print with the template version it was set with.
struct PrintableIssue {
    IssueLayout layout;
    QString note; // set when that version was not found and the newest was used

    // Finds the issue's template (archived version first), reads its layout and sets the issue.
    static Result<PrintableIssue> prepare(const QSqlDatabase &db, const Issue &issue);
};

} // namespace kuaibao
