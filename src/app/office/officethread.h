#pragma once

#include <QMetaObject>
#include <QObject>

#include <utility>

class QThread;

namespace kuaibao {

// A thread of the window's own for its round trips to the archive that nobody waits for (the
// editing lease, the live updates), so that a slow or silent server never stalls typing. The
// worker lives on it, is deleted on it, and talks back through queued signals. Ending waits at
// most stopMs(): a thread still stuck in a round trip then ends by itself, deleting its worker,
// once that returns.
class OfficeThread {
public:
    // Takes `worker` (without a parent) and moves it onto a new thread called `name`.
    OfficeThread(const QString &name, QObject *worker);
    ~OfficeThread(); // runs what was posted before, then ends (waiting at most stopMs())
    OfficeThread(const OfficeThread &) = delete;
    OfficeThread &operator=(const OfficeThread &) = delete;

    // Runs `job` on the thread, after everything posted before it.
    template <typename Job> void post(Job &&job) {
        QMetaObject::invokeMethod(m_worker, std::forward<Job>(job), Qt::QueuedConnection);
    }

    static int stopMs() { return 2000; }

private:
    QThread *m_thread;
    QObject *m_worker;
};

} // namespace kuaibao
