#pragma once

#include "render/issuelayout.h"

#include <QWidget>

namespace kuaibao {

// A laid-out issue's printed pages, one under another on a grey desk, scaled to the width of
// the widget: what the sign-off screen shows the person who signs.
class PrintedPagesView : public QWidget {
    Q_OBJECT

public:
    explicit PrintedPagesView(IssueLayout layout, QWidget *parent = nullptr);

    int pageCount() const { return m_layout.pageCount(); }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QSizeF pageSizeFor(int width) const;

    IssueLayout m_layout;
};

} // namespace kuaibao
