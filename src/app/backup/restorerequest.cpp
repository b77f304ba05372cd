#include "restorerequest.h"

#include "storage/backup/archiverestore.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QMessageBox>

#include <utility>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct RestoreRequestText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::RestoreRequest)
};

QString &pendingBackup() {
    static QString backup;
    return backup;
}

} // namespace

void RestoreRequest::ask(const QString &backupPath) {
    pendingBackup() = backupPath;
}

QString RestoreRequest::take() {
    return std::exchange(pendingBackup(), QString());
}

void RestoreRequest::carryOut(const QString &backupPath, const QString &archivePath) {
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<ArchiveRestore::Outcome> restored =
        ArchiveRestore::restore(backupPath, archivePath);
    QApplication::restoreOverrideCursor();
    if (!restored) {
        QMessageBox::warning(nullptr, RestoreRequestText::tr("The backup was not restored"),
                             restored.error().message);
        return;
    }
    QString text = RestoreRequestText::tr("The archive was restored from %1: %n issue(s).", nullptr,
                                          restored->issues)
                       .arg(QDir::toNativeSeparators(backupPath));
    if (!restored->setAside.isEmpty()) {
        text +=
            QLatin1Char('\n') + RestoreRequestText::tr("The previous archive was set aside as %1.")
                                    .arg(QDir::toNativeSeparators(restored->setAside));
    }
    QMessageBox::information(nullptr, RestoreRequestText::tr("Backup restored"), text);
}

} // namespace kuaibao
