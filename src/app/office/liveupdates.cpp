#include "liveupdates.h"

#include "liveworker.h"

namespace kuaibao {

LiveUpdates::LiveUpdates(QObject *parent)
    : QObject(parent), m_worker(new LiveWorker),
      m_thread(QStringLiteral("kuaibao-live"), m_worker) {
    // Queued: each arrives on the window's thread, and none after this object is gone.
    connect(m_worker, &LiveWorker::startFailed, this, &LiveUpdates::startFailed,
            Qt::QueuedConnection);
    connect(m_worker, &LiveWorker::archiveChanged, this, &LiveUpdates::archiveChanged,
            Qt::QueuedConnection);
    connect(m_worker, &LiveWorker::mayHaveChanged, this, &LiveUpdates::mayHaveChanged,
            Qt::QueuedConnection);
    connect(
        m_worker, &LiveWorker::unreachable, this,
        [this](const Error &error) {
            m_reachable = false;
            emit unreachable(error);
        },
        Qt::QueuedConnection);
    connect(
        m_worker, &LiveWorker::reachableAgain, this,
        [this] {
            m_reachable = true;
            emit reachableAgain();
        },
        Qt::QueuedConnection);
}

LiveUpdates::~LiveUpdates() = default;

void LiveUpdates::start(const QString &location) {
    m_thread.post([worker = m_worker, location] { worker->start(location); });
}

} // namespace kuaibao
