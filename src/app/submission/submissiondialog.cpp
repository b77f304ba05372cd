#include "submissiondialog.h"

#include "ui_submissiondialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFrame>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kuaibao {

namespace {

// A paragraph's text as HTML, its bold runs bold.
QString richHtml(const RichText &text) {
    QString html;
    for (const TextRun &run : text.runs()) {
        html += run.bold ? QStringLiteral("<b>%1</b>").arg(run.text.toHtmlEscaped())
                         : run.text.toHtmlEscaped();
    }
    return html;
}

// A widget holding `main` with a small note under it.
QWidget *withNote(QWidget *main, QLabel *note) {
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(main);
    layout->addWidget(note);
    layout->addStretch();
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("font-size: small;"));
    return box;
}

} // namespace

SubmissionDialog::SubmissionDialog(const SubmissionIntake &intake, QList<SubmissionRow> rows,
                                   const QString &source, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SubmissionDialog>()), m_intake(intake),
      m_rows(std::move(rows)) {
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("submissionDialog"));
    m_ui->introLabel->setText(
        tr("%n item(s) from %1. Check the ones to add and correct their units; the categories "
           "are suggestions until you choose one.",
           nullptr, int(m_rows.size()))
            .arg(source));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    for (int i = 0; i < m_rows.size(); ++i) {
        addRow(i);
        showRow(i);
    }
    m_ui->rowsGrid->setRowStretch(2 * int(m_rows.size()) + 1, 1);
    updateSummary();
    // As tall as the rows need, within reason: a long round-up scrolls.
    const int chrome = 150; // the intro, the headings, the buttons and the margins
    resize(width(), qBound(300, m_ui->rowsWidget->sizeHint().height() + chrome, 720));
}

SubmissionDialog::~SubmissionDialog() = default;

void SubmissionDialog::addRow(int row) {
    RowWidgets w;
    w.check = new QCheckBox;
    w.check->setObjectName(QStringLiteral("rowCheck"));
    w.check->setToolTip(tr("Add this item"));
    w.unit = new QLineEdit;
    w.unit->setObjectName(QStringLiteral("rowUnit"));
    w.unit->setMinimumWidth(150);
    auto *completer = new QCompleter(m_intake.unitCompletions(), w.unit);
    completer->setFilterMode(Qt::MatchContains);
    w.unit->setCompleter(completer);
    w.unitNote = new QLabel;
    w.unitNote->setObjectName(QStringLiteral("rowUnitNote"));
    w.category = new QComboBox;
    w.category->setObjectName(QStringLiteral("rowCategory"));
    w.category->setEditable(true);
    w.category->setInsertPolicy(QComboBox::NoInsert);
    w.category->setMinimumWidth(150);
    w.category->addItems(m_intake.categoryChoices());
    w.categoryNote = new QLabel;
    w.categoryNote->setObjectName(QStringLiteral("rowCategoryNote"));
    w.text = new QLabel;
    w.text->setObjectName(QStringLiteral("rowText"));
    w.text->setWordWrap(true);
    w.text->setTextFormat(Qt::RichText);
    w.text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    w.text->setMinimumWidth(280);
    w.earlier = new QLabel;
    w.earlier->setObjectName(QStringLiteral("rowEarlier"));
    w.earlier->setWordWrap(true);
    w.earlier->setTextFormat(Qt::RichText);
    w.earlier->setTextInteractionFlags(Qt::TextSelectableByMouse);
    w.earlier->setMinimumWidth(200);

    // Row 0 holds the headings; each item has a rule above it.
    const int gridRow = 2 * row + 2;
    auto *rule = new QFrame;
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);
    m_ui->rowsGrid->addWidget(rule, gridRow - 1, 0, 1, 5);
    m_ui->rowsGrid->addWidget(w.check, gridRow, 0, Qt::AlignTop | Qt::AlignHCenter);
    m_ui->rowsGrid->addWidget(withNote(w.unit, w.unitNote), gridRow, 1, Qt::AlignTop);
    m_ui->rowsGrid->addWidget(withNote(w.category, w.categoryNote), gridRow, 2, Qt::AlignTop);
    m_ui->rowsGrid->addWidget(w.text, gridRow, 3, Qt::AlignTop);
    m_ui->rowsGrid->addWidget(w.earlier, gridRow, 4, Qt::AlignTop);
    m_widgets << w;

    connect(w.check, &QCheckBox::toggled, this, [this, row](bool on) {
        m_rows[row].checked = on;
        updateSummary();
    });
    connect(w.unit, &QLineEdit::editingFinished, this, [this, row] { unitCorrected(row); });
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this,
            [this, row] { unitCorrected(row); });
    connect(w.category, &QComboBox::currentTextChanged, this, [this, row](const QString &name) {
        if (name == m_rows.at(row).category) {
            return; // shown by showRow, not chosen
        }
        m_rows[row].category = name;
        m_rows[row].categorySource = CategorySource::Chosen;
        showRow(row);
    });
}

