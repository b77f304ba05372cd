#include "saveparticipant.h"

#include "search/searchindexparticipant.h"
#include "signoff/signoffguard.h"
#include "units/unitaliasparticipant.h"
#include "templates/templateversionkeeper.h"

namespace kuaibao {

QList<std::shared_ptr<SaveParticipant>> defaultSaveParticipants() {
    QList<std::shared_ptr<SaveParticipant>> participants;
    participants << std::make_shared<UnitAliasParticipant>() << std::make_shared<SignoffGuard>()
                 << std::make_shared<SearchIndexParticipant>()
                 << std::make_shared<TemplateVersionKeeper>();
    return participants;
}

} // namespace kuaibao
