#include "mastheadform.h"

#include "core/document/issuedocument.h"
#include "ui_mastheadform.h"

#include <QSignalBlocker>

namespace kuaibao {

MastheadForm::MastheadForm(const EditorContext &context, QWidget *parent)
    : QFrame(parent), m_ui(std::make_unique<Ui::MastheadForm>()), m_context(context) {
    m_ui->setupUi(this);
    connect(m_ui->mastheadNumber, &QSpinBox::valueChanged, this, [this](int value) {
        edit(FieldKey::MastheadNumber, [&](Masthead &m) { m.number = value; });
    });
    connect(m_ui->mastheadCumulative, &QSpinBox::valueChanged, this, [this](int value) {
        edit(FieldKey::MastheadCumulative, [&](Masthead &m) {
            m.cumulativeNumber = value > 0 ? std::optional<int>(value) : std::nullopt;
        });
    });
    connect(m_ui->mastheadDate, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        edit(FieldKey::MastheadDate, [&](Masthead &m) { m.date = date; });
    });
    connect(m_ui->office, &QLineEdit::textEdited, this, [this](const QString &office) {
        edit(FieldKey::MastheadOffice, [&](Masthead &m) { m.office = office; });
    });
    sync(context.document->issue().masthead);
}

MastheadForm::~MastheadForm() = default;

void MastheadForm::edit(FieldKey::Field field, const std::function<void(Masthead &)> &change) {
    Masthead edited = m_context.document->issue().masthead;
    change(edited);
    m_context.document->setMasthead(edited, tr("masthead change"), {field});
}

void MastheadForm::sync(const Masthead &masthead) {
    const QSignalBlocker numberBlocker(m_ui->mastheadNumber);
    const QSignalBlocker cumulativeBlocker(m_ui->mastheadCumulative);
    const QSignalBlocker dateBlocker(m_ui->mastheadDate);
    m_ui->mastheadName->setText(masthead.nameLines.join(QLatin1Char('\n')));
    m_ui->mastheadNumber->setValue(masthead.number);
    m_ui->mastheadCumulative->setValue(masthead.cumulativeNumber.value_or(0));
    m_ui->mastheadDate->setDate(masthead.date);
    if (m_ui->office->text() != masthead.office) {
        m_ui->office->setText(masthead.office);
    }
}

QWidget *MastheadForm::fieldWidget(FieldKey::Field field) const {
    switch (field) {
    case FieldKey::MastheadNumber:
        return m_ui->mastheadNumber;
    case FieldKey::MastheadCumulative:
        return m_ui->mastheadCumulative;
    case FieldKey::MastheadDate:
        return m_ui->mastheadDate;
    default:
        return m_ui->office;
    }
}

} // namespace kuaibao
