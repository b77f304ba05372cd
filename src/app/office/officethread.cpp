#include "officethread.h"

#include <QDeadlineTimer>
#include <QThread>

namespace kuaibao {

OfficeThread::OfficeThread(const QString &name, QObject *worker)
    : m_thread(new QThread), m_worker(worker) {
    m_thread->setObjectName(name);
    m_worker->moveToThread(m_thread);
    // Deleted on its thread, so that the connection it holds is closed where it was opened.
    QObject::connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

OfficeThread::~OfficeThread() {
    // The thread's event loop delivers what was posted before quit() (a lease given up) and
    // then ends. Closing the window waits for that at most stopMs(): a round trip stuck on a
    // silent network (libpq waits up to its connect_timeout) is left to finish by itself, and
    // what it did not do expires on the server (a lease within EditingLeases::expiryMs()).
    m_thread->quit();
    if (m_thread->wait(QDeadlineTimer(stopMs()))) {
        delete m_thread;
        return;
    }
    QObject::connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
}

} // namespace kuaibao
