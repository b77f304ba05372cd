#include "unitaliasparticipant.h"

#include "unitdirectory.h"

namespace kuaibao {

Status UnitAliasParticipant::prepare(const QSqlDatabase &db, Issue &issue) {
    Result<UnitNormalizer> normalizer = UnitDirectory::normalizer(db);
    if (!normalizer) {
        return normalizer.error();
    }
    normalizer->normalize(issue);
    return {};
}

} // namespace kuaibao
