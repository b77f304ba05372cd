#pragma once

#include <QObject>

class QWidget;

namespace kuaibao {

// Sends Ctrl+Z, Ctrl+Y and Ctrl+Shift+Z in the editor's fields to the undo stack:
// line edits, spin boxes and text edits would otherwise undo in a private history of their
// own, behind the document's back.
class UndoKeyRouter : public QObject {
    Q_OBJECT

public:
    // Routes the keys of every field inside `window`; install with qApp->installEventFilter.
    explicit UndoKeyRouter(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
};

} // namespace kuaibao
