#include "footerform.h"

#include "core/document/issuedocument.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace kuaibao {

namespace {
void syncLine(QLineEdit *edit, const QString &text) {
    if (edit->text() != text) {
        edit->setText(text);
    }
}
} // namespace

FooterForm::FooterForm(const EditorContext &context, QWidget *parent)
    : QFrame(parent), m_context(context) {
    setObjectName(QStringLiteral("footerCard"));
    m_form = new QFormLayout(this);
    m_form->setContentsMargins(12, 10, 12, 10);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    sync(context.document->issue().footer);
}

void FooterForm::sync(const Footer &footer) {
    if (m_staff.size() != footer.staff.size() ||
        m_distribution.size() != footer.distribution.size() ||
        m_contacts.size() != footer.contacts.size()) {
        rebuild(footer);
    }
    for (int i = 0; i < m_staff.size(); ++i) {
        syncLine(m_staff.at(i), footer.staff.at(i).name);
    }
    for (int i = 0; i < m_distribution.size(); ++i) {
        syncLine(m_distribution.at(i), footer.distribution.at(i).text);
    }
    for (int i = 0; i < m_contacts.size(); ++i) {
        syncLine(m_contacts.at(i), footer.contacts.at(i).text);
    }
}

void FooterForm::rebuild(const Footer &footer) {
    while (m_form->rowCount() > 0) {
        m_form->removeRow(0);
    }
    m_staff.clear();
    m_distribution.clear();
    m_contacts.clear();
    auto *title = new QLabel(tr("Footer"));
    title->setObjectName(QStringLiteral("footerHeading"));
    m_form->addRow(title);
    for (int i = 0; i < footer.staff.size(); ++i) {
        m_staff << addLine(footer.staff.at(i).role, {FieldKey::StaffName, -1, -1, i});
    }
    for (int i = 0; i < footer.distribution.size(); ++i) {
        m_distribution << addLine(footer.distribution.at(i).label,
                                  {FieldKey::DistributionText, -1, -1, i});
    }
    for (int i = 0; i < footer.contacts.size(); ++i) {
        m_contacts << addLine(footer.contacts.at(i).label, {FieldKey::ContactText, -1, -1, i});
    }
}

QLineEdit *FooterForm::addLine(const QString &label, FieldKey key) {
    auto *line = new QLineEdit;
    m_form->addRow(label + QStringLiteral("："), line);
    connect(line, &QLineEdit::textEdited, this,
            [this, key](const QString &text) { edit(key, text); });
    return line;
}

void FooterForm::edit(const FieldKey &key, const QString &text) {
    Footer edited = m_context.document->issue().footer;
    switch (key.field) {
    case FieldKey::StaffName:
        edited.staff[key.item].name = text;
        break;
    case FieldKey::DistributionText:
        edited.distribution[key.item].text = text;
        break;
    default:
        edited.contacts[key.item].text = text;
        break;
    }
    m_context.document->setFooter(edited, tr("footer change"), key);
}

QWidget *FooterForm::fieldWidget(const FieldKey &key) const {
    const QList<QLineEdit *> &lines = key.field == FieldKey::StaffName          ? m_staff
                                      : key.field == FieldKey::DistributionText ? m_distribution
                                                                                : m_contacts;
    return key.item >= 0 && key.item < lines.size() ? lines.at(key.item) : nullptr;
}

} // namespace kuaibao
