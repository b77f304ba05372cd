#include "liveupdates.h"

#include "storage/database.h"

namespace kuaibao {

LiveUpdates::LiveUpdates(QObject *parent) : QObject(parent) {}

LiveUpdates::~LiveUpdates() {
    m_notifier.reset(); // before the connection it listens on
}

Status LiveUpdates::start(const QString &location) {
    Result<std::unique_ptr<Database>> opened = Database::open(location);
    if (!opened) {
        return opened.error();
    }
    m_database = std::move(*opened);
    m_changes = std::make_unique<ArchiveChanges>(*m_database);
    if (Status s = m_changes->start(); !s) {
        return s;
    }
    m_notifier = std::make_unique<ChangeNotifier>(*m_database);
    connect(m_notifier.get(), &ChangeNotifier::mayHaveChanged, this, &LiveUpdates::look);
    connect(m_notifier.get(), &ChangeNotifier::unreachable, this, &LiveUpdates::lost);
    return m_notifier->start();
}

void LiveUpdates::look() {
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

void LiveUpdates::lost(const Error &error) {
    m_reachable = false;
    emit unreachable(error);
}

} // namespace kuaibao
