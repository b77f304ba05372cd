#include "openremarkspanel.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace kuaibao {

OpenRemarksPanel::OpenRemarksPanel(QWidget *parent) : QWidget(parent) {
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("openRemarks"));
    m_list->setMaximumHeight(90);
    m_resolve = new QPushButton(tr("Mark dealt with"));
    m_resolve->setObjectName(QStringLiteral("resolveRemark"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Returned with these remarks:")));
    layout->addWidget(m_list);
    layout->addWidget(m_resolve, 0, Qt::AlignRight);
    connect(m_resolve, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_list->currentItem()) {
            emit resolveRequested(item->data(Qt::UserRole).toLongLong());
        }
    });
    connect(m_list, &QListWidget::currentRowChanged, this,
            [this](int row) { m_resolve->setEnabled(row >= 0); });
    setRemarks({});
}

void OpenRemarksPanel::setRemarks(const QList<ReturnRemark> &remarks) {
    m_list->clear();
    for (const ReturnRemark &r : remarks) {
        auto *item = new QListWidgetItem(
            tr("%1 (%2), %3: %4")
                .arg(r.personName, r.role,
                     r.returnedAt.toLocalTime().toString(QStringLiteral("MM-dd HH:mm")), r.remark),
            m_list);
        item->setData(Qt::UserRole, r.id);
    }
    if (!remarks.isEmpty()) {
        m_list->setCurrentRow(0);
    }
    m_resolve->setEnabled(!remarks.isEmpty());
    setVisible(!remarks.isEmpty());
}

int OpenRemarksPanel::count() const {
    return m_list->count();
}

} // namespace kuaibao
