#include "autosaver.h"

#include "core/document/issuedocument.h"
#include "savethread.h"

namespace kuaibao {

Autosaver::Autosaver(const QString &databasePath, QObject *parent)
    : QObject(parent), m_thread(new SaveThread(databasePath, this)) {
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(debounceMs());
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(deadlineMs());
    connect(&m_debounce, &QTimer::timeout, this, &Autosaver::startSave);
    connect(&m_deadline, &QTimer::timeout, this, &Autosaver::startSave);
    connect(
        m_thread, &SaveThread::saveFinished, this, [this] { collect(false); },
        Qt::QueuedConnection);
}

Autosaver::~Autosaver() {
    blockSignals(true); // the window's labels may be gone already
    collect(true);
}

void Autosaver::setDocument(IssueDocument *document) {
    collect(true); // a save under way belongs to the issue open until now
    disconnect(m_connection);
    m_debounce.stop();
    m_deadline.stop();
    m_document = document;
    if (document) {
        m_connection = connect(document, &IssueDocument::changed, this, &Autosaver::onChanged);
    }
}

void Autosaver::onChanged() {
    m_debounce.start();
    if (!m_deadline.isActive()) {
        m_deadline.start(deadlineMs()); // the first unsaved change: stored by this deadline
    }
}

void Autosaver::startSave() {
    if (m_inFlight) {
        return; // when it finishes, what changed meanwhile is saved next
    }
    m_debounce.stop();
    m_deadline.stop();
    if (!m_document || !m_document->isModified()) {
        return;
    }
    m_inFlightDocument = m_document;
    m_inFlightSerial = m_document->changeSerial();
    m_inFlight = m_thread->save(m_document->issue()); // a cheap copy: the text is shared
}

std::optional<Status> Autosaver::collect(bool wait) {
    if (!m_inFlight) {
        return std::nullopt;
    }
    if (!wait && m_inFlight->wait_for(std::chrono::seconds(0)) != std::future_status::ready) {
        return std::nullopt;
    }
    const Result<Issue> stored = m_inFlight->get();
    m_inFlight.reset();
    if (!stored) {
        emit saveFailed(stored.error());
        if (!wait) {
            m_deadline.start(retryMs()); // keep the edits in memory and try again
        }
        return Status(stored.error());
    }
    if (m_inFlightDocument) {
        m_inFlightDocument->markSaved(m_inFlightSerial, stored->storageId, stored->revision);
        const Issue &shown = m_inFlightDocument->issue();
        if (!m_inFlightDocument->isModified() &&
            (shown.status != stored->status || shown.footer != stored->footer)) {
            emit storedStateDiffers(stored->storageId);
        }
    }
    emit saved(QDateTime::currentDateTime());
    if (!wait && m_document && m_document->isModified() && !m_deadline.isActive()) {
        m_deadline.start(deadlineMs()); // typed on while it was saving
        m_debounce.start();
    }
    return Status();
}

Status Autosaver::saveNow() {
    collect(true); // the save under way first: its revision is the one to build on
    m_debounce.stop();
    m_deadline.stop();
    if (!m_document || !m_document->isModified()) {
        return {};
    }
    startSave();
    return collect(true).value_or(Status());
}

} // namespace kuaibao
