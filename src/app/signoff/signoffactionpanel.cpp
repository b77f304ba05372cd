#include "signoffactionpanel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace kuaibao {

SignoffActionPanel::SignoffActionPanel(QWidget *parent) : QWidget(parent) {
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("signoffPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remark = new QPlainTextEdit;
    m_remark->setObjectName(QStringLiteral("signoffRemark"));
    m_remark->setPlaceholderText(tr("Needed to return the issue: what should be changed"));
    m_remark->setMaximumHeight(80);
    m_approve = new QPushButton(tr("Approve (通过)"));
    m_approve->setObjectName(QStringLiteral("signoffApprove"));
    m_return = new QPushButton(tr("Return (退回)"));
    m_return->setObjectName(QStringLiteral("signoffReturn"));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_return);
    buttons->addWidget(m_approve);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Remark"), m_remark);
    form->addRow(tr("Your password"), m_password);
    form->addRow(buttons);

    connect(m_approve, &QPushButton::clicked, this,
            [this] { emit approveRequested(m_password->text().toUtf8()); });
    connect(m_return, &QPushButton::clicked, this,
            [this] { emit returnRequested(m_password->text().toUtf8(), m_remark->toPlainText()); });
    setRole({});
}

void SignoffActionPanel::setRole(const QString &role) {
    const bool active = !role.isEmpty();
    m_approve->setEnabled(active);
    m_return->setEnabled(active);
    m_password->setEnabled(active);
    m_remark->setEnabled(active);
    m_approve->setText(active ? tr("Approve as %1 (通过)").arg(role) : tr("Approve (通过)"));
}

void SignoffActionPanel::clearInput(bool remarkToo) {
    m_password->clear();
    if (remarkToo) {
        m_remark->clear();
    }
}

void SignoffActionPanel::focusPassword() {
    m_password->setFocus(Qt::OtherFocusReason);
}

} // namespace kuaibao
