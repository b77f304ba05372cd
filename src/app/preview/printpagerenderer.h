#pragma once

#include "pagerenderer.h"
#include "render/layoutstyle.h"

#include <QHash>
#include <QMutex>

namespace kuaibao {

// The live pages drawn by the print layout engine of src/render, so the preview, the printer
// and the PDF show the same pages. Safe to call from a worker thread: each call lays the issue
// out afresh; the only shared state is the cache of template layouts, under a mutex.
class PrintPageRenderer : public PageRenderer {
public:
    // Loads the application fonts and reads the font database on the calling (GUI) thread, so
    // that the worker threads find it ready.
    PrintPageRenderer();

    PreviewPages render(const Issue &issue, double pixelsPerMm) const override;

private:
    // The layout of the issue's template (the default layout when the template is unreadable,
    // with `note` saying why).
    LayoutStyle styleFor(const QString &templateId, QString &note) const;

    mutable QMutex m_mutex;
    mutable QHash<QString, LayoutStyle> m_styles;
};

} // namespace kuaibao
