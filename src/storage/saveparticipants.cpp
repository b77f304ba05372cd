#include "saveparticipant.h"

namespace kuaibao {

QList<std::shared_ptr<SaveParticipant>> defaultSaveParticipants() {
    QList<std::shared_ptr<SaveParticipant>> participants;
    return participants;
}

} // namespace kuaibao
