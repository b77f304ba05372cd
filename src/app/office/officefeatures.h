#pragma once

#include <QObject>

#include <functional>

class QAction;
class QLabel;
class QMainWindow;

namespace kuaibao {

class Database;
class EditingSession;
class IssueLease;
class ConnectionKeeper;
class LeaseBanner;
class LiveUpdates;
struct ArchiveChange;
class WindowSettings;

// Working together on one archive: one editor per issue (the editing lease, and the banner
// over an issue someone else edits, with its Edit button once they let go), and other
// people's changes shown live (the archive list, the open issue, the sign-off queue), and
// connecting the window to the office's server and keeping the work while it is away. The
// connection's state shows in the window's save-state label; the archive list and the sign-off
// queues it asks to be read again by signals.
class OfficeFeatures : public QObject {
    Q_OBJECT

public:
    OfficeFeatures(QMainWindow &window, Database &database, EditingSession &session,
                   WindowSettings &settings, QLabel &saveState);

    IssueLease *lease() const { return m_lease; }
    LeaseBanner *leaseBanner() const { return m_banner; }
    LiveUpdates *liveUpdates() const { return m_live; }
    ConnectionKeeper *connectionKeeper() const { return m_keeper; }

    // Opens the issue shown read-only for editing, when its holder has let go.
    void startEditing();
    // 文件 ▸ 连接到服务器…: on success the server is remembered and the window closes for
    // main() to open it (ArchiveSwitch).
    void connectToServer();
    // 文件 ▸ 打开本机档案: back to this computer's archive file, remembered too.
    void openLocalArchive();
    QAction *connectAction() const { return m_connect; }
    QAction *localAction() const { return m_local; }

signals:
    // Others changed the archive: its list should be read again (first), and then the sign-off
    // queues (after the open issue followed the change).
    void archiveListStale();
    void signoffQueuesStale();

private:
    void showLeaseState();
    void follow(const QList<ArchiveChange> &changes);
    void showConnection(const QString &text);

    QMainWindow &m_window;
    EditingSession &m_session;
    WindowSettings &m_settings;
    QLabel &m_saveState;
    IssueLease *m_lease;
    LeaseBanner *m_banner;
    LiveUpdates *m_live;
    ConnectionKeeper *m_keeper;
    QAction *m_connect = nullptr;
    QAction *m_local = nullptr;
};

} // namespace kuaibao
