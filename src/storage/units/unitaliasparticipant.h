#pragma once

#include "storage/saveparticipant.h"

namespace kuaibao {

// Applies the archive's unit aliases to every saved issue: items and also-took-part lists are
// stored under the canonical unit name (东辛房 → 东辛房街道), so statistics count them right.
// It runs in the prepare step, so the sign-off hash and the search index see the canonical names.
class UnitAliasParticipant : public SaveParticipant {
public:
    Status prepare(const QSqlDatabase &db, Issue &issue) override;
};

} // namespace kuaibao
