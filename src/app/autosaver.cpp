#include "autosaver.h"

#include "core/document/issuedocument.h"
#include "storage/issuerepository.h"

namespace kuaibao {

Autosaver::Autosaver(IssueRepository &repository, QObject *parent)
    : QObject(parent), m_repository(repository) {
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(debounceMs());
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(deadlineMs());
    connect(&m_debounce, &QTimer::timeout, this, &Autosaver::onTimer);
    connect(&m_deadline, &QTimer::timeout, this, &Autosaver::onTimer);
}

void Autosaver::setDocument(IssueDocument *document) {
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
        m_deadline.start(); // the first unsaved change: it is stored by this deadline
    }
}

void Autosaver::onTimer() {
    const Status status = saveNow();
    if (!status) {
        // Keep the edits in memory and try again; a later change also tries again.
        m_deadline.start(retryMs());
    }
}

Status Autosaver::saveNow() {
    m_debounce.stop();
    m_deadline.stop();
    m_deadline.setInterval(deadlineMs());
    if (!m_document || !m_document->isModified()) {
        return {};
    }
    const quint64 serial = m_document->changeSerial();
    const bool firstStore = m_document->issue().storageId == 0;
    Result<Issue> stored = m_repository.save(m_document->issue());
    if (!stored) {
        emit saveFailed(stored.error());
        return stored.error();
    }
    m_document->markSaved(serial, stored->storageId, stored->revision);
    if (firstStore) {
        emit issueStored(stored->storageId);
    }
    emit saved(QDateTime::currentDateTime());
    return {};
}

} // namespace kuaibao
