#pragma once

#include "editorcontext.h"

#include <QFrame>

class QFormLayout;
class QLineEdit;

namespace kuaibao {

// The 版记 of the open issue: staff names (编校, 审核, 核签), the 报/发 lines and the contacts.
class FooterForm : public QFrame {
    Q_OBJECT

public:
    explicit FooterForm(const EditorContext &context, QWidget *parent = nullptr);
    void sync(const Footer &footer);
    QWidget *fieldWidget(const FieldKey &key) const;

private:
    void rebuild(const Footer &footer);
    QLineEdit *addLine(const QString &label, FieldKey key);
    void edit(const FieldKey &key, const QString &text);

    const EditorContext &m_context; // the editor's, updated when another issue opens
    QFormLayout *m_form = nullptr;
    QList<QLineEdit *> m_staff;
    QList<QLineEdit *> m_distribution;
    QList<QLineEdit *> m_contacts;
};

} // namespace kuaibao
