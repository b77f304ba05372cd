#include "templateversionkeeper.h"

#include "templatearchive.h"

namespace kuaibao {

Status TemplateVersionKeeper::afterSave(const QSqlDatabase &db, const Issue &issue) {
    if (issue.templateId.isEmpty()) {
        return {};
    }
    Result<bool> stored = TemplateArchive::has(db, issue.templateId, issue.templateVersion);
    if (!stored) {
        return stored.error();
    }
    if (*stored) {
        return {};
    }
    // A version no template file holds any more cannot be kept; the save goes on without it.
    const std::optional<BulletinTemplate> file =
        TemplateArchive::findFile(issue.templateId, issue.templateVersion);
    if (!file) {
        return {};
    }
    return TemplateArchive::keep(db, *file);
}

} // namespace kuaibao
