#include "addpersondialog.h"

#include "core/signoff/signingkeys.h"
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
    m_adminName = new QLineEdit;
    m_adminName->setObjectName(QStringLiteral("adminName"));
    m_adminPassword = new QLineEdit;
    m_adminPassword->setObjectName(QStringLiteral("adminPassword"));
    m_adminPassword->setEchoMode(QLineEdit::Password);
    Result<std::optional<AdminKey>> admin = PeopleStore(m_db).adminKey();
    m_needsAdmin = admin && *admin;
    if (m_needsAdmin) {
        m_adminName->setText((*admin)->name);
        form->addRow(new QLabel(tr("Administrator key fingerprint: %1")
                                    .arg(SigningKeys::fingerprint((*admin)->publicKey))));
        form->addRow(tr("Administrator"), m_adminName);
        form->addRow(tr("Administrator's password"), m_adminPassword);
    } else {
        m_adminName->hide();
        m_adminPassword->hide();
        form->addRow(new QLabel(tr("The first person added becomes the administrator.")));
    }
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
    std::optional<Credentials> admin;
    if (m_needsAdmin) {
        admin = Credentials{m_adminName->text(), m_adminPassword->text().toUtf8()};
    }
    Result<Person> added =
        PeopleStore(m_db).add(m_name->text(), roles, m_password->text().toUtf8(), admin);
    m_password->clear();
    m_adminPassword->clear();
    m_repeat->clear();
    if (!added) {
        m_error->setText(added.error().message);
        return false;
    }
    accept();
    return true;
}

} // namespace kuaibao
