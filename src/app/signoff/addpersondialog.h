#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace kuaibao {

class Database;

// Adds someone to the people list: a name, the sign-off roles they hold and their password
// (typed twice), and, once the archive has an administrator, the administrator's name and
// password (the administrator certifies the new key). Refusals are shown in the dialog.
class AddPersonDialog : public QDialog {
    Q_OBJECT

public:
    explicit AddPersonDialog(Database &database, QWidget *parent = nullptr);

    // Adds the person as entered; on success closes the dialog, otherwise says why.
    bool submit();

private:
    Database &m_db;
    QLineEdit *m_name = nullptr;
    QList<QCheckBox *> m_roles;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLineEdit *m_adminName = nullptr;
    QLineEdit *m_adminPassword = nullptr;
    bool m_needsAdmin = false;
    QLabel *m_error = nullptr;
};

} // namespace kuaibao
