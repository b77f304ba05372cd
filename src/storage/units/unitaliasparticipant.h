#pragma once

#include "storage/saveparticipant.h"

namespace kuaibao {

// Applies the archive's unit aliases to every saved issue: items and also-took-part lists are
// stored under the canonical unit name (东辛房 → 东辛房街道), so statistics count them right.
// Only the unit rows that change are rewritten, so it may run before or after other participants.
class UnitAliasParticipant : public SaveParticipant {
public:
    Status afterSave(const QSqlDatabase &db, const Issue &issue) override;
};

} // namespace kuaibao
