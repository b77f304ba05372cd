#include "printpagerenderer.h"

#include "core/templatelibrary.h"
#include "render/fontlibrary.h"
#include "render/issuelayout.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QMutexLocker>
#include <QPainter>

namespace kuaibao {

namespace {
// The translation context of this file's messages.
struct PrintPageRendererText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::PrintPageRenderer)
};

constexpr double kMmPerPoint = 25.4 / 72.0;
} // namespace

PrintPageRenderer::PrintPageRenderer(TemplateResolver resolver) : m_resolver(std::move(resolver)) {
    (void)loadApplicationFonts();
    (void)QFontDatabase::families(); // fills the database here rather than on a worker thread
}

QString PrintPageRenderer::versionKey(const Issue &issue) {
    return issue.templateId + QLatin1Char('#') + QString::number(issue.templateVersion);
}

void PrintPageRenderer::prepare(const Issue &issue) const {
    if (!m_resolver) {
        return;
    }
    const QString key = versionKey(issue);
    {
        QMutexLocker lock(&m_mutex);
        if (m_versionStyles.contains(key)) {
            return;
        }
    }
    Result<IssueTemplate> found = m_resolver(issue);
    if (!found) {
        return; // render() falls back to the newest version and says so
    }
    Result<LayoutStyle> style = LayoutStyle::fromTemplate(found->bulletinTemplate);
    if (!style) {
        return;
    }
    QMutexLocker lock(&m_mutex);
    m_versionStyles.insert(key, PreparedStyle{*style, found->note});
}

LayoutStyle PrintPageRenderer::styleFor(const Issue &issue, QString &note) const {
    {
        QMutexLocker lock(&m_mutex);
        if (const auto prepared = m_versionStyles.constFind(versionKey(issue));
            prepared != m_versionStyles.cend()) {
            note = prepared->note;
            return prepared->style;
        }
    }
    const QString fallback = TemplateLibrary::defaultTemplateId();
    const QString id = issue.templateId.isEmpty() ? fallback : issue.templateId;
    QMutexLocker lock(&m_mutex);
    if (const auto found = m_styles.constFind(id); found != m_styles.cend()) {
        return *found;
    }
    const auto read = [](const QString &which) -> Result<LayoutStyle> {
        Result<BulletinTemplate> loaded = TemplateLibrary::load(which);
        if (!loaded) {
            return loaded.error();
        }
        return LayoutStyle::fromTemplate(*loaded);
    };
    Result<LayoutStyle> style = read(id);
    if (!style) {
        note = PrintPageRendererText::tr("The template could not be read (%1); the pages use the "
                                         "standard layout.")
                   .arg(style.error().message);
        Result<LayoutStyle> standard = read(fallback);
        return standard ? *standard : LayoutStyle();
    }
    m_styles.insert(id, *style);
    return *style;
}

PreviewPages PrintPageRenderer::render(const Issue &issue, double pixelsPerMm) const {
    PreviewPages result;
    const IssueLayout layout = IssueLayout::build(issue, styleFor(issue, result.note));
    const QSizeF points = layout.pageSizePoints();
    const double scale = pixelsPerMm * kMmPerPoint; // pixels per point
    const QSize pixels(qRound(points.width() * scale), qRound(points.height() * scale));
    for (int page = 0; page < layout.pageCount(); ++page) {
        QImage image(pixels, QImage::Format_RGB32);
        image.fill(Qt::white); // the engine paints no paper
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                               QPainter::SmoothPixmapTransform);
        painter.scale(scale, scale);
        layout.paintPage(painter, page);
        painter.end();
        result.pages << image;
    }
    // The footer block adds no body text: a last page without any is the footer's alone.
    const QStringList texts = layout.pageTexts();
    result.footerAlone = texts.size() > 1 && texts.last().trimmed().isEmpty();
    return result;
}

} // namespace kuaibao
