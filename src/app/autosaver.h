#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace kuaibao {

class IssueDocument;
class IssueRepository;

// Writes the open issue to the archive within two seconds of every change: a short debounce
// while typing goes on, never longer than the deadline after the first unsaved change. A save
// that fails keeps the edits in memory, says so, and is tried again.
class Autosaver : public QObject {
    Q_OBJECT

public:
    explicit Autosaver(IssueRepository &repository, QObject *parent = nullptr);

    void setDocument(IssueDocument *document);
    // Saves now if anything is unsaved (Ctrl+S, switching issues, closing).
    Status saveNow();

    static int debounceMs() { return 600; }
    static int deadlineMs() { return 1500; }
    static int retryMs() { return 3000; }

signals:
    void saved(const QDateTime &when);
    void saveFailed(const kuaibao::Error &error);
    // The issue was stored for the first time or under a new revision.
    void issueStored(qint64 storageId);

private:
    void onChanged();
    void onTimer();

    IssueRepository &m_repository;
    IssueDocument *m_document = nullptr;
    QMetaObject::Connection m_connection;
    QTimer m_debounce;
    QTimer m_deadline;
};

} // namespace kuaibao
