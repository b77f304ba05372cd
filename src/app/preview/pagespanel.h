#pragma once

#include "pagerenderer.h"

#include <QScrollArea>

class QLabel;
class QVBoxLayout;

namespace kuaibao {

// The right-hand panel: the pages as they will print, one under another, with a
// warning when the footer stands alone on a page; while there are none, what will appear here.
class PagesPanel : public QScrollArea {
    Q_OBJECT

public:
    explicit PagesPanel(QWidget *parent = nullptr);

    void showPages(const kuaibao::PreviewPages &pages);
    int pageCount() const { return m_pageCount; }
    bool footerWarningShown() const;

signals:
    void pageCountChanged(int pages, bool footerAlone);

private:
    QVBoxLayout *m_pagesLayout = nullptr;
    QLabel *m_warning = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_empty = nullptr; // says what will appear here while there are no pages
    QList<QLabel *> m_pageLabels;
    int m_pageCount = 0;
};

} // namespace kuaibao
