#pragma once

#include <QObject>

class QAction;
class QDockWidget;

namespace kuaibao {

class ArchiveSearchPanel;
class Database;
class MainWindow;
struct SearchHit;

// The Archive menu: the search panel (a dock beside the archive list) whose hits open their
// issue with the found text selected, the statistics and the unit list.
class ArchiveFeatures : public QObject {
    Q_OBJECT

public:
    ArchiveFeatures(MainWindow &window, Database &database);

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

    MainWindow &m_window;
    Database &m_database;
    ArchiveSearchPanel *m_search;
    QDockWidget *m_dock;
    QAction *m_statistics = nullptr;
    QAction *m_units = nullptr;
};

} // namespace kuaibao
