#pragma once

#include <QHash>
#include <QMap>
#include <QObject>
#include <QPair>
#include <QPointer>

class QAction;
class QMainWindow;
class QWidget;

namespace kuaibao {

class Database;
class EditingSession;
struct Issue;
class SignoffDialog;

// The 签发 menu: the sign-off screen (showing the printed pages), the archive and the open
// issue refreshed after each decision, and the warning about signed issues changed outside
// the program, marked in the archive list; a 退回 remark not yet dealt with shows as a banner on
// the issue and a mark in the list. What the window itself shows (the list's marks, the banner,
// the archive read again) it asks for by signals.
class SignoffFeatures : public QObject {
    Q_OBJECT

public:
    SignoffFeatures(QMainWindow &window, Database &database, EditingSession &session);

    QAction *signoffAction() const { return m_signoff; }
    // Saves the open issue and opens the sign-off screen (the dialog is open when this returns).
    SignoffDialog *openSignoff();
    // Warns when the administrator key changed since this computer last saw the archive; checks
    // the signed issues, warns about any changed and marks them in the archive list.
    void checkSignedIssues();
    // Marks returned issues in the archive list and shows the open issue's remark above it.
    void showOpenReturns();
    // Others changed the archive: the open sign-off screens read their queues again, unless
    // one of them has just made a change itself (it has read its queue again then, and keeps
    // the issue its person is looking at).
    void reloadScreens();

signals:
    // The archive list should be read again, opening `openId` (or keeping the open issue).
    void archiveChanged(qint64 openId);
    // The line above the open issue (empty: none).
    void issueBannerChanged(const QString &text);
    // The archive list's marks: open 退回 remarks by storage id, and tampered issues by
    // (series, number).
    void returnedIssuesChanged(const QHash<qint64, QString> &remarks);
    void tamperedIssuesChanged(const QMap<QPair<int, int>, QString> &tampered);

private:
    void issueChanged(qint64 storageId);
    void showMessage(const QString &text, int timeout);

    QMainWindow &m_window;
    Database &m_database;
    EditingSession &m_session;
    QAction *m_signoff;
    QList<QPointer<SignoffDialog>> m_dialogs; // the sign-off screens opened here
    qint64 m_changedAt = 0;                   // when one of them last changed an issue (ms)
};

// The sign-off screen's view of an issue: its printed pages (the text, when it cannot be laid
// out).
QWidget *printedIssuePreview(Database &database, const Issue &issue, QWidget *parent);

} // namespace kuaibao
