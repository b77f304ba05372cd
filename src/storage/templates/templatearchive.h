#pragma once

#include "core/bulletintemplate.h"
#include "core/issue.h"
#include "core/result.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace kuaibao {

class Database;

// Keeps, in the archive, the exact source of every template version an issue was saved with,
// so that an old issue prints as it was after the office changes its template.
class TemplateArchive {
public:
    // Stores this version's source unless the archive has it already.
    static Status keep(const QSqlDatabase &db, const BulletinTemplate &bulletinTemplate);
    static Result<bool> has(const QSqlDatabase &db, const QString &id, int version);
    // The stored version, if the archive has it.
    static Result<std::optional<BulletinTemplate>> find(const QSqlDatabase &db, const QString &id,
                                                        int version);

    // Version `version` of template `id` among the template files (office folders, then the
    // built-in ones), if one of them is that version.
    static std::optional<BulletinTemplate> findFile(const QString &id, int version);
};

// The template an issue prints with, and a note when it is not the version it was set with.
struct IssueTemplate {
    BulletinTemplate bulletinTemplate;
    QString note; // empty when the issue's own version was found
};

// The archived version the issue was set with, else the template file of that version, else
// the newest version of its template (with a note saying so), else the default template.
Result<IssueTemplate> templateForIssue(const QSqlDatabase &db, const Issue &issue);
Result<IssueTemplate> templateForIssue(const Database &database, const Issue &issue);

} // namespace kuaibao
