#include "issuelease.h"

#include "storage/database.h"

namespace kuaibao {

IssueLease::IssueLease(Database &database, QObject *parent)
    : QObject(parent),
      m_leases(database, EditingLeases::newHolderId(), EditingLeases::defaultHolderName(database)) {
    m_renew.setInterval(EditingLeases::renewMs());
    m_watch.setInterval(watchMs());
    connect(&m_renew, &QTimer::timeout, this, &IssueLease::renew);
    connect(&m_watch, &QTimer::timeout, this, &IssueLease::checkWatched);
}

IssueLease::~IssueLease() {
    release();
}

std::optional<LeaseHolder> IssueLease::take(qint64 storageId) {
    if (m_held != storageId) {
        release();
    }
    m_watched = 0;
    m_watch.stop();
    Result<std::optional<LeaseHolder>> taken = m_leases.take(storageId);
    if (!taken) {
        // Nobody can be told apart (the file is read-only, the server is away): the window
        // edits as it would alone, and saves say what they can.
        if (taken.error().kind != ErrorKind::Forbidden) {
            emit notice(
                tr("Could not mark the issue as being edited here: %1").arg(taken.error().message));
        }
        return std::nullopt;
    }
    if (taken->has_value()) {
        m_watched = storageId;
        m_watch.start();
        return *taken;
    }
    m_held = storageId;
    m_renew.start();
    return std::nullopt;
}

void IssueLease::release() {
    m_renew.stop();
    m_watch.stop();
    m_watched = 0;
    if (m_held == 0) {
        return;
    }
    const qint64 held = m_held;
    m_held = 0;
    (void)m_leases.release(held); // one not given up expires by itself
}

void IssueLease::renew() {
    if (m_held == 0) {
        return;
    }
    Result<std::optional<LeaseHolder>> renewed = m_leases.take(m_held);
    if (renewed && renewed->has_value()) {
        m_held = 0;
        m_renew.stop();
        emit lost(**renewed);
    }
    // An archive that cannot be reached now is tried again at the next renewal.
}

void IssueLease::checkWatched() {
    if (m_watched == 0) {
        return;
    }
    Result<std::optional<LeaseHolder>> holder = m_leases.otherHolder(m_watched);
    if (holder && !holder->has_value()) {
        const qint64 freed = m_watched;
        m_watched = 0;
        m_watch.stop();
        emit watchedFreed(freed);
    }
}

} // namespace kuaibao
