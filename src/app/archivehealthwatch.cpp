#include "archivehealthwatch.h"

#include "storage/archivehealth.h"

#include <QMessageBox>
#include <QThread>
#include <QWidget>

#include <memory>

namespace kuaibao {

ArchiveHealthWatch::ArchiveHealthWatch(QString databasePath, QWidget *window)
    : QObject(window), m_databasePath(std::move(databasePath)), m_window(window) {
    connect(this, &ArchiveHealthWatch::damaged, this, [this](const QString &message) {
        QMessageBox::warning(m_window, tr("The archive is damaged"), message);
    });
}

void ArchiveHealthWatch::start() {
    const QString path = m_databasePath;
    auto verdict = std::make_shared<Status>();
    QThread *thread =
        QThread::create([path, verdict] { *verdict = ArchiveHealth::checkFile(path); });
    connect(thread, &QThread::finished, this, [this, verdict] {
        if (!*verdict && verdict->error().kind == ErrorKind::Corrupt) {
            emit damaged(verdict->error().message);
        }
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
}

} // namespace kuaibao
