#include "mastheadform.h"

#include "core/document/issuedocument.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>

namespace kuaibao {

MastheadForm::MastheadForm(const EditorContext &context, QWidget *parent)
    : QFrame(parent), m_context(context) {
    setObjectName(QStringLiteral("mastheadCard"));
    m_name = new QLabel;
    m_name->setObjectName(QStringLiteral("mastheadName"));
    m_name->setAlignment(Qt::AlignCenter);
    m_number = new QSpinBox;
    m_number->setRange(1, 99999);
    m_cumulative = new QSpinBox;
    m_cumulative->setRange(0, 999999);
    m_cumulative->setSpecialValueText(tr("none"));
    m_date = new QDateEdit;
    m_date->setObjectName(QStringLiteral("mastheadDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_office = new QLineEdit;
    m_office->setObjectName(QStringLiteral("office"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->addWidget(m_name);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Number")));
    row->addWidget(m_number);
    row->addSpacing(12);
    row->addWidget(new QLabel(tr("Cumulative number")));
    row->addWidget(m_cumulative);
    row->addSpacing(12);
    row->addWidget(new QLabel(tr("Date")));
    row->addWidget(m_date);
    row->addStretch();
    layout->addLayout(row);
    auto *officeRow = new QHBoxLayout;
    officeRow->addWidget(new QLabel(tr("Office")));
    officeRow->addWidget(m_office, 1);
    layout->addLayout(officeRow);

    connect(m_number, &QSpinBox::valueChanged, this, [this](int value) {
        edit(FieldKey::MastheadNumber, [&](Masthead &m) { m.number = value; });
    });
    connect(m_cumulative, &QSpinBox::valueChanged, this, [this](int value) {
        edit(FieldKey::MastheadCumulative, [&](Masthead &m) {
            m.cumulativeNumber = value > 0 ? std::optional<int>(value) : std::nullopt;
        });
    });
    connect(m_date, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        edit(FieldKey::MastheadDate, [&](Masthead &m) { m.date = date; });
    });
    connect(m_office, &QLineEdit::textEdited, this, [this](const QString &office) {
        edit(FieldKey::MastheadOffice, [&](Masthead &m) { m.office = office; });
    });
    sync(context.document->issue().masthead);
}

void MastheadForm::edit(FieldKey::Field field, const std::function<void(Masthead &)> &change) {
    Masthead edited = m_context.document->issue().masthead;
    change(edited);
    m_context.document->setMasthead(edited, tr("masthead change"), {field});
}

void MastheadForm::sync(const Masthead &masthead) {
    const QSignalBlocker numberBlocker(m_number);
    const QSignalBlocker cumulativeBlocker(m_cumulative);
    const QSignalBlocker dateBlocker(m_date);
    m_name->setText(masthead.nameLines.join(QLatin1Char('\n')));
    m_number->setValue(masthead.number);
    m_cumulative->setValue(masthead.cumulativeNumber.value_or(0));
    m_date->setDate(masthead.date);
    if (m_office->text() != masthead.office) {
        m_office->setText(masthead.office);
    }
}

QWidget *MastheadForm::fieldWidget(FieldKey::Field field) const {
    switch (field) {
    case FieldKey::MastheadNumber:
        return m_number;
    case FieldKey::MastheadCumulative:
        return m_cumulative;
    case FieldKey::MastheadDate:
        return m_date;
    default:
        return m_office;
    }
}

} // namespace kuaibao
