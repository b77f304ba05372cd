#pragma once

#include "core/issue.h"
#include "core/result.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <future>
#include <optional>

namespace kuaibao {

class IssueDocument;
class SaveThread;

// Writes the open issue to the archive within two seconds of every change: a short debounce
// while typing goes on, never longer than the deadline after the first unsaved change. The
// write happens on the save thread; the UI thread only copies the issue. A save that fails
// keeps the edits in memory, says so, and is tried again.
class Autosaver : public QObject {
    Q_OBJECT

public:
    explicit Autosaver(const QString &databasePath, QObject *parent = nullptr);
    ~Autosaver() override;

    void setDocument(IssueDocument *document);
    // Saves now if anything is unsaved and waits for it (Ctrl+S, switching issues, closing).
    Status saveNow();

    static int debounceMs() { return 600; }
    static int deadlineMs() { return 1500; }
    static int retryMs() { return 3000; }

signals:
    void saved(const QDateTime &when);
    void saveFailed(const kuaibao::Error &error);
    // The archive stored the issue with another status or footer than the window shows (the
    // sign-off rules set them), and nothing was typed since: the window should take them.
    void storedStateDiffers(qint64 storageId);

private:
    void onChanged();
    void startSave();
    // Takes the result of the save under way, waiting for it when `wait` is set.
    std::optional<Status> collect(bool wait);

    SaveThread *m_thread;
    QPointer<IssueDocument> m_document;
    QMetaObject::Connection m_connection;
    QTimer m_debounce;
    QTimer m_deadline;

    // The save under way, if any: its result, and what it saved.
    std::optional<std::shared_future<Result<Issue>>> m_inFlight;
    QPointer<IssueDocument> m_inFlightDocument;
    quint64 m_inFlightSerial = 0;
};

} // namespace kuaibao
