#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>

namespace kuaibao {

class Database;

// Who holds an issue's editing lease, and since when.
struct LeaseHolder {
    QString name; // who edits: a login or user name and the computer, "zhangsan@pc-12"
    QDateTime since;
};

// One editor per issue: a window takes an issue's lease when it opens the issue for editing,
// renews it while it lives and releases it when it leaves. A lease not renewed for
// expiryMs() has expired and anyone may take it. Times come from the server's clock on
// PostgreSQL (so computers whose clocks differ agree) and from this computer's on a file.
class EditingLeases {
public:
    // `holderId` tells this holder (a window) from every other, also of the same person;
    // `holderName` is what others are shown.
    EditingLeases(Database &database, QString holderId, QString holderName);

    // Takes (or renews) the lease on the issue `issueId`. Returns nullopt when this holder has
    // it now, or the other holder whose lease has not expired.
    Result<std::optional<LeaseHolder>> take(qint64 issueId);
    // Gives the lease up; nothing happens when this holder does not have it.
    Status release(qint64 issueId);
    // The holder of an unexpired lease on `issueId` other than this one, if any.
    Result<std::optional<LeaseHolder>> otherHolder(qint64 issueId);

    // For tests: the time in milliseconds since the epoch, in place of the clock.
    void setClock(std::function<qint64()> now) { m_clock = std::move(now); }

    QString holderId() const { return m_holderId; }
    QString holderName() const { return m_holderName; }

    // Who this program's user is to others: the server login on PostgreSQL, else the
    // operating system's user name; then "@" and this computer's name.
    static QString defaultHolderName(const Database &database);
    // A fresh holder id.
    static QString newHolderId();

    static qint64 expiryMs() { return 30000; }
    static int renewMs() { return 10000; }

private:
    Result<qint64> now() const;

    Database &m_db;
    QString m_holderId;
    QString m_holderName;
    std::function<qint64()> m_clock;
};

} // namespace kuaibao
