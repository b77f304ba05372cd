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
    explicit PrintPageRenderer(TemplateResolver resolver = {});

    PreviewPages render(const Issue &issue, double pixelsPerMm) const override;
    // Looks up the issue's own template version through the resolver, once per version.
    void prepare(const Issue &issue) const override;

private:
    // What prepare() found for one template version: its layout and a note when it is not
    // the version the issue was set with.
    struct PreparedStyle {
        LayoutStyle style;
        QString note;
    };
    // The layout of the issue's template version: the prepared one, else the newest version
    // (the default layout when the template is unreadable, with `note` saying why).
    LayoutStyle styleFor(const Issue &issue, QString &note) const;
    static QString versionKey(const Issue &issue);

    TemplateResolver m_resolver;
    mutable QMutex m_mutex;
    mutable QHash<QString, LayoutStyle> m_styles;          // newest version, by template id
    mutable QHash<QString, PreparedStyle> m_versionStyles; // by template id and version
};

} // namespace kuaibao
