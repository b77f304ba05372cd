#pragma once

#include "editorcontext.h"

#include <QFrame>

#include <array>
#include <optional>

class QMimeData;

namespace kuaibao {

class RichTextEdit;
class UnitLineEdit;

// The drag and drop form of "item `item` of category `category` of section `section`".
QString itemMimeType();
QMimeData *makeItemMimeData(int section, int category, int item);
std::optional<std::array<int, 3>> itemFromMimeData(const QMimeData &data);

// One 简讯 item: the units it is credited to (completed from the template, unknown ones
// marked) and its one-paragraph text. Enter starts the next item; Alt+↑/↓ moves it. A blank
// item is a normal state of a draft; it is marked only once the focus leaves it blank.
class BriefItemView : public QFrame {
    Q_OBJECT

public:
    BriefItemView(const EditorContext &context, int section, int category, int item,
                  QWidget *parent = nullptr);
    // Stops watching the focus before the children go (their focus moves as they are deleted).
    ~BriefItemView() override;

    void sync(const BriefItem &item);
    QWidget *fieldWidget(FieldKey::Field field) const;
    RichTextEdit *textEdit() const { return m_text; }
    UnitLineEdit *unitsEdit() const { return m_units; }

private:
    void buildActions();
    // Marks the item while it is blank and the focus has left it (it will not be printed).
    void markIfLeftBlank(QWidget *now);
    FieldKey key(FieldKey::Field field) const { return {field, m_section, m_category, m_item}; }

    const EditorContext &m_context; // the editor's, updated when another issue opens
    int m_section;
    int m_category;
    int m_item;
    UnitLineEdit *m_units = nullptr;
    RichTextEdit *m_text = nullptr;
    QMetaObject::Connection m_focusWatch;
};

} // namespace kuaibao
