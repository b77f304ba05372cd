#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace kuaibao {

class Database;
struct Issue;
class MainWindow;
class SignoffDialog;

// The 签发 menu: the sign-off screen (showing the printed pages), the archive and the open
// issue refreshed after each decision, and the warning about signed issues changed outside
// the program, marked in the archive list; a 退回 remark not yet dealt with shows as a banner on
// the issue and a mark in the list.
class SignoffFeatures : public QObject {
    Q_OBJECT

public:
    SignoffFeatures(MainWindow &window, Database &database);

    QAction *signoffAction() const { return m_signoff; }
    // Saves the open issue and opens the sign-off screen (the dialog is open when this returns).
    SignoffDialog *openSignoff();
    // Warns when the administrator key changed since this computer last saw the archive; checks
    // the signed issues, warns about any changed and marks them in the archive list.
    void checkSignedIssues();
    // Marks returned issues in the archive list and shows the open issue's remark above it.
    void showOpenReturns();

private:
    void issueChanged(qint64 storageId);

    MainWindow &m_window;
    Database &m_database;
    QAction *m_signoff;
};

// The sign-off screen's view of an issue: its printed pages (the text, when it cannot be laid
// out).
QWidget *printedIssuePreview(Database &database, const Issue &issue, QWidget *parent);

} // namespace kuaibao
