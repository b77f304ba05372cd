#include "savethread.h"

#include "storage/database.h"
#include "storage/issuerepository.h"

namespace kuaibao {

SaveThread::SaveThread(QString databasePath, QObject *parent)
    : QObject(parent), m_path(std::move(databasePath)) {
    m_thread.setObjectName(QStringLiteral("kuaibao-save"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

SaveThread::~SaveThread() {
    // Close the connection in the thread that opened it, after any queued save.
    QMetaObject::invokeMethod(
        m_worker, [this] { m_database.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

std::shared_future<Result<Issue>> SaveThread::save(const Issue &issue) {
    auto promise = std::make_shared<std::promise<Result<Issue>>>();
    std::shared_future<Result<Issue>> future = promise->get_future().share();
    QMetaObject::invokeMethod(
        m_worker,
        [this, issue, promise] {
            if (!m_database) {
                Result<std::unique_ptr<Database>> opened = Database::open(m_path);
                if (!opened) {
                    promise->set_value(opened.error());
                    emit saveFinished();
                    return;
                }
                m_database = std::move(*opened);
            }
            promise->set_value(IssueRepository(*m_database).save(issue));
            emit saveFinished();
        },
        Qt::QueuedConnection);
    return future;
}

} // namespace kuaibao
