#pragma once

#include "storage/live/archivechanges.h"
#include "storage/live/changenotifier.h"

#include <QObject>

#include <memory>

namespace kuaibao {

class Database;

// Tells the window when another program changed the archive (a save, a sign-off step, a
// return, a new or deleted issue) or an editing lease, within a second: LISTEN/NOTIFY on a
// server, data_version polling on a file, through a connection of its own (the window's
// queries would otherwise swallow notifications). Says when the archive cannot be reached,
// and when it can again.
class LiveUpdates : public QObject {
    Q_OBJECT

public:
    explicit LiveUpdates(QObject *parent = nullptr);
    ~LiveUpdates() override;

    // Starts watching the archive at `location`; one that cannot be watched says why (the
    // window works on, only not live).
    Status start(const QString &location);
    bool isReachable() const { return m_reachable; }

signals:
    // Issues were created, saved, signed, returned or deleted by someone.
    void archiveChanged(const QList<kuaibao::ArchiveChange> &changes);
    // Anything at all may have changed (an editing lease, too).
    void mayHaveChanged();
    // The archive cannot be reached (the server is down); watching goes on.
    void unreachable(const kuaibao::Error &error);
    // It answers again after being unreachable.
    void reachableAgain();

private:
    void look();
    void lost(const Error &error);

    std::unique_ptr<Database> m_database;
    std::unique_ptr<ArchiveChanges> m_changes;
    std::unique_ptr<ChangeNotifier> m_notifier;
    bool m_reachable = true;
};

} // namespace kuaibao
