#include "saveparticipant.h"

#include "templates/templateversionkeeper.h"

namespace kuaibao {

QList<std::shared_ptr<SaveParticipant>> defaultSaveParticipants() {
    QList<std::shared_ptr<SaveParticipant>> participants;
    participants << std::make_shared<TemplateVersionKeeper>();
    return participants;
}

} // namespace kuaibao
