#pragma once

#include "core/issue.h"
#include "layoutstyle.h"
#include "preflight.h"

#include <QPainter>
#include <QRawFont>
#include <QRectF>
#include <QSizeF>

#include <memory>

namespace kuaibao {

struct IssueLayoutData;

// An issue laid out into pages once, to be painted as often as needed onto any QPainter: the
// PDF writer, a printer, a preview widget. Copies share the laid-out pages.
class IssueLayout {
public:
    // An empty layout of no pages.
    IssueLayout();
    // Sets the whole issue (masthead on page 1, body on the grid, footer block at the bottom of
    // the last page, page numbers, a 草稿 watermark unless the issue is published). A signed
    // issue's 签发校验码 (SignoffProof::checkCode), when given, is set centred below the type
    // area of the last page.
    static IssueLayout build(const Issue &issue, const LayoutStyle &style,
                             const QString &signoffCode = {});

    int pageCount() const;
    QSizeF pageSizePoints() const;
    // Paints page `index` (0-based) with the painter's units in points, origin at the page's
    // top-left corner. White paper is not painted.
    void paintPage(QPainter &painter, int index) const;
    // Paints page `index` scaled to fit `target`, centred, keeping the page's proportions.
    void paintPage(QPainter &painter, int index, const QRectF &target) const;

    const PreflightReport &preflight() const;
    const LayoutStyle &style() const;
    const Issue &issue() const;
    // Every character drawn, for checks of the PDF's text map.
    QString drawnCharacters() const;
    // The 签发校验码 printed on the last page, empty when none.
    QString signoffCode() const;
    // The raw fonts the pages use.
    QList<QRawFont> fonts() const;
    // The first grid line of the body on page 1 (below the masthead), for tests and docs.
    int bodyStartSlot() const;
    // The text of each page's body lines in order (tests compare page breaks with it).
    QStringList pageTexts() const;

private:
    std::shared_ptr<const IssueLayoutData> d;
};

} // namespace kuaibao
