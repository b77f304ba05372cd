#include "pagespanel.h"

#include <QLabel>
#include <QPixmap>
#include <QVBoxLayout>

namespace kuaibao {

PagesPanel::PagesPanel(QWidget *parent) : QScrollArea(parent) {
    setObjectName(QStringLiteral("pagesPanel"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("pagesBackground"));
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(12);
    m_warning = new QLabel(tr("The footer does not fit on the last page and stands on a page of "
                              "its own. Shorten the text or move an item."));
    m_warning->setObjectName(QStringLiteral("footerWarning"));
    m_warning->setWordWrap(true);
    m_warning->hide();
    layout->addWidget(m_warning);
    m_empty = new QLabel(tr("The printed pages of the open issue appear here, exactly as they "
                            "will print and as the PDF will look. They follow your typing."));
    m_empty->setObjectName(QStringLiteral("pagesPlaceholder"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_empty);
    m_pagesLayout = new QVBoxLayout;
    m_pagesLayout->setSpacing(14);
    layout->addLayout(m_pagesLayout);
    m_note = new QLabel;
    m_note->setObjectName(QStringLiteral("previewNote"));
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    layout->addStretch();
    setWidget(content);
}

void PagesPanel::showPages(const PreviewPages &pages) {
    while (m_pageLabels.size() > pages.pages.size()) {
        delete m_pageLabels.takeLast();
    }
    while (m_pageLabels.size() < pages.pages.size()) {
        auto *label = new QLabel;
        label->setObjectName(QStringLiteral("pageImage"));
        label->setAlignment(Qt::AlignHCenter);
        m_pagesLayout->addWidget(label, 0, Qt::AlignHCenter);
        m_pageLabels << label;
    }
    for (int i = 0; i < pages.pages.size(); ++i) {
        m_pageLabels.at(i)->setPixmap(QPixmap::fromImage(pages.pages.at(i)));
        m_pageLabels.at(i)->setToolTip(tr("Page %1 of %2").arg(i + 1).arg(pages.pages.size()));
    }
    m_warning->setVisible(pages.footerAlone);
    m_note->setText(pages.note);
    m_pageCount = int(pages.pages.size());
    m_empty->setVisible(m_pageCount == 0);
    emit pageCountChanged(m_pageCount, pages.footerAlone);
}

bool PagesPanel::footerWarningShown() const {
    return !m_warning->isHidden();
}

} // namespace kuaibao
