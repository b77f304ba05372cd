#include "adminkeybanner.h"

#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace kuaibao {

AdminKeyBanner::AdminKeyBanner(Database &database, QWidget *parent)
    : QWidget(parent), m_watch(database) {
    m_fingerprint = new QLabel;
    m_fingerprint->setObjectName(QStringLiteral("adminKeyFingerprint"));
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warning = new QLabel;
    m_warning->setObjectName(QStringLiteral("adminKeyWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral(
        "QLabel { color: white; background: #b00000; font-weight: bold; padding: 6px; }"));
    m_confirm = new QPushButton(tr("The administrator confirmed the new key…"));
    m_confirm->setObjectName(QStringLiteral("adminKeyConfirm"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_fingerprint);
    layout->addWidget(m_warning);
    layout->addWidget(m_confirm, 0, Qt::AlignLeft);
    connect(m_confirm, &QPushButton::clicked, this, &AdminKeyBanner::askToConfirm);
    showState();
}

void AdminKeyBanner::refresh() {
    const bool before = trusted();
    m_watch.refresh();
    showState();
    if (trusted() != before) {
        emit trustChanged(trusted());
    }
}

void AdminKeyBanner::showState() {
    m_fingerprint->setText(m_watch.error().isEmpty() ? m_watch.fingerprintText() : m_watch.error());
    m_warning->setText(m_watch.warningText());
    m_warning->setVisible(m_watch.changed());
    m_confirm->setVisible(m_watch.changed());
}

void AdminKeyBanner::askToConfirm() {
    const auto answer = QMessageBox::question(
        this, tr("Confirm the new administrator key"),
        tr("Only confirm when the administrator told you the fingerprint %1 in person or on the "
           "telephone. This computer will then trust the new key.")
            .arg(m_watch.fingerprint()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes) {
        confirmNewKey();
    }
}

void AdminKeyBanner::confirmNewKey() {
    const bool before = trusted();
    m_watch.confirm();
    showState();
    if (trusted() != before) {
        emit trustChanged(trusted());
    }
}

} // namespace kuaibao
