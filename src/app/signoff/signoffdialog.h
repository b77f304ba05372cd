#pragma once

#include <QDialog>

namespace kuaibao {

class Database;
class SignoffScreen;

// The sign-off screen in a window of its own, for the main window's 签发 menu action.
class SignoffDialog : public QDialog {
    Q_OBJECT

public:
    explicit SignoffDialog(Database &database, QWidget *parent = nullptr);
    SignoffScreen *screen() const { return m_screen; }

signals:
    void issueChanged(qint64 storageId);

private:
    SignoffScreen *m_screen = nullptr;
};

} // namespace kuaibao
