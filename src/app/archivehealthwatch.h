#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace kuaibao {

// Runs the archive's quick check on the thread pool at start, so that the window appears
// at once; a damaged archive is then reported to the user, and saves are refused.
class ArchiveHealthWatch : public QObject {
    Q_OBJECT
public:
    ArchiveHealthWatch(QString databasePath, QWidget *window);
    void start();

signals:
    // The check found damage: `message` says what to do.
    void damaged(const QString &message);

private:
    QString m_databasePath;
    QWidget *m_window;
};

} // namespace kuaibao
