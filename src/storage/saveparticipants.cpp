#include "saveparticipant.h"

#include "signoff/signoffguard.h"

namespace kuaibao {

QList<std::shared_ptr<SaveParticipant>> defaultSaveParticipants() {
    QList<std::shared_ptr<SaveParticipant>> participants;
    participants << std::make_shared<SignoffGuard>();
    return participants;
}

} // namespace kuaibao
