#include "submissioncatcher.h"

#include "app/editor/boldtext.h"
#include "app/editor/issueeditor.h"
#include "app/editor/richtextedit.h"
#include "app/editor/sectionview.h"

#include <QClipboard>
#include <QDropEvent>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMimeData>
#include <QUrl>

namespace kuaibao {

SubmissionCatcher::SubmissionCatcher(IssueEditor &editor, CanTake canTake,
                                     IsSubmission isSubmission, QObject *parent)
    : QObject(parent), m_editor(editor), m_canTake(std::move(canTake)),
      m_isSubmission(std::move(isSubmission)) {}

QStringList SubmissionCatcher::localFiles(const QMimeData &data) {
    if (!data.hasUrls()) {
        return {};
    }
    QStringList paths;
    for (const QUrl &url : data.urls()) {
        if (!url.isLocalFile()) {
            return {}; // a link from a web page: not ours
        }
        paths << url.toLocalFile();
    }
    return paths;
}

bool SubmissionCatcher::eventFilter(QObject *watched, QEvent *event) {
    const QEvent::Type type = event->type();
    const bool drag = type == QEvent::DragEnter || type == QEvent::DragMove || type == QEvent::Drop;
    if (!(drag || type == QEvent::KeyPress) || !watched->isWidgetType()) {
        return false;
    }
    if (type == QEvent::KeyPress &&
        !static_cast<QKeyEvent *>(event)->matches(QKeySequence::Paste)) {
        return false;
    }
    auto *widget = static_cast<QWidget *>(watched);
    const int section = briefsSectionOf(widget);
    if (section < 0) {
        return false;
    }
    return drag ? catchDrag(section, event) : catchPaste(section, widget);
}

int SubmissionCatcher::briefsSectionOf(QWidget *widget) const {
    for (QWidget *w = widget; w; w = w->parentWidget()) {
        if (auto *view = qobject_cast<SectionView *>(w)) {
            const int index = int(m_editor.sections().indexOf(view));
            return index >= 0 && view->kind() == SectionKind::Briefs ? index : -1;
        }
    }
    return -1;
}

bool SubmissionCatcher::catchDrag(int section, QEvent *event) {
    auto *drop = static_cast<QDropEvent *>(event); // enter and move events are drop events too
    const QStringList files = localFiles(*drop->mimeData());
    if (files.isEmpty()) {
        return false; // an item moved, or text dragged: the fields handle it
    }
    // Copy, never move: the sender's file stays where it is.
    if (!m_canTake() || !(drop->possibleActions() & Qt::CopyAction)) {
        drop->ignore(); // not into a signed issue, and not as a path into a text field
        return true;
    }
    drop->setDropAction(Qt::CopyAction);
    drop->accept();
    if (event->type() == QEvent::Drop) {
        // Once the drop is over, so that the dialog does not hold up the file manager.
        QMetaObject::invokeMethod(
            this, [this, section, files] { emit filesDropped(section, files); },
            Qt::QueuedConnection);
    }
    return true;
}

bool SubmissionCatcher::catchPaste(int section, QWidget *widget) {
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    if (!data || !(data->hasText() || data->hasHtml()) || !m_canTake()) {
        return false;
    }
    const QList<RichText> paragraphs = BoldText::fromMimeData(*data);
    if (!m_isSubmission(paragraphs, qobject_cast<RichTextEdit *>(widget) != nullptr)) {
        return false; // ordinary text: the field pastes it
    }
    QMetaObject::invokeMethod(
        this, [this, section, paragraphs] { emit submissionPasted(section, paragraphs); },
        Qt::QueuedConnection);
    return true;
}

} // namespace kuaibao
