#include "backupactions.h"

#include "restorerequest.h"

#include "storage/backup/archivebackup.h"
#include "storage/backup/rollingbackup.h"
#include "storage/database.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>
#include <QThreadPool>
#include <QWidget>

namespace kuaibao {

BackupActions::BackupActions(Database &database, QWidget *window)
    : QObject(window), m_database(database), m_window(window),
      m_backUpAction(new QAction(tr("&Back up…"), this)) {
    m_backUpAction->setStatusTip(tr("Write a copy of the whole archive to a file of your choice"));
    connect(m_backUpAction, &QAction::triggered, this, &BackupActions::backUpInteractively);
    m_restoreAction = new QAction(tr("&Restore from a backup…"), this);
    m_restoreAction->setObjectName(QStringLiteral("restoreBackupAction"));
    m_restoreAction->setStatusTip(
        tr("Put a backup in place of the archive; the current archive is set aside"));
    connect(m_restoreAction, &QAction::triggered, this, &BackupActions::restoreInteractively);
}

void BackupActions::backUpInteractively() {
    const QFileInfo archive(m_database.path());
    const QString suggested = archive.absoluteDir().filePath(
        tr("%1 backup %2.db")
            .arg(archive.completeBaseName(), QDate::currentDate().toString(Qt::ISODate)));
    const QString target = QFileDialog::getSaveFileName(m_window, tr("Back up the archive"),
                                                        suggested, tr("Kuaibao archive (*.db)"));
    if (target.isEmpty()) {
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status written = ArchiveBackup(m_database).writeTo(target);
    QApplication::restoreOverrideCursor();
    if (!written) {
        QMessageBox::warning(m_window, tr("The backup failed"), written.error().message);
        return;
    }
    QMessageBox::information(
        m_window, tr("Backup written"),
        tr("The archive was copied to %1.").arg(QDir::toNativeSeparators(target)));
}

void BackupActions::restoreInteractively() {
    const QString backup = QFileDialog::getOpenFileName(
        m_window, tr("Restore from a backup"), backupFolder(), tr("Kuaibao archive (*.db)"));
    if (backup.isEmpty()) {
        return;
    }
    const auto answer = QMessageBox::question(
        m_window, tr("Restore from a backup"),
        tr("The archive will be closed and replaced by %1; the current archive is kept beside it "
           "under a new name. Other computers and programs must close the archive first. Go "
           "on?")
            .arg(QDir::toNativeSeparators(backup)));
    if (answer != QMessageBox::Yes) {
        return;
    }
    RestoreRequest::ask(backup);
    m_window->close();
}

QString BackupActions::backupFolder() {
    if (qEnvironmentVariableIsSet("KUAIBAO_BACKUP_DIR")) {
        return qEnvironmentVariable("KUAIBAO_BACKUP_DIR");
    }
    const QString fallback = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                             QStringLiteral("/backups");
    return QSettings().value(QStringLiteral("backup/folder"), fallback).toString();
}

void BackupActions::startDailyBackup(const QString &folder, const QDate &today) {
    const QString path = m_database.path();
    QPointer<BackupActions> self(this);
    QThreadPool::globalInstance()->start([self, path, folder, today] {
        Result<std::optional<QString>> written = [&]() -> Result<std::optional<QString>> {
            Result<std::unique_ptr<Database>> db = Database::open(path);
            if (!db) {
                return db.error();
            }
            return RollingBackup(**db, 7, folder).runIfDue(today);
        }();
        QMetaObject::invokeMethod(
            qApp,
            [self, written = std::move(written)] {
                if (!self) {
                    return;
                }
                if (!written) {
                    QMessageBox::warning(self->m_window, tr("The daily backup failed"),
                                         written.error().message);
                    emit self->dailyBackupDone(QString());
                    return;
                }
                emit self->dailyBackupDone(written->has_value()
                                               ? tr("Today's backup was written to %1")
                                                     .arg(QDir::toNativeSeparators(**written))
                                               : QString());
            },
            Qt::QueuedConnection);
    });
}

} // namespace kuaibao
