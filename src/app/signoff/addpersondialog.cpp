#include "addpersondialog.h"

#include "core/signoff/signoffroles.h"
#include "storage/signoff/peoplestore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace kuaibao {

AddPersonDialog::AddPersonDialog(Database &database, QWidget *parent)
    : QDialog(parent), m_db(database) {
    setWindowTitle(tr("Add a person"));
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("personName"));
    auto *roles = new QHBoxLayout;
    for (const QString &role : knownSignoffRoles()) {
        auto *box = new QCheckBox(role);
        box->setObjectName(QStringLiteral("personRole_") + role);
        roles->addWidget(box);
        m_roles << box;
    }
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("personPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit;
    m_repeat->setObjectName(QStringLiteral("personPasswordRepeat"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("personError"));
    m_error->setStyleSheet(QStringLiteral("color: #a00000"));
    m_error->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Roles"), roles);
    form->addRow(tr("Password"), m_password);
    form->addRow(tr("Password again"), m_repeat);
    form->addRow(m_error);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { submit(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

bool AddPersonDialog::submit() {
    if (m_password->text() != m_repeat->text()) {
        m_error->setText(tr("The two passwords differ."));
        return false;
    }
    QStringList roles;
    for (const QCheckBox *box : m_roles) {
        if (box->isChecked()) {
            roles << box->text();
        }
    }
    Result<Person> added =
        PeopleStore(m_db).add(m_name->text(), roles, m_password->text().toUtf8());
    m_password->clear();
    m_repeat->clear();
    if (!added) {
        m_error->setText(added.error().message);
        return false;
    }
    accept();
    return true;
}

} // namespace kuaibao
