#pragma once

#include "editorcontext.h"

#include <QFrame>

class QLineEdit;
class QVBoxLayout;

namespace kuaibao {

class BriefItemView;
class UnitLineEdit;

// A 简讯 category: its name, its items in order, and the units that also took part.
class CategoryView : public QFrame {
    Q_OBJECT

public:
    CategoryView(const EditorContext &context, int section, int category,
                 QWidget *parent = nullptr);

    // Shows `category`; rebuilds the item rows only when items were added, removed or moved.
    void sync(const BriefCategory &category);
    QWidget *fieldWidget(const FieldKey &key) const;
    const QList<BriefItemView *> &items() const { return m_items; }

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // Where an item dropped at `pos` goes: the index of the first row whose middle is below it.
    int dropIndex(const QPoint &pos) const;
    void buildHeader(QVBoxLayout *layout);
    void rebuildItems(int count);

    const EditorContext &m_context; // the editor's, updated when another issue opens
    int m_section;
    int m_category;
    QLineEdit *m_name = nullptr;
    QVBoxLayout *m_itemsLayout = nullptr;
    QList<BriefItemView *> m_items;
    UnitLineEdit *m_alsoUnits = nullptr;
};

} // namespace kuaibao
