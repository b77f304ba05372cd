#pragma once

#include "adminkeywatch.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace kuaibao {

class Database;

// The top of the 签发 screen: the administrator and the key's fingerprint, and, when the key
// differs from the one this computer remembers, a loud warning naming both fingerprints with a
// button to confirm the new key after calling the administrator.
class AdminKeyBanner : public QWidget {
    Q_OBJECT

public:
    explicit AdminKeyBanner(Database &database, QWidget *parent = nullptr);

    // Reads the key again (after the people list changed).
    void refresh();
    // Sign-off may go on: the key is the one remembered, or the user confirmed the new one.
    bool trusted() const { return !m_watch.changed(); }
    const AdminKeyWatch &watch() const { return m_watch; }
    // Remembers the new key without asking (the button asks first).
    void confirmNewKey();

signals:
    // Whether sign-off may go on changed (see trusted()).
    void trustChanged(bool trusted);

private:
    void showState();
    void askToConfirm();

    AdminKeyWatch m_watch;
    QLabel *m_fingerprint = nullptr;
    QLabel *m_warning = nullptr;
    QPushButton *m_confirm = nullptr;
};

} // namespace kuaibao
