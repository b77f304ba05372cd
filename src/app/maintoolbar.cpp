#include "maintoolbar.h"

#include <QAction>
#include <QMainWindow>
#include <QStyle>
#include <QToolBar>

namespace kuaibao {

namespace {
// The toolbar's buttons and their icons: the desktop theme's own, with Qt's standard icon where
// the theme has none. The form has the frame's own buttons; the features' (print preview, PDF,
// sign-off) join at its end once they are built, when they are built in.
const struct {
    const char *action;
    const char *icon;
    QStyle::StandardPixmap fallback;
} kToolBarButtons[] = {
    {"newIssueAction", "document-new", QStyle::SP_FileIcon},
    {"saveAction", "document-save", QStyle::SP_DialogSaveButton},
    {"undoAction", "edit-undo", QStyle::SP_ArrowBack},
    {"redoAction", "edit-redo", QStyle::SP_ArrowForward},
    {"boldAction", "format-text-bold", QStyle::SP_TitleBarShadeButton},
    {"findAction", "edit-find", QStyle::SP_FileDialogContentsView},
    {"printPreviewAction", "document-print-preview", QStyle::SP_FileDialogDetailedView},
    {"exportPdfAction", "application-pdf", QStyle::SP_DriveFDIcon},
    {"signoffAction", "mail-signed", QStyle::SP_DialogApplyButton},
};
} // namespace

void finishToolBar(QMainWindow &window, QToolBar &bar) {
    for (const auto &b : kToolBarButtons) {
        QAction *action = window.findChild<QAction *>(QString::fromLatin1(b.action));
        if (!action) {
            continue; // a feature that is not built in
        }
        if (action->icon().isNull()) {
            action->setIcon(QIcon::fromTheme(QString::fromLatin1(b.icon),
                                             window.style()->standardIcon(b.fallback)));
        }
        if (!bar.actions().contains(action)) {
            bar.addAction(action);
        }
    }
}

} // namespace kuaibao
