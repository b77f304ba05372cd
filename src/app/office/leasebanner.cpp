#include "leasebanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace kuaibao {

LeaseBanner::LeaseBanner(QWidget *parent)
    : QWidget(parent), m_text(new QLabel), m_edit(new QPushButton(tr("Edit"))) {
    setObjectName(QStringLiteral("leaseBanner"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QStringLiteral("#leaseBanner { background: #e8f0fe; border-bottom: 1px solid "
                                 "#8ab4f8; } QLabel { color: #174ea6; }"));
    m_text->setObjectName(QStringLiteral("leaseBannerText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_edit->setObjectName(QStringLiteral("leaseEditButton"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_edit);
    connect(m_edit, &QPushButton::clicked, this, &LeaseBanner::editRequested);
    hide();
}

void LeaseBanner::showHeldBy(const QString &name, const QDateTime &since) {
    const QDateTime local = since.toLocalTime();
    const QString when = local.date() == QDate::currentDate()
                             ? local.toString(QStringLiteral("HH:mm"))
                             : local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_holder = name;
    m_text->setText(tr("Being edited by %1 (since %2)").arg(name, when));
    m_text->setToolTip(tr("One person edits an issue at a time: it is read-only here, and "
                          "shows their saves."));
    m_edit->hide();
    show();
}

void LeaseBanner::showFreed() {
    m_text->setText(tr("%1 has stopped editing this issue: you can edit it now.").arg(m_holder));
    m_text->setToolTip(QString());
    m_edit->show();
    show();
}

} // namespace kuaibao
