#pragma once

#include "core/richtext.h"

#include <QObject>

#include <functional>

class QMimeData;
class QWidget;

namespace kuaibao {

class IssueEditor;

// Catches, anywhere in the editor's 简讯 sections, files dropped (any local files: the reader
// judges them) and a paste (Ctrl+V, Shift+Insert) of text that is a submission, and hands them
// on as signals, once the event is over. A paste that is not a submission, and everything
// outside 简讯 sections, goes on as usual. Install with qApp->installEventFilter.
class SubmissionCatcher : public QObject {
    Q_OBJECT

public:
    // Whether the open issue may take items now (open, not signed and read-only).
    using CanTake = std::function<bool()>;
    // Whether pasted paragraphs are a submission; `intoItemText` when pasted into an item's
    // text field.
    using IsSubmission = std::function<bool(const QList<RichText> &, bool intoItemText)>;

    SubmissionCatcher(IssueEditor &editor, CanTake canTake, IsSubmission isSubmission,
                      QObject *parent = nullptr);

    // The local files of drag data, or nothing when it holds anything else.
    static QStringList localFiles(const QMimeData &data);

signals:
    void filesDropped(int section, const QStringList &paths);
    void submissionPasted(int section, const QList<kuaibao::RichText> &paragraphs);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The index of the 简讯 section `widget` is in, or -1.
    int briefsSectionOf(QWidget *widget) const;
    bool catchDrag(int section, QEvent *event);
    bool catchPaste(int section, QWidget *widget);

    IssueEditor &m_editor;
    CanTake m_canTake;
    IsSubmission m_isSubmission;
};

} // namespace kuaibao
