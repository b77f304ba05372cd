#pragma once

#include "core/result.h"

#include <QObject>
#include <QSqlDriver>
#include <QTimer>

namespace kuaibao {

class Database;

// Wakes its owner when another process may have changed the archive: on a server through
// LISTEN (every committed write NOTIFYs, Database::write), with a slower check that connects
// again and listens anew after the connection was lost; on a file by polling PRAGMA
// data_version, which another connection's commit moves.
class ChangeNotifier : public QObject {
    Q_OBJECT
public:
    explicit ChangeNotifier(Database &database, QObject *parent = nullptr);

    Status start();

    static int filePollMs() { return 200; }
    static int serverCheckMs() { return 5000; }

signals:
    void mayHaveChanged();
    // The archive could not be asked (the server is down); the check goes on.
    void unreachable(const Error &error);

private:
    Status listen();
    void pollFile();
    void checkServer();

    Database &m_db;
    QTimer m_timer;
    qint64 m_dataVersion = -1;
    QSqlDriver *m_listening = nullptr;
};

} // namespace kuaibao
