#pragma once

#include "storage/saveparticipant.h"

namespace kuaibao {

// Keeps the search index in step with every save and delete, inside the same transaction.
// Unit names are indexed in their canonical form, as UnitAliasParticipant stores them.
class SearchIndexParticipant : public SaveParticipant {
public:
    Status afterSave(const QSqlDatabase &db, const Issue &issue) override;
    Status beforeRemove(const QSqlDatabase &db, qint64 storageId) override;
};

} // namespace kuaibao
