#include "briefitemview.h"

#include "core/issuevalidator.h"

#include "core/document/issuedocument.h"
#include "core/document/structureeditor.h"
#include "draghandle.h"
#include "richtextedit.h"
#include "unitlineedit.h"

#include <QAction>
#include <QApplication>
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
    // Tab goes from the units to the text, then to the buttons.
    setTabOrder(m_units, m_text);

    connect(m_units, &QLineEdit::returnPressed, m_text, [this] { m_text->setFocus(); });
    connect(m_units, &UnitLineEdit::suggestionTaken, m_text,
            [this] { m_text->setFocus(Qt::OtherFocusReason); });
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
    m_focusWatch =
        connect(qApp, &QApplication::focusChanged, this, [this](QWidget *old, QWidget *now) {
            if ((old && isAncestorOf(old)) || (now && isAncestorOf(now))) {
                markIfLeftBlank(now);
            }
        });
}

BriefItemView::~BriefItemView() {
    disconnect(m_focusWatch);
}

void BriefItemView::markIfLeftBlank(QWidget *now) {
    const auto &items = m_context.section(m_section).categories.at(m_category).items;
    if (m_item >= items.size() || !now) {
        return; // being removed, or the window lost the focus (the user is elsewhere)
    }
    const bool inside = now && isAncestorOf(now);
    const bool marked = property("leftBlank").toBool();
    // Marked when left blank; the mark goes while it is being filled in or once it has content.
    const bool wanted = isBlankItem(items.at(m_item)) && !inside;
    if (wanted == marked) {
        return;
    }
    setProperty("leftBlank", wanted);
    setToolTip(wanted ? tr("This item is empty: fill in its unit and text, or remove it. An "
                           "empty item is not printed.")
                      : QString());
    setStyleSheet(wanted ? QStringLiteral("QFrame#briefItem { border-left: 3px solid #e0a000; }")
                         : QString());
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
    if (!isBlankItem(item) && property("leftBlank").toBool()) {
        markIfLeftBlank(QApplication::focusWidget());
    }
}

QWidget *BriefItemView::fieldWidget(FieldKey::Field field) const {
    if (field == FieldKey::ItemUnits) {
        return m_units;
    }
    return m_text;
}

} // namespace kuaibao
