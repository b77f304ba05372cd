#pragma once

#include "storage/live/editingleases.h"

#include <QObject>
#include <QTimer>

#include <optional>

namespace kuaibao {

class Database;

// The window's editing lease: taken on the issue it opens for editing, renewed every
// EditingLeases::renewMs() while the window lives, given up when it opens another issue or
// closes. An issue someone else edits is watched instead, so that the window learns when it
// is free.
class IssueLease : public QObject {
    Q_OBJECT

public:
    explicit IssueLease(Database &database, QObject *parent = nullptr);
    ~IssueLease() override; // gives the lease up

    // Takes the lease on `storageId`, giving up the one held until now. Returns who else edits
    // it (the window then shows it read-only and this watches the lease), or nullopt when this
    // window may edit it; an archive that cannot be asked (a read-only file) lets it edit.
    std::optional<LeaseHolder> take(qint64 storageId);
    // Gives up the lease held, and stops watching.
    void release();
    // Asks again whether the watched issue's holder has gone (also on a timer).
    void checkWatched();

    qint64 heldIssue() const { return m_held; }
    qint64 watchedIssue() const { return m_watched; }
    QString holderName() const { return m_leases.holderName(); }

    static int watchMs() { return 2000; }

signals:
    // The watched issue's holder has let go (or died): it may be edited now.
    void watchedFreed(qint64 storageId);
    // Someone else holds the lease this window held (it had expired: the computer slept).
    void lost(const kuaibao::LeaseHolder &holder);
    void notice(const QString &text);

private:
    void renew();

    EditingLeases m_leases;
    QTimer m_renew;
    QTimer m_watch;
    qint64 m_held = 0;
    qint64 m_watched = 0;
};

} // namespace kuaibao
