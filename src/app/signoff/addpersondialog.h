#pragma once

#include <QDialog>

#include <memory>

class QCheckBox;

namespace Ui {
class AddPersonDialog;
}

namespace kuaibao {

class Database;

// Adds someone to the people list: a name, the sign-off roles they hold and their password
// (typed twice), and, once the archive has an administrator, the administrator's name and
// password (the administrator certifies the new key). Refusals are shown in the dialog.
class AddPersonDialog : public QDialog {
    Q_OBJECT

public:
    explicit AddPersonDialog(Database &database, QWidget *parent = nullptr);
    ~AddPersonDialog() override;

    // Adds the person as entered; on success closes the dialog, otherwise says why.
    bool submit();

private:
    std::unique_ptr<Ui::AddPersonDialog> m_ui;
    Database &m_db;
    QList<QCheckBox *> m_roles; // one per sign-off role the archive knows
    bool m_needsAdmin = false;
};

} // namespace kuaibao
