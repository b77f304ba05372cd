#pragma once

#include "editorcontext.h"

#include <QFrame>

class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace kuaibao {

// The masthead of the open issue: the bulletin's name (from the template, shown in red as
// printed), the issue number, the cumulative number, the date and the office.
class MastheadForm : public QFrame {
    Q_OBJECT

public:
    explicit MastheadForm(const EditorContext &context, QWidget *parent = nullptr);
    void sync(const Masthead &masthead);
    QWidget *fieldWidget(FieldKey::Field field) const;

private:
    void edit(FieldKey::Field field, const std::function<void(Masthead &)> &change);

    const EditorContext &m_context; // the editor's, updated when another issue opens
    QLabel *m_name = nullptr;
    QSpinBox *m_number = nullptr;
    QSpinBox *m_cumulative = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_office = nullptr;
};

} // namespace kuaibao
