#pragma once

#include "core/result.h"

#include <QObject>
#include <QString>

#include <functional>

namespace kuaibao {

struct Issue;

// Keeps the work safe while the office's server is away: when a save fails because the
// connection was lost, the open issue goes into a recovery file too (kept current while the
// server stays away) and the window is told to say 与服务器的连接已断开，正在重试; the autosaver
// keeps retrying and connects again by itself, and once a save goes through the recovery file
// is set aside.
class ConnectionKeeper : public QObject {
    Q_OBJECT

public:
    // `openIssue` gives the issue open in the window (null when none).
    ConnectionKeeper(bool onServer, std::function<const Issue *()> openIssue,
                     QObject *parent = nullptr);

    // From the autosaver.
    void saveFailed(const Error &error);
    void saved();
    // From the live updates: the server cannot be reached / can again.
    void unreachable();
    void reachableAgain();

    bool isDisconnected() const { return m_disconnected; }
    // The recovery file of the work typed while the server was away (empty when none).
    QString recoveryFile() const { return m_recoveryFile; }

    // Whether `error` of a save on a server means the connection is gone, not a refusal.
    static bool isConnectionLoss(const Error &error);

signals:
    // The status to show (empty: the connection is fine again).
    void status(const QString &text);

private:
    void keepInFile();

    bool m_onServer;
    std::function<const Issue *()> m_openIssue;
    bool m_disconnected = false;
    QString m_recoveryFile;
};

} // namespace kuaibao
