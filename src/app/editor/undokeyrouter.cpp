#include "undokeyrouter.h"

#include <QAbstractSpinBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTextEdit>

namespace kuaibao {

UndoKeyRouter::UndoKeyRouter(QWidget *window) : QObject(window), m_window(window) {}

bool UndoKeyRouter::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress) {
        return false;
    }
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || !m_window->isAncestorOf(widget) ||
        !(qobject_cast<QLineEdit *>(widget) || qobject_cast<QTextEdit *>(widget) ||
          qobject_cast<QAbstractSpinBox *>(widget))) {
        return false;
    }
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool undoKey =
        key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo) ||
        (key->key() == Qt::Key_Y && key->modifiers() == Qt::ControlModifier) ||
        (key->key() == Qt::Key_Z && key->modifiers() == (Qt::ControlModifier | Qt::ShiftModifier));
    if (!undoKey) {
        return false;
    }
    // Not the field's key: let the window's Undo and Redo shortcuts have it.
    event->ignore();
    return true;
}

} // namespace kuaibao
