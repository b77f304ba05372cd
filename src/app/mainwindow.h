#pragma once

#include <QMainWindow>

class QStackedWidget;
class QTextBrowser;
class QTreeWidget;

namespace kuaibao {

class Database;

// The main window: the archive on the left, the chosen issue on the right, and a greeting
// with the two ways in when the archive is empty.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(Database &database, QWidget *parent = nullptr);

private:
    void reloadArchive();
    void showIssue(qint64 storageId);
    void createNextIssue();
    QWidget *buildGreeting();

    Database &m_database;
    QStackedWidget *m_stack = nullptr;
    QTreeWidget *m_archive = nullptr;
    QTextBrowser *m_view = nullptr;
};

} // namespace kuaibao
