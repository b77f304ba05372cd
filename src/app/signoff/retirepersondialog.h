#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace kuaibao {

class Database;

// Retires someone from the people list (已停用) on the administrator's password: they can no
// longer sign, and their past signatures still verify (storage/signoff/peopleretirement.h).
// Refusals are shown in the dialog.
class RetirePersonDialog : public QDialog {
    Q_OBJECT

public:
    explicit RetirePersonDialog(Database &database, QWidget *parent = nullptr);

    // Retires the chosen person; on success closes the dialog, otherwise says why.
    bool submit();

private:
    Database &m_db;
    QComboBox *m_person = nullptr;
    QLineEdit *m_adminName = nullptr;
    QLineEdit *m_adminPassword = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace kuaibao
