#include "archivehealthwatch.h"

#include "storage/archivehealth.h"

#include <QApplication>
#include <QMessageBox>
#include <QPointer>
#include <QThreadPool>
#include <QWidget>

namespace kuaibao {

ArchiveHealthWatch::ArchiveHealthWatch(QString databasePath, QWidget *window)
    : QObject(window), m_databasePath(std::move(databasePath)), m_window(window) {
    connect(this, &ArchiveHealthWatch::damaged, this, [this](const QString &message) {
        QMessageBox::warning(m_window, tr("The archive is damaged"), message);
    });
}

void ArchiveHealthWatch::start() {
    // On the shared pool, so that the start-up loop's wait for the pool (before a restore puts
    // a backup in place) also waits for this check's connection to close.
    QThreadPool::globalInstance()->start([path = m_databasePath, self = QPointer(this)] {
        const Status verdict = ArchiveHealth::checkFile(path);
        if (verdict || verdict.error().kind != ErrorKind::Corrupt) {
            return;
        }
        QMetaObject::invokeMethod(
            qApp,
            [self, message = verdict.error().message] {
                if (self) {
                    emit self->damaged(message);
                }
            },
            Qt::QueuedConnection);
    });
}

} // namespace kuaibao
