#pragma once

#include "officethread.h"
#include "storage/live/editingleases.h"

#include <QObject>
#include <QTimer>

#include <optional>

namespace kuaibao {

class Database;
class LeaseWorker;

// The window's editing lease: taken on the issue it opens for editing, renewed every
// EditingLeases::renewMs() while the window lives, given up when it opens another issue or
// closes. An issue someone else edits is watched instead, so that the window learns when it
// is free. The round trips run in order on a thread of their own (LeaseWorker, with its own
// connection): renewing, giving up and watching never stall the window; only take() waits,
// as opening an issue waits for the issue.
class IssueLease : public QObject {
    Q_OBJECT

public:
    // `database` is the window's archive: the lease thread opens its own connection to it.
    explicit IssueLease(Database &database, QObject *parent = nullptr);
    ~IssueLease() override; // gives the lease up (waiting at most OfficeThread::stopMs())

    // Takes the lease on `storageId`, giving up the one held until now. Returns who else edits
    // it (the window then shows it read-only and this watches the lease), or nullopt when this
    // window may edit it; an archive that cannot be asked (a read-only file) lets it edit.
    std::optional<LeaseHolder> take(qint64 storageId);
    // Gives up the lease held (without waiting), and stops watching.
    void release();
    // Asks again whether the watched issue's holder has gone (also on a timer); the answer
    // comes later, as watchedFreed(). Asked once more after a question under way.
    void checkWatched();
    // Renews the lease held now, as the timer does; skipped while a renewal is under way.
    void renewNow();
    bool isRenewing() const { return m_renewing; }

    qint64 heldIssue() const { return m_held; }
    qint64 watchedIssue() const { return m_watched; }
    QString holderName() const { return m_holderName; }

    static int watchMs() { return 2000; }

signals:
    // The watched issue's holder has let go (or died): it may be edited now.
    void watchedFreed(qint64 storageId);
    // Someone else holds the lease this window held (it had expired: the computer slept).
    void lost(const kuaibao::LeaseHolder &holder);
    void notice(const QString &text);
    // A renewal has come back (tests wait for it).
    void renewFinished();

private:
    void renewed(qint64 issueId, const std::optional<LeaseHolder> &other);
    void holderChecked(qint64 issueId, bool answered, bool held);

    QString m_holderName;
    LeaseWorker *m_worker; // lives on m_thread
    OfficeThread m_thread;
    bool m_renewing = false;
    bool m_checking = false;
    bool m_checkAgain = false;
    QTimer m_renew;
    QTimer m_watch;
    qint64 m_held = 0;
    qint64 m_watched = 0;
};

} // namespace kuaibao
