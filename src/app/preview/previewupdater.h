#pragma once

#include "pagerenderer.h"

#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <memory>

namespace kuaibao {

class IssueDocument;

// Keeps the live pages up to date off the keystroke path: each change restarts a short
// single-shot timer; when typing stops, the issue is copied and laid out on a worker thread,
// and only the newest result is delivered.
class PreviewUpdater : public QObject {
    Q_OBJECT

public:
    explicit PreviewUpdater(std::unique_ptr<PageRenderer> renderer, QObject *parent = nullptr);
    ~PreviewUpdater() override;

    // Follows `document` (may be null); lays it out at once.
    void setDocument(IssueDocument *document);
    void setPixelsPerMm(double ppm);
    // How long after the last change the layout starts.
    static int debounceMs() { return 300; }
    // Waits for the layout running now, if any (tests and shutdown).
    void waitForIdle();

signals:
    void pagesReady(const kuaibao::PreviewPages &pages);

private:
    void scheduleLayout();
    void startLayout();

    std::shared_ptr<const PageRenderer> m_renderer;
    IssueDocument *m_document = nullptr;
    QMetaObject::Connection m_connection;
    QTimer m_debounce;
    QThreadPool m_pool;
    double m_ppm = 2.0;
    quint64 m_generation = 0;
};

} // namespace kuaibao
