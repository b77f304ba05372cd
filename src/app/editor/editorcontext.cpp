#include "editorcontext.h"

#include "core/document/issuedocument.h"

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QIcon>
#include <QStyle>
#include <QWidget>

namespace kuaibao {

namespace {
// The translation context of this file's messages.
struct EditorContextText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::EditorContext)
};
} // namespace

const Section &EditorContext::section(int index) const {
    return document->issue().sections.at(index);
}

void EditorContext::editSection(int index, const FieldKey &key,
                                const std::function<void(Section &)> &change,
                                bool startsNewStep) const {
    Section edited = section(index);
    change(edited);
    document->setSection(index, edited, EditorContextText::tr("typing"), key, startsNewStep);
}

void EditorContext::formatSection(int index, const std::function<void(Section &)> &change) const {
    Section edited = section(index);
    change(edited);
    document->setSection(index, edited, EditorContextText::tr("bold"), FieldKey{}, true);
}

const QIcon &editorIcon(EditorIcon icon) {
    static const QList<QIcon> icons = [] {
        QStyle *style = QApplication::style();
        return QList<QIcon>{style->standardIcon(QStyle::SP_ArrowUp),
                            style->standardIcon(QStyle::SP_ArrowDown),
                            style->standardIcon(QStyle::SP_FileDialogNewFolder),
                            style->standardIcon(QStyle::SP_TrashIcon)};
    }();
    return icons.at(int(icon));
}

QAction *addLocalAction(QWidget *owner, const QString &text, const QKeySequence &shortcut,
                        std::function<void()> handler) {
    auto *action = new QAction(text, owner);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(action, &QAction::triggered, owner, std::move(handler));
    owner->addAction(action);
    return action;
}

} // namespace kuaibao
