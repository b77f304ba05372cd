#pragma once

#include "editorcontext.h"

#include <QFrame>

namespace kuaibao {

class RichTextEdit;
class UnitLineEdit;

// One 简讯 item: the units it is credited to (completed from the template, unknown ones
// marked) and its one-paragraph text. Enter starts the next item; Alt+↑/↓ moves it.
class BriefItemView : public QFrame {
    Q_OBJECT

public:
    BriefItemView(const EditorContext &context, int section, int category, int item,
                  QWidget *parent = nullptr);

    void sync(const BriefItem &item);
    QWidget *fieldWidget(FieldKey::Field field) const;
    RichTextEdit *textEdit() const { return m_text; }
    UnitLineEdit *unitsEdit() const { return m_units; }

private:
    void buildActions();
    FieldKey key(FieldKey::Field field) const { return {field, m_section, m_category, m_item}; }

    const EditorContext &m_context; // the editor's, updated when another issue opens
    int m_section;
    int m_category;
    int m_item;
    UnitLineEdit *m_units = nullptr;
    RichTextEdit *m_text = nullptr;
};

} // namespace kuaibao
