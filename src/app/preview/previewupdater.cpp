#include "previewupdater.h"

#include "core/document/issuedocument.h"

#include <QPointer>

namespace kuaibao {

PreviewUpdater::PreviewUpdater(std::unique_ptr<PageRenderer> renderer, QObject *parent)
    : QObject(parent), m_renderer(std::move(renderer)) {
    qRegisterMetaType<kuaibao::PreviewPages>();
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(debounceMs());
    connect(&m_debounce, &QTimer::timeout, this, &PreviewUpdater::startLayout);
    m_pool.setMaxThreadCount(1);
}

PreviewUpdater::~PreviewUpdater() {
    ++m_generation;
    m_pool.waitForDone();
}

void PreviewUpdater::setDocument(IssueDocument *document) {
    disconnect(m_connection);
    m_document = document;
    if (document) {
        m_connection =
            connect(document, &IssueDocument::changed, this, &PreviewUpdater::scheduleLayout);
        startLayout();
    } else {
        ++m_generation;
        emit pagesReady({});
    }
}

void PreviewUpdater::setPixelsPerMm(double ppm) {
    m_ppm = ppm;
    scheduleLayout();
}

void PreviewUpdater::waitForIdle() {
    m_pool.waitForDone();
}

void PreviewUpdater::scheduleLayout() {
    m_debounce.start(); // restarts: nothing is laid out while keys keep coming
}

void PreviewUpdater::startLayout() {
    if (!m_document) {
        return;
    }
    const quint64 generation = ++m_generation;
    const Issue issue = m_document->issue(); // a copy for the worker; the text is shared
    const std::shared_ptr<const PageRenderer> renderer = m_renderer;
    renderer->prepare(issue); // here, on the GUI thread, where the archive can be read
    const double ppm = m_ppm;
    QPointer<PreviewUpdater> self(this);
    m_pool.start([=] {
        PreviewPages pages = renderer->render(issue, ppm);
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, pages = std::move(pages)] {
                if (self && generation == self->m_generation) {
                    emit self->pagesReady(pages);
                }
            },
            Qt::QueuedConnection);
    });
}

} // namespace kuaibao
