#include "adminkeywatch.h"

#include "core/signoff/personname.h"
#include "core/signoff/signingkeys.h"
#include "storage/database.h"
#include "storage/signoff/adminkeypin.h"
#include "storage/signoff/peoplestore.h"

#include <QCoreApplication>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct AdminKeyWatchText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::AdminKeyWatch)
};

} // namespace

AdminKeyWatch::AdminKeyWatch(Database &database) : m_db(database) {
    refresh();
}

void AdminKeyWatch::refresh() {
    m_adminName.clear();
    m_fingerprint.clear();
    m_remembered.clear();
    m_error.clear();
    Result<std::optional<AdminKey>> admin = PeopleStore(m_db).adminKey();
    if (!admin) {
        m_error = admin.error().message;
        return;
    }
    if (!*admin) {
        return;
    }
    m_adminName = escapeControls((*admin)->name);
    m_fingerprint = SigningKeys::fingerprint((*admin)->publicKey);
    const PinCheck pin = AdminKeyPin::check(m_db.path(), m_fingerprint);
    if (pin.outcome == PinCheck::Outcome::Changed) {
        m_remembered = pin.remembered;
    }
}

QString AdminKeyWatch::fingerprintText() const {
    if (!hasAdmin()) {
        return AdminKeyWatchText::tr(
            "No administrator yet: the first person added becomes the administrator.");
    }
    return AdminKeyWatchText::tr("Administrator: %1 · key fingerprint %2")
        .arg(m_adminName, m_fingerprint);
}

QString AdminKeyWatch::warningText() const {
    if (!changed()) {
        return {};
    }
    return AdminKeyWatchText::tr(
               "Warning: the administrator key of this archive has CHANGED.\n"
               "This computer first saw the fingerprint %1; the archive now holds %2.\n"
               "Someone may have replaced the people list and forged every signature. Do not "
               "sign and trust nothing in the archive: call the administrator and compare the "
               "new fingerprint in person. Sign-off stays off here until you confirm it.")
        .arg(m_remembered, m_fingerprint);
}

void AdminKeyWatch::confirm() {
    if (!changed()) {
        return;
    }
    AdminKeyPin::remember(m_db.path(), m_fingerprint);
    m_remembered.clear();
}

} // namespace kuaibao