void SubmissionDialog::showRow(int row) {
    const SubmissionRow &r = m_rows.at(row);
    const RowWidgets &w = m_widgets.at(row);
    w.check->setChecked(r.checked);
    if (w.unit->text() != r.unit) {
        w.unit->setText(r.unit);
    }
    w.unitNote->setText(!r.unitKnown              ? tr("Unknown unit: not in the unit list")
                        : r.writtenUnit != r.unit ? tr("Written as %1").arg(r.writtenUnit)
                                                  : QString());
    w.unitNote->setVisible(!w.unitNote->text().isEmpty());
    w.unit->setStyleSheet(r.unitKnown ? QString()
                                      : QStringLiteral("QLineEdit { color: #b71c1c; "
                                                       "background: #fff3f0; }"));
    w.unitNote->setStyleSheet(r.unitKnown ? QStringLiteral("font-size: small; color: #666;")
                                          : QStringLiteral("font-size: small; color: #b71c1c;"));
    w.unit->setToolTip(r.unitKnown ? QString()
                                   : tr("Correct the name, or map it once in Archive ▸ Units"));

    if (w.category->currentText() != r.category) {
        const int index = w.category->findText(r.category);
        if (index >= 0) {
            w.category->setCurrentIndex(index);
        } else {
            w.category->setEditText(r.category);
        }
    }
    switch (r.categorySource) {
    case CategorySource::Usual:
        w.categoryNote->setText(tr("Suggested: where this unit's items most often went"));
        break;
    case CategorySource::Default:
        w.categoryNote->setText(tr("Suggested: this unit has no earlier items"));
        break;
    case CategorySource::Chosen:
        w.categoryNote->clear();
        break;
    }
    w.categoryNote->setVisible(!w.categoryNote->text().isEmpty());
    w.categoryNote->setStyleSheet(QStringLiteral("font-size: small; color: #8a5a00;"));

    w.text->setText(richHtml(r.text));
    if (!r.earlier) {
        w.earlier->clear();
        w.earlier->setStyleSheet(QString());
        w.check->setToolTip(tr("Add this item"));
        return;
    }
    const EarlierItem &e = *r.earlier;
    const int percent = qRound(e.shared * 100);
    const QString where =
        e.sameSubmission
            ? tr("Repeats an item above in this submission (%1% of the characters the same):")
                  .arg(percent)
            : tr("Repeats the item of No. %1 (%2) under 【%3】 (%4% of the characters the same):")
                  .arg(e.item.number)
                  .arg(e.item.date.toString(Qt::ISODate), e.item.category)
                  .arg(percent);
    w.earlier->setText(
        QStringLiteral("<b>%1</b><br/>%2").arg(where.toHtmlEscaped(), e.item.text.toHtmlEscaped()));
    w.earlier->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff4e0; color: #5a3a00; border-left: 3px solid #e0a000; "
        "padding: 4px; }"));
    w.check->setToolTip(tr("A repeat: checked, it is added all the same"));
}

void SubmissionDialog::unitCorrected(int row) {
    const QString unit = m_widgets.at(row).unit->text().trimmed();
    SubmissionRow &current = m_rows[row];
    if (unit.isEmpty() || unit == current.unit) {
        if (unit.isEmpty()) {
            m_widgets.at(row).unit->setText(current.unit);
        }
        return;
    }
    SubmissionRow judged = m_intake.assess(unit, current.text, m_rows.mid(0, row));
    if (current.categorySource == CategorySource::Chosen) {
        judged.category = current.category;
        judged.categorySource = CategorySource::Chosen;
    }
    if (bool(judged.earlier) == bool(current.earlier)) {
        judged.checked = current.checked; // the user's tick stands unless the repeat changed
    }
    judged.writtenUnit = current.writtenUnit;
    current = judged;
    showRow(row);
    updateSummary();
}

void SubmissionDialog::updateSummary() {
    const int checked = int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                                          [](const SubmissionRow &r) { return r.checked; }));
    m_ui->summaryLabel->setText(
        tr("%n of %1 item(s) will be added.", nullptr, checked).arg(m_rows.size()));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(checked > 0);
}

void SubmissionDialog::keyPressEvent(QKeyEvent *event) {
    // Enter in a unit field ends the correction and moves on; it does not add the items.
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    for (const RowWidgets &w : std::as_const(m_widgets)) {
        if (enter && w.unit->hasFocus()) {
            w.category->setFocus(Qt::TabFocusReason);
            return;
        }
    }
    QDialog::keyPressEvent(event);
}

} // namespace kuaibao
