#pragma once

#include "storage/saveparticipant.h"

#include <QDateTime>

#include <functional>

namespace kuaibao {

// The sign-off rules inside every save and delete: an 已签发 issue can be neither changed nor
// deleted; a save whose content differs from what was signed voids that signature and those
// after it (logged with the save's revision) and puts the status back; the stored status
// always follows the standing signatures.
class SignoffGuard : public SaveParticipant {
public:
    explicit SignoffGuard(std::function<QDateTime()> now = &QDateTime::currentDateTimeUtc)
        : m_now(std::move(now)) {}

    Status beforeSave(const QSqlDatabase &db, const Issue &issue) override;
    Status afterSave(const QSqlDatabase &db, const Issue &issue) override;
    Status beforeRemove(const QSqlDatabase &db, qint64 storageId) override;

private:
    std::function<QDateTime()> m_now;
};

} // namespace kuaibao
