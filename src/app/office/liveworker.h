#pragma once

#include "storage/live/archivechanges.h"

#include <QObject>

#include <memory>

namespace kuaibao {

class ChangeNotifier;
class Database;

// LiveUpdates' watching, on a thread of its own with a connection of its own to the archive:
// LISTEN (or data_version polling) and reading what changed. Tells as signals.
class LiveWorker : public QObject {
    Q_OBJECT

public:
    LiveWorker();
    ~LiveWorker() override;

    // On the worker's thread: connects to the archive at `location` and starts watching;
    // emits startFailed() when it cannot.
    void start(const QString &location);

signals:
    void startFailed(const kuaibao::Error &error);
    void archiveChanged(const QList<kuaibao::ArchiveChange> &changes);
    void mayHaveChanged();
    void unreachable(const kuaibao::Error &error);
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
