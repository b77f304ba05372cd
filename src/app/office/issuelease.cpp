#include "issuelease.h"

#include "leaseworker.h"
#include "storage/database.h"

#include <future>
#include <memory>
#include <utility>

namespace kuaibao {

IssueLease::IssueLease(Database &database, QObject *parent)
    : QObject(parent), m_holderName(EditingLeases::defaultHolderName(database)),
      m_worker(new LeaseWorker(database.path(), EditingLeases::newHolderId(), m_holderName)),
      m_thread(QStringLiteral("kuaibao-lease"), m_worker) {
    m_renew.setInterval(EditingLeases::renewMs());
    m_watch.setInterval(watchMs());
    connect(&m_renew, &QTimer::timeout, this, &IssueLease::renewNow);
    connect(&m_watch, &QTimer::timeout, this, &IssueLease::checkWatched);
    connect(m_worker, &LeaseWorker::renewed, this, &IssueLease::renewed, Qt::QueuedConnection);
    connect(m_worker, &LeaseWorker::holderChecked, this, &IssueLease::holderChecked,
            Qt::QueuedConnection);
}

IssueLease::~IssueLease() {
    // Given up on the lease thread, after the round trip under way; m_thread's end waits for
    // it, but only for OfficeThread::stopMs(): a lease not given up by then expires by itself.
    release();
}

std::optional<LeaseHolder> IssueLease::take(qint64 storageId) {
    if (m_held != storageId) {
        release();
    }
    m_watched = 0;
    m_watch.stop();
    // Waits, behind a renewal or a release under way, as opening the issue waits for the
    // issue: the window shows it editable or read-only only once it knows which.
    auto promise = std::make_shared<std::promise<Result<std::optional<LeaseHolder>>>>();
    std::future<Result<std::optional<LeaseHolder>>> answer = promise->get_future();
    m_thread.post(
        [worker = m_worker, storageId, promise] { promise->set_value(worker->take(storageId)); });
    Result<std::optional<LeaseHolder>> taken = answer.get();
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
    // After any renewal posted before it, so that none takes the lease back afterwards.
    m_thread.post([worker = m_worker, held] { worker->release(held); });
}

void IssueLease::renewNow() {
    if (m_held == 0 || m_renewing) {
        return; // never two renewals at once: a slow one is not piled upon
    }
    m_renewing = true;
    m_thread.post([worker = m_worker, held = m_held] { worker->renew(held); });
}

void IssueLease::renewed(qint64 issueId, const std::optional<LeaseHolder> &other) {
    m_renewing = false;
    if (other && issueId == m_held) {
        m_held = 0;
        m_renew.stop();
        emit lost(*other);
    }
    emit renewFinished();
}

void IssueLease::checkWatched() {
    if (m_watched == 0) {
        return;
    }
    if (m_checking) {
        m_checkAgain = true; // what changed may have come after the question under way
        return;
    }
    m_checking = true;
    m_thread.post([worker = m_worker, watched = m_watched] { worker->checkHolder(watched); });
}

void IssueLease::holderChecked(qint64 issueId, bool answered, bool held) {
    m_checking = false;
    if (answered && !held && issueId == m_watched) {
        m_watched = 0;
        m_watch.stop();
        emit watchedFreed(issueId);
    } else if (std::exchange(m_checkAgain, false)) {
        checkWatched();
    }
}

} // namespace kuaibao
