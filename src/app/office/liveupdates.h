#pragma once

#include "officethread.h"
#include "storage/live/archivechanges.h"

#include <QObject>

namespace kuaibao {

class LiveWorker;

// Tells the window when another program changed the archive (a save, a sign-off step, a
// return, a new or deleted issue) or an editing lease, within a second: LISTEN/NOTIFY on a
// server, data_version polling on a file, through a connection of its own on a thread of its
// own (LiveWorker), so that the window's queries do not swallow notifications and a slow
// server never stalls the window. Says when the archive cannot be reached, and when it can
// again.
class LiveUpdates : public QObject {
    Q_OBJECT

public:
    explicit LiveUpdates(QObject *parent = nullptr);
    ~LiveUpdates() override; // ends the watching thread (waiting at most OfficeThread::stopMs())

    // Starts watching the archive at `location`, without waiting; one that cannot be watched
    // says why with startFailed() (the window works on, only not live).
    void start(const QString &location);
    bool isReachable() const { return m_reachable; }

signals:
    void startFailed(const kuaibao::Error &error);
    // Issues were created, saved, signed, returned or deleted by someone.
    void archiveChanged(const QList<kuaibao::ArchiveChange> &changes);
    // Anything at all may have changed (an editing lease, too).
    void mayHaveChanged();
    // The archive cannot be reached (the server is down); watching goes on.
    void unreachable(const kuaibao::Error &error);
    // It answers again after being unreachable.
    void reachableAgain();

private:
    LiveWorker *m_worker; // lives on m_thread
    OfficeThread m_thread;
    bool m_reachable = true;
};

} // namespace kuaibao
