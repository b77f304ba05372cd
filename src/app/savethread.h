#pragma once

#include "core/issue.h"
#include "core/result.h"

#include <QObject>
#include <QThread>

#include <future>
#include <memory>

namespace kuaibao {

class Database;

// A connection to the archive on a thread of its own, through which autosave writes, so that
// no keystroke waits for SQLite or the disk. Saves run one after another, in order.
class SaveThread : public QObject {
    Q_OBJECT

public:
    explicit SaveThread(QString databasePath, QObject *parent = nullptr);
    ~SaveThread() override; // finishes the save under way, then closes the connection

    // Queues a save of `issue`; the future holds the stored issue or the error.
    std::shared_future<Result<Issue>> save(const Issue &issue);

signals:
    // A save has finished (sent from the save thread; connect with a queued connection).
    void saveFinished();

private:
    QString m_path;
    QThread m_thread;
    QObject *m_worker = nullptr;          // lives in m_thread
    std::unique_ptr<Database> m_database; // opened and used in m_thread only
};

} // namespace kuaibao
