#include "unitaliasparticipant.h"

#include "unitdirectory.h"

#include "storage/issuerows.h"

namespace kuaibao {

Status UnitAliasParticipant::afterSave(const QSqlDatabase &db, const Issue &issue) {
    Result<UnitNormalizer> normalizer = UnitDirectory::normalizer(db);
    if (!normalizer) {
        return normalizer.error();
    }
    Issue normalized = issue;
    if (!normalizer->normalize(normalized)) {
        return {};
    }
    return writeIssueChildren(db, issue.storageId, normalized);
}

} // namespace kuaibao
