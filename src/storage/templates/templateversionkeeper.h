#pragma once

#include "storage/saveparticipant.h"

namespace kuaibao {

// Stores the source of the template version an issue is saved with, the first time that id and
// version is seen, so that the issue can later print exactly as it was set.
class TemplateVersionKeeper : public SaveParticipant {
public:
    Status afterSave(const QSqlDatabase &db, const Issue &issue) override;
};

} // namespace kuaibao
