#pragma once

#include <QObject>

#include <functional>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;

namespace kuaibao {

class ArchiveSearchPanel;
class Database;
class EditingSession;
class IssueEditor;
struct SearchHit;

// The Archive menu: the search panel (a dock beside the archive list) whose hits open their
// issue with the found text selected, the statistics and the unit list.
class ArchiveFeatures : public QObject {
    Q_OBJECT

public:
    // `openIssue` opens a stored issue in the window (false when it could not).
    ArchiveFeatures(QMainWindow &window, Database &database, EditingSession &session,
                    IssueEditor &editor, std::function<bool(qint64 storageId)> openIssue);

    ArchiveSearchPanel *searchPanel() const { return m_search; }
    QDockWidget *searchDock() const { return m_dock; }
    QAction *statisticsAction() const { return m_statistics; }
    QAction *unitsAction() const { return m_units; }

    // Opens the hit's issue and selects the found text in its field.
    void openHit(qint64 storageId, const SearchHit &hit);

private:
    void showSearch();
    void showStatistics();
    void showUnits();

    QMainWindow &m_window;
    Database &m_database;
    EditingSession &m_session;
    IssueEditor &m_editor;
    std::function<bool(qint64)> m_openIssue;
    QMenu *m_menu;
    ArchiveSearchPanel *m_search;
    QDockWidget *m_dock;
    QAction *m_statistics = nullptr;
    QAction *m_units = nullptr;
};

} // namespace kuaibao
