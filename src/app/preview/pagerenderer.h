#pragma once

#include "core/issue.h"
#include "storage/templates/templatearchive.h"

#include <QImage>
#include <QList>

#include <functional>
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
    // Called on the GUI thread before `issue` is handed to a worker: the place to look up
    // what needs the archive's connection (the issue's own template version).
    virtual void prepare(const Issue &issue) const { Q_UNUSED(issue); }
};

// Finds the template an issue was set with (on the GUI thread: it reads the archive).
using TemplateResolver = std::function<Result<IssueTemplate>(const Issue &issue)>;

// The renderer the window uses: the print layout engine of src/render, so the preview, the
// printer and the PDF agree; `resolver` gives each issue its own template version (without
// one, the newest version of its template is used).
std::unique_ptr<PageRenderer> makePageRenderer(TemplateResolver resolver = {});

} // namespace kuaibao
