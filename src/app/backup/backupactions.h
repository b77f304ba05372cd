#pragma once

#include <QDate>
#include <QObject>

class QAction;
class QWidget;

namespace kuaibao {

class Database;

// The main window's backups: File ▸ Back up… (a consistent copy to a file the user picks,
// while the archive stays open) and the rolling daily copy made at start, off the UI thread.
class BackupActions : public QObject {
    Q_OBJECT

public:
    BackupActions(Database &database, QWidget *window);

    // "Back up…" for the File menu; triggering it runs backUpInteractively().
    QAction *backUpAction() const { return m_backUpAction; }

    // Asks where to write the copy, writes it and says how it went.
    void backUpInteractively();

    // "Restore from a backup…" for the File menu.
    QAction *restoreAction() const { return m_restoreAction; }
    // Asks for the backup and a confirmation, records the request and closes the window; the
    // restore itself happens once the archive is closed (RestoreRequest).
    void restoreInteractively();

    // Writes today's daily copy into `folder` when there is none yet, keeping the last seven,
    // on a thread of its own with a connection of its own: the window does not wait for it.
    // dailyBackupDone() tells how it went; a failure is also shown in a message box, since
    // the user should know their safety copy is missing.
    void startDailyBackup(const QString &folder, const QDate &today = QDate::currentDate());
    // The folder of the daily copies: $KUAIBAO_BACKUP_DIR, else the setting backup/folder,
    // else backups/ in the application's data folder (~/.local/share/kuaibao/backups).
    static QString backupFolder();

signals:
    // A sentence for the status bar (empty when nothing was due).
    void dailyBackupDone(const QString &text);

private:
    Database &m_database;
    QWidget *m_window;
    QAction *m_backUpAction;
    QAction *m_restoreAction;
};

} // namespace kuaibao
