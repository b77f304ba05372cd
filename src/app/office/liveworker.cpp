#include "liveworker.h"

#include "storage/database.h"
#include "storage/live/changenotifier.h"

namespace kuaibao {

LiveWorker::LiveWorker() = default;

LiveWorker::~LiveWorker() {
    m_notifier.reset(); // before the connection it listens on
}

void LiveWorker::start(const QString &location) {
    Result<std::unique_ptr<Database>> opened = Database::open(location);
    if (!opened) {
        emit startFailed(opened.error());
        return;
    }
    m_database = std::move(*opened);
    m_changes = std::make_unique<ArchiveChanges>(*m_database);
    if (Status s = m_changes->start(); !s) {
        emit startFailed(s.error());
        return;
    }
    // Made here, so that its timer and the driver's notifications run on this thread.
    m_notifier = std::make_unique<ChangeNotifier>(*m_database);
    connect(m_notifier.get(), &ChangeNotifier::mayHaveChanged, this, &LiveWorker::look);
    connect(m_notifier.get(), &ChangeNotifier::unreachable, this, &LiveWorker::lost);
    if (Status s = m_notifier->start(); !s) {
        emit startFailed(s.error());
    }
}

void LiveWorker::look() {
    emit mayHaveChanged();
    Result<QList<ArchiveChange>> changes = m_changes->next();
    if (!changes) {
        lost(changes.error());
        return;
    }
    if (!m_reachable) {
        m_reachable = true;
        emit reachableAgain();
    }
    if (!changes->isEmpty()) {
        emit archiveChanged(*changes);
    }
}

void LiveWorker::lost(const Error &error) {
    m_reachable = false;
    emit unreachable(error);
}

} // namespace kuaibao
