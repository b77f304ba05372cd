#include "backupactions.h"

#include "storage/backup/archivebackup.h"
#include "storage/backup/rollingbackup.h"
#include "storage/database.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QWidget>

namespace kuaibao {

BackupActions::BackupActions(Database &database, QWidget *window)
    : QObject(window), m_database(database), m_window(window),
      m_backUpAction(new QAction(tr("&Back up…"), this)) {
    m_backUpAction->setStatusTip(tr("Write a copy of the whole archive to a file of your choice"));
    connect(m_backUpAction, &QAction::triggered, this, &BackupActions::backUpInteractively);
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

QString BackupActions::runDailyBackup(const QDate &today) {
    Result<std::optional<QString>> written = RollingBackup(m_database).runIfDue(today);
    if (!written) {
        QMessageBox::warning(m_window, tr("The daily backup failed"), written.error().message);
        return {};
    }
    if (!written->has_value()) {
        return {};
    }
    return tr("Today's backup was written to %1").arg(QDir::toNativeSeparators(**written));
}

} // namespace kuaibao
