#include "saveparticipant.h"

#include "search/searchindexparticipant.h"
#include "units/unitaliasparticipant.h"

namespace kuaibao {

QList<std::shared_ptr<SaveParticipant>> defaultSaveParticipants() {
    QList<std::shared_ptr<SaveParticipant>> participants;
    participants.append(std::make_shared<UnitAliasParticipant>());
    participants.append(std::make_shared<SearchIndexParticipant>());
    return participants;
}

} // namespace kuaibao
