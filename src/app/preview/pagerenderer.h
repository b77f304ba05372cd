#pragma once

#include "core/issue.h"

#include <QImage>
#include <QList>

#include <memory>

namespace kuaibao {

// The pages of an issue as the live preview shows them.
struct PreviewPages {
    QList<QImage> pages;
    bool footerAlone = false; // the 版记 spilled onto a page of its own
    QString note;             // shown under the pages, e.g. that this is a plain preview
};

// Draws an issue's pages for the live preview. Runs on a worker thread: an implementation
// must use nothing but its arguments (and fonts) and be safe to call from any thread.
class PageRenderer {
public:
    virtual ~PageRenderer() = default;
    virtual PreviewPages render(const Issue &issue, double pixelsPerMm) const = 0;
};

// The renderer the window uses. This is the one place that picks it: at merge, switch it to
// the print layout engine of src/render, so the preview, the printer and the PDF agree.
std::unique_ptr<PageRenderer> makePageRenderer();

} // namespace kuaibao
