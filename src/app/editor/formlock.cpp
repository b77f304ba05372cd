#include "formlock.h"

#include "draghandle.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLineEdit>
#include <QTextEdit>
#include <QVariant>

namespace kuaibao {

void setFormReadOnly(QWidget *form, bool readOnly) {
    form->setProperty("formReadOnly", readOnly);
    const QList<QWidget *> widgets = form->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (auto *line = qobject_cast<QLineEdit *>(widget)) {
            line->setReadOnly(readOnly);
        } else if (auto *text = qobject_cast<QTextEdit *>(widget)) {
            text->setReadOnly(readOnly);
            text->setTextInteractionFlags(readOnly ? Qt::TextSelectableByMouse |
                                                         Qt::TextSelectableByKeyboard
                                                   : Qt::TextEditorInteraction);
        } else if (qobject_cast<QAbstractButton *>(widget) || qobject_cast<QComboBox *>(widget) ||
                   qobject_cast<QAbstractSpinBox *>(widget) || qobject_cast<DragHandle *>(widget)) {
            widget->setEnabled(!readOnly);
        }
        // Drop targets go back to what they were: a 简讯 section takes submission files again.
        const QVariant dropsBefore = widget->property("acceptDropsBeforeReadOnly");
        if (readOnly && !dropsBefore.isValid()) {
            widget->setProperty("acceptDropsBeforeReadOnly", widget->acceptDrops());
            widget->setAcceptDrops(false);
        } else if (!readOnly && dropsBefore.isValid()) {
            widget->setAcceptDrops(dropsBefore.toBool());
            widget->setProperty("acceptDropsBeforeReadOnly", QVariant());
        }
    }
}

} // namespace kuaibao
