#pragma once

#include "editorcontext.h"

#include <QFrame>

#include <memory>

namespace Ui {
class MastheadForm;
}

namespace kuaibao {

// The masthead of the open issue: the bulletin's name (from the template, shown in red as
// printed), the issue number, the cumulative number, the date and the office.
class MastheadForm : public QFrame {
    Q_OBJECT

public:
    explicit MastheadForm(const EditorContext &context, QWidget *parent = nullptr);
    ~MastheadForm() override;
    void sync(const Masthead &masthead);
    QWidget *fieldWidget(FieldKey::Field field) const;

private:
    void edit(FieldKey::Field field, const std::function<void(Masthead &)> &change);

    std::unique_ptr<Ui::MastheadForm> m_ui;
    const EditorContext &m_context; // the editor's, updated when another issue opens
};

} // namespace kuaibao
