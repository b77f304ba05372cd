#include "categoryview.h"

#include "briefitemview.h"
#include "core/document/structureeditor.h"
#include "unitlineedit.h"

#include <QAction>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace kuaibao {

CategoryView::CategoryView(const EditorContext &context, int section, int category, QWidget *parent)
    : QFrame(parent), m_context(context), m_section(section), m_category(category) {
    setObjectName(QStringLiteral("categoryCard"));
    setContextMenuPolicy(Qt::ActionsContextMenu);
    setAcceptDrops(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(2);
    buildHeader(layout);

    m_itemsLayout = new QVBoxLayout;
    m_itemsLayout->setSpacing(0);
    layout->addLayout(m_itemsLayout);

    auto *also = new QHBoxLayout;
    m_alsoUnits = new UnitLineEdit(context.units);
    m_alsoUnits->setObjectName(QStringLiteral("alsoUnits"));
    also->addWidget(m_alsoUnits, 1);
    also->addWidget(new QLabel(tr("also took part.")));
    auto *addItem = new QPushButton(tr("Add item"));
    addItem->setObjectName(QStringLiteral("addItemButton"));
    also->addWidget(addItem);
    layout->addLayout(also);

    connect(addItem, &QPushButton::clicked, this, [this] {
        const int at = int(m_context.section(m_section).categories.at(m_category).items.size());
        if (m_context.structure->addItem(m_section, m_category, at)) {
            m_context.focusField({FieldKey::ItemUnits, m_section, m_category, at});
        }
    });
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &name) {
        m_context.editSection(m_section, {FieldKey::CategoryName, m_section, m_category},
                              [&](Section &s) { s.categories[m_category].name = name; });
    });
    connect(m_alsoUnits, &UnitLineEdit::unitsEdited, this, [this](const QStringList &units) {
        m_context.editSection(m_section, {FieldKey::AlsoUnits, m_section, m_category},
                              [&](Section &s) { s.categories[m_category].alsoUnits = units; });
    });
    sync(m_context.section(section).categories.at(category));
}

void CategoryView::buildHeader(QVBoxLayout *layout) {
    auto *header = new QHBoxLayout;
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("categoryName"));
    m_name->setPlaceholderText(tr("Category"));
    m_name->setMaximumWidth(200);
    header->addWidget(new QLabel(QStringLiteral("【")));
    header->addWidget(m_name);
    header->addWidget(new QLabel(QStringLiteral("】")));
    header->addStretch();

    const EditorContext *context = &m_context;
    const int s = m_section;
    const int c = m_category;
    QAction *up = addLocalAction(this, tr("Move category up"), QKeySequence(),
                                 [=] { context->structure->moveCategory(s, c, -1); });
    QAction *down = addLocalAction(this, tr("Move category down"), QKeySequence(),
                                   [=] { context->structure->moveCategory(s, c, 1); });
    QAction *add = addLocalAction(this, tr("Add category below"), QKeySequence(), [=] {
        if (context->structure->addCategory(s, c + 1, QString())) {
            context->focusField({FieldKey::CategoryName, s, c + 1});
        }
    });
    QAction *remove = addLocalAction(this, tr("Remove category"), QKeySequence(),
                                     [=] { context->structure->removeCategory(s, c); });
    up->setIcon(editorIcon(EditorIcon::Up));
    down->setIcon(editorIcon(EditorIcon::Down));
    add->setIcon(editorIcon(EditorIcon::Add));
    remove->setIcon(editorIcon(EditorIcon::Remove));
    for (QAction *action : {up, down, add, remove}) {
        auto *button = new QToolButton;
        button->setDefaultAction(action);
        button->setAutoRaise(true);
        header->addWidget(button);
    }
    layout->addLayout(header);
}

void CategoryView::sync(const BriefCategory &category) {
    if (m_name->text() != category.name) {
        m_name->setText(category.name);
    }
    m_alsoUnits->setUnits(category.alsoUnits);
    m_alsoUnits->setPlaceholderText(tr("Units that also took part, separated by 、"));
    if (m_items.size() != category.items.size()) {
        rebuildItems(int(category.items.size()));
    }
    for (int i = 0; i < m_items.size(); ++i) {
        m_items.at(i)->sync(category.items.at(i));
    }
}

void CategoryView::rebuildItems(int count) {
    for (BriefItemView *view : std::as_const(m_items)) {
        view->hide();
        view->deleteLater(); // it may be the one whose action is running
    }
    m_items.clear();
    for (int i = 0; i < count; ++i) {
        auto *view = new BriefItemView(m_context, m_section, m_category, i);
        m_itemsLayout->addWidget(view);
        m_items << view;
    }
}

void CategoryView::dragEnterEvent(QDragEnterEvent *event) {
    const std::optional<std::array<int, 3>> item = itemFromMimeData(*event->mimeData());
    if (item && item->at(0) == m_section) {
        event->acceptProposedAction();
    }
}

void CategoryView::dragMoveEvent(QDragMoveEvent *event) {
    event->acceptProposedAction();
}

void CategoryView::dropEvent(QDropEvent *event) {
    const std::optional<std::array<int, 3>> item = itemFromMimeData(*event->mimeData());
    if (!item || item->at(0) != m_section) {
        return;
    }
    event->acceptProposedAction();
    const int to = dropIndex(event->position().toPoint());
    // After the drag has ended: the move rebuilds rows, the dragged one among them.
    const EditorContext *context = &m_context;
    const int s = m_section;
    const int c = m_category;
    const std::array<int, 3> from = *item;
    QMetaObject::invokeMethod(
        this,
        [context, s, c, from, to] {
            if (context->structure->moveItemTo(s, from[1], from[2], c, to)) {
                const int at = c == from[1] && to > from[2] ? to - 1 : to;
                context->focusField({FieldKey::ItemText, s, c, at});
            }
        },
        Qt::QueuedConnection);
}

int CategoryView::dropIndex(const QPoint &pos) const {
    for (int i = 0; i < m_items.size(); ++i) {
        const QRect row = m_items.at(i)->geometry();
        if (pos.y() < row.center().y()) {
            return i;
        }
    }
    return int(m_items.size());
}

QWidget *CategoryView::fieldWidget(const FieldKey &key) const {
    if (key.field == FieldKey::CategoryName) {
        return m_name;
    }
    if (key.field == FieldKey::AlsoUnits) {
        return m_alsoUnits;
    }
    if (key.item >= 0 && key.item < m_items.size()) {
        return m_items.at(key.item)->fieldWidget(key.field);
    }
    return nullptr;
}

} // namespace kuaibao
