#pragma once

#include "submissionintake.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace Ui {
class SubmissionDialog;
}

namespace kuaibao {

// The confirmation of a drop or paste of submissions: one row per item, with a check box, its
// unit (an unknown one marked, corrected with completion from the unit list), its category (the
// archive's suggestion preselected and labelled as one), its text, and for a repeat the earlier
// item beside it, unchecked. It only shows the rows and hands them back; the intake judges a
// corrected unit again.
class SubmissionDialog : public QDialog {
    Q_OBJECT

public:
    // The widgets of one row (for tests and for the dialog itself).
    struct RowWidgets {
        QCheckBox *check = nullptr;
        QLineEdit *unit = nullptr;
        QLabel *unitNote = nullptr;
        QComboBox *category = nullptr;
        QLabel *categoryNote = nullptr;
        QLabel *text = nullptr;
        QLabel *earlier = nullptr;
    };

    // `source` says where the items came from (file names, or the clipboard).
    SubmissionDialog(const SubmissionIntake &intake, QList<SubmissionRow> rows,
                     const QString &source, QWidget *parent = nullptr);
    ~SubmissionDialog() override;

    // The rows as the user left them: checked or not, units and categories corrected.
    const QList<SubmissionRow> &rows() const { return m_rows; }
    const RowWidgets &rowWidgets(int row) const { return m_widgets.at(row); }
    int rowCount() const { return int(m_widgets.size()); }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void addRow(int row);
    // Shows row `row`'s marks, proposal and earlier item as m_rows holds them.
    void showRow(int row);
    void unitCorrected(int row);
    void updateSummary();

    std::unique_ptr<Ui::SubmissionDialog> m_ui;
    const SubmissionIntake &m_intake;
    QList<SubmissionRow> m_rows;
    QList<RowWidgets> m_widgets;
};

} // namespace kuaibao
