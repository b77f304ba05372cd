#pragma once

#include <QDate>
#include <QObject>

class QAction;
class QWidget;

namespace kuaibao {

class Database;

// The main window's backups: File ▸ Back up… (a consistent copy to a file the user picks,
// while the archive stays open) and the rolling daily copy made at start.
class BackupActions : public QObject {
    Q_OBJECT

public:
    BackupActions(Database &database, QWidget *window);

    // "Back up…" for the File menu; triggering it runs backUpInteractively().
    QAction *backUpAction() const { return m_backUpAction; }

    // Asks where to write the copy, writes it and says how it went.
    void backUpInteractively();

    // Writes today's daily copy next to the archive when there is none yet, keeping the last
    // seven. Returns a sentence for the status bar (empty when nothing was due); a failure is
    // shown in a message box, since the user should know their safety copy is missing.
    QString runDailyBackup(const QDate &today = QDate::currentDate());

private:
    Database &m_database;
    QWidget *m_window;
    QAction *m_backUpAction;
};

} // namespace kuaibao
