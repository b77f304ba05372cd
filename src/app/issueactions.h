#pragma once

#include "core/result.h"

#include <QObject>

class QWidget;

namespace kuaibao {

class EditingSession;
class IssueRepository;

// Making and removing whole issues from the window: the next issue (Ctrl+N), a copy of the
// open one under the next free number, deleting one (asked first; signed ones refused), and
// making a past issue a draft.
class IssueActions : public QObject {
    Q_OBJECT

public:
    IssueActions(IssueRepository &repository, EditingSession &session, QWidget *window);

    void createNext();
    void duplicateCurrent();
    void deleteCurrent();
    // The open past issue (往期, imported) becomes a draft, opened for editing.
    void makeCurrentDraft();

signals:
    // The archive changed: `openId` is the issue to show now (0: none).
    void archiveChanged(qint64 openId);
    void message(const QString &text);

private:
    void report(const QString &title, const Error &error);

    IssueRepository &m_repository;
    EditingSession &m_session;
    QWidget *m_window;
};

} // namespace kuaibao
