#pragma once

#include "issuepreview.h"
#include "storage/signoff/signoffdesk.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QVBoxLayout;

namespace kuaibao {

class AdminKeyBanner;
class ContentDiffView;
class FindingsList;
class Database;
class OpenRemarksPanel;
class SignoffActionPanel;
class SignoffLogView;

// The sign-off screen: who I am, the issues waiting for my role, the chosen issue as it will
// print, what changed since I last saw or signed it, its preflight findings, its log, and
// 通过 / 退回 (审核 and 核签 cannot pass an issue while the preflight finds errors). An issue
// counts as seen only by the person who picked their own name and then opened it. Above it all
// the administrator key's fingerprint; while that key differs from the one this computer
// remembers, a warning and no sign-off. Retired people are not offered. What it does with the
// archive is SignoffDesk's; the screen shows its state and forwards the clicks.
class SignoffScreen : public QWidget {
    Q_OBJECT

public:
    explicit SignoffScreen(Database &database, QWidget *parent = nullptr);

    // Replaces the text preview with another view of the issue (the main window passes the
    // printed pages).
    void setPreviewFactory(IssuePreviewFactory factory);
    // Chooses the current person by name (as picking them in the list does: they are signed
    // in, and what they open counts as seen); false when there is no such person.
    bool selectPerson(const QString &name);
    // Re-reads the people and the queue (after changes made elsewhere).
    void reload();

signals:
    // An issue's status, footer or open remarks changed here (the archive view should refresh).
    void issueChanged(qint64 storageId);

private:
    void reloadQueue();
    void showWaitingIssue();
    // Puts the chosen issue's view in the 议题 tab (again, when the view factory changes).
    void showPreview(const Issue &issue);
    void approve(const QByteArray &password);
    void returnIssue(const QByteArray &password, const QString &remark);
    void resolveRemark(qint64 returnId);
    void showMessage(const QString &text, bool error);
    // False (and says so) when the password box is empty.
    bool passwordGiven(const QByteArray &password);
    void addPerson();
    void retirePerson();
    // Turns the sign-off and people actions off while the administrator key differs from the
    // one this computer remembers and nobody confirmed it; says why.
    void applyKeyTrust();
    // False (and shows the warning) while the administrator key is not trusted.
    bool keyTrusted();
    // Reports a finished step: its error, or `done` for the issue as it now stands; then
    // shows the queue as it now stands.
    void finishStep(const Result<Issue> &result, const std::function<QString(const Issue &)> &done);

    Database &m_db;
    SignoffDesk m_desk; // who is at the desk, their queue and the opened issue
    AdminKeyBanner *m_adminKey = nullptr;
    QPushButton *m_addPerson = nullptr;
    QPushButton *m_retirePerson = nullptr;
    IssuePreviewFactory m_previewFactory = textIssuePreview;
    QComboBox *m_person = nullptr;
    QListWidget *m_queue = nullptr;
    QTabWidget *m_tabs = nullptr;
    QVBoxLayout *m_previewLayout = nullptr;
    QWidget *m_preview = nullptr;
    ContentDiffView *m_changes = nullptr;
    FindingsList *m_findings = nullptr; // the shown issue's preflight findings
    SignoffLogView *m_log = nullptr;
    OpenRemarksPanel *m_remarks = nullptr;
    SignoffActionPanel *m_actions = nullptr;
    QLabel *m_message = nullptr;
    bool m_noPeopleMessage = false; // the message says the people list is empty
};

} // namespace kuaibao
