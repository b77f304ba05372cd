#pragma once

#include "storage/issuerepository.h"
#include "windowfeatures.h"

#include <QMainWindow>
#include <QUndoGroup>

class QAction;
class QLabel;
class QMenu;

namespace Ui {
class MainWindow;
}

namespace kuaibao {

class Database;
class EditingSession;
class FindReplaceBar;
class IssueActions;
class IssueDocument;
class IssueEditor;
class IssueListPanel;
class PagesPanel;
class PreviewUpdater;
class RecoveryOffer;
class WindowSettings;

// The main window: the archive on the left, the open issue in the middle, its live pages on
// the right. It only arranges the panels and menus; each panel is a class of its own, and the
// features (windowfeatures.h) are wired to it by signals.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    // `settingsPath` empty: the user's settings; tests pass a file of their own.
    explicit MainWindow(Database &database, const QString &settingsPath = QString(),
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    // The issue being edited (null when none is open).
    IssueDocument *currentDocument() const;
    // Opens a stored issue, saving the one open first.
    bool openIssue(qint64 storageId);

    // Where Print Preview, Print, Export PDF and Import join the File menu (above Quit).
    // Actions that act on the open issue are enabled only while one is open.
    void addFileActions(const QList<QAction *> &actions, bool needOpenIssue);
    // A button on the greeting shown while no issue is open (e.g. Import text files…).
    void addGreetingAction(QAction *action);
    // Reads the archive list again and opens `openId` (or keeps the open issue, or the newest).
    void reloadArchive(qint64 openId);
    // Reads the archive list again and keeps whatever is open (a change made elsewhere);
    // false, showing nothing, when the archive cannot be read.
    bool refreshArchiveList();
    // A line above the open issue (e.g. a signer's 退回 remark); empty hides it.
    void setIssueBanner(const QString &text);
    // A bar of a feature's own above the open issue (under the banner).
    void addIssueBar(QWidget *bar);
    QLabel *issueBanner() const;
    QMenu *fileMenu() const;
    QMenu *editMenu() const;

    IssueListPanel *issueList() const;
    IssueEditor *editor() const;
    PagesPanel *pages() const;
    PreviewUpdater *preview() const { return m_preview; }
    FindReplaceBar *findBar() const { return m_findBar; }
    EditingSession *session() const { return m_session; }
    SignoffFeatures *signoffFeatures() const { return m_features.signoff; }
    ArchiveFeatures *archiveFeatures() const { return m_features.archive; }
    PreflightFeatures *preflightFeatures() const { return m_features.preflight; }
    RecoveryOffer *recoveryOffer() const { return m_recovery; }
    OfficeFeatures *officeFeatures() const { return m_features.office; }
    WindowSettings &settings() const { return *m_settings; }

signals:
    // The archive list was read again (marks on its rows may need refreshing).
    void archiveReloaded();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // The frame from ui/mainwindow.ui, with the find bar under the editor.
    void buildFrame();
    void connectMenus();
    void buildStatusBar();
    void showDocument(IssueDocument *document);
    void updateTitle();
    void toggleBoldInFocus();
    bool saveBeforeLeaving();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Database &m_database;
    IssueRepository m_repository;
    std::unique_ptr<WindowSettings> m_settings;
    EditingSession *m_session = nullptr;
    IssueActions *m_actions = nullptr;
    QUndoGroup m_undoGroup;

    FindReplaceBar *m_findBar = nullptr;
    PreviewUpdater *m_preview = nullptr;
    QLabel *m_saveState = nullptr;
    QLabel *m_pageCount = nullptr;
    QList<QAction *> m_issueActions; // enabled only while an issue is open
    QList<QAction *> m_editActions;  // and only while it is not signed and read-only
    WindowFeatures m_features;
    RecoveryOffer *m_recovery = nullptr;
    QAction *m_quitSeparator = nullptr;
    bool m_listStale = false; // the open issue's number or date changed since the list was read
};

} // namespace kuaibao
