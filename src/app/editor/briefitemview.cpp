#include "briefitemview.h"

#include "core/document/issuedocument.h"
#include "core/document/structureeditor.h"
#include "draghandle.h"
#include "richtextedit.h"
#include "unitlineedit.h"

#include <QAction>
#include <QHBoxLayout>
#include <QMimeData>
#include <QStyle>
#include <QToolButton>

namespace kuaibao {

QString itemMimeType() {
    return QStringLiteral("application/x-kuaibao-brief-item");
}

QMimeData *makeItemMimeData(int section, int category, int item) {
    auto *data = new QMimeData;
    data->setData(itemMimeType(),
                  QStringLiteral("%1 %2 %3").arg(section).arg(category).arg(item).toLatin1());
    return data;
}

std::optional<std::array<int, 3>> itemFromMimeData(const QMimeData &data) {
    const QList<QByteArray> parts = data.data(itemMimeType()).split(' ');
    if (parts.size() != 3) {
        return std::nullopt;
    }
    return std::array<int, 3>{parts.at(0).toInt(), parts.at(1).toInt(), parts.at(2).toInt()};
}

BriefItemView::BriefItemView(const EditorContext &context, int section, int category, int item,
                             QWidget *parent)
    : QFrame(parent), m_context(context), m_section(section), m_category(category), m_item(item) {
    setObjectName(QStringLiteral("briefItem"));
    setContextMenuPolicy(Qt::ActionsContextMenu);
    m_units = new UnitLineEdit(context.units);
    m_units->setObjectName(QStringLiteral("itemUnits"));
    m_units->setFixedWidth(170);
    m_text = new RichTextEdit(RichTextEdit::Mode::SingleParagraph);
    m_text->setObjectName(QStringLiteral("itemText"));
    m_text->setPlaceholderText(tr("What the unit did, in one or two sentences"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 2);
    layout->setSpacing(4);
    layout->addWidget(new DragHandle(
        [s = section, c = category, i = item] { return makeItemMimeData(s, c, i); }));
    layout->addWidget(m_units, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    buildActions();

    connect(m_units, &QLineEdit::returnPressed, m_text, [this] { m_text->setFocus(); });
    connect(m_units, &UnitLineEdit::unitsEdited, this, [this](const QStringList &units) {
        m_context.editSection(m_section, key(FieldKey::ItemUnits), [&](Section &s) {
            s.categories[m_category].items[m_item].units = units;
        });
    });
    connect(m_text, &RichTextEdit::edited, this, [this] {
        const RichText text = m_text->text();
        const auto change = [&](Section &s) { s.categories[m_category].items[m_item].text = text; };
        const RichText &stored =
            m_context.section(m_section).categories.at(m_category).items.at(m_item).text;
        if (stored.plainText() == text.plainText()) {
            m_context.formatSection(m_section, change); // only bold changed
        } else {
            m_context.editSection(m_section, key(FieldKey::ItemText), change);
        }
    });
    sync(m_context.section(section).categories.at(category).items.at(item));
}

void BriefItemView::buildActions() {
    const EditorContext *context = &m_context;
    const int s = m_section;
    const int c = m_category;
    const int i = m_item;
    auto itemKey = [=](int category, int item) {
        return FieldKey{FieldKey::ItemText, s, category, item};
    };
    QAction *up = addLocalAction(this, tr("Move item up"), QKeySequence(tr("Alt+Up")), [=] {
        const int previousSize =
            c > 0 ? int(context->section(s).categories.at(c - 1).items.size()) : 0;
        if (context->structure->moveItem(s, c, i, -1)) {
            context->focusField(i > 0 ? itemKey(c, i - 1) : itemKey(c - 1, previousSize));
        }
    });
    QAction *down = addLocalAction(this, tr("Move item down"), QKeySequence(tr("Alt+Down")), [=] {
        const int size = int(context->section(s).categories.at(c).items.size());
        if (context->structure->moveItem(s, c, i, 1)) {
            context->focusField(i + 1 < size ? itemKey(c, i + 1) : itemKey(c + 1, 0));
        }
    });
    QAction *add = addLocalAction(this, tr("Add item below"), QKeySequence(tr("Ctrl+Return")), [=] {
        if (context->structure->addItem(s, c, i + 1)) {
            context->focusField({FieldKey::ItemUnits, s, c, i + 1});
        }
    });
    QAction *remove = addLocalAction(this, tr("Remove item"), QKeySequence(), [=] {
        if (context->structure->removeItem(s, c, i)) {
            context->focusField(itemKey(c, qMax(0, i - 1)));
        }
    });
    up->setIcon(editorIcon(EditorIcon::Up));
    down->setIcon(editorIcon(EditorIcon::Down));
    add->setIcon(editorIcon(EditorIcon::Add));
    remove->setIcon(editorIcon(EditorIcon::Remove));
    for (QAction *action : {up, down, remove}) {
        auto *button = new QToolButton;
        button->setDefaultAction(action);
        button->setAutoRaise(true);
        layout()->addWidget(button);
        layout()->setAlignment(button, Qt::AlignTop);
    }
    m_text->setExtraActions({up, down, add, remove});
    connect(m_text, &RichTextEdit::returnPressed, add, &QAction::trigger);
}

void BriefItemView::sync(const BriefItem &item) {
    m_units->setUnits(item.units);
    m_text->setParagraphs({item.text});
}

QWidget *BriefItemView::fieldWidget(FieldKey::Field field) const {
    if (field == FieldKey::ItemUnits) {
        return m_units;
    }
    return m_text;
}

} // namespace kuaibao
