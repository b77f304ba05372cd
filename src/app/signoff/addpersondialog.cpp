#include "addpersondialog.h"

#include "core/signoff/signingkeys.h"
#include "core/signoff/signoffroles.h"
#include "storage/signoff/peoplestore.h"
#include "ui_addpersondialog.h"

#include <QCheckBox>

namespace kuaibao {

AddPersonDialog::AddPersonDialog(Database &database, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AddPersonDialog>()), m_db(database) {
    m_ui->setupUi(this);
    QWidget *previous = m_ui->personName;
    for (const QString &role : knownSignoffRoles()) {
        auto *box = new QCheckBox(role);
        box->setObjectName(QStringLiteral("personRole_") + role);
        m_ui->rolesLayout->addWidget(box);
        setTabOrder(previous, box); // between the name and the password, where they are shown
        previous = box;
        m_roles << box;
    }
    Result<std::optional<AdminKey>> admin = PeopleStore(m_db).adminKey();
    m_needsAdmin = admin && *admin;
    if (m_needsAdmin) {
        m_ui->adminName->setText((*admin)->name);
        m_ui->adminKeyLabel->setText(tr("Administrator key fingerprint: %1")
                                         .arg(SigningKeys::fingerprint((*admin)->publicKey)));
        m_ui->formLayout->setRowVisible(m_ui->firstPersonNote, false);
    } else {
        for (QWidget *row :
             {static_cast<QWidget *>(m_ui->adminKeyLabel), static_cast<QWidget *>(m_ui->adminName),
              static_cast<QWidget *>(m_ui->adminPassword)}) {
            m_ui->formLayout->setRowVisible(row, false);
        }
    }
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] { submit(); });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

AddPersonDialog::~AddPersonDialog() = default;

bool AddPersonDialog::submit() {
    if (m_ui->personPassword->text() != m_ui->personPasswordRepeat->text()) {
        m_ui->personError->setText(tr("The two passwords differ."));
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
        admin = Credentials{m_ui->adminName->text(), m_ui->adminPassword->text().toUtf8()};
    }
    Result<Person> added = PeopleStore(m_db).add(m_ui->personName->text(), roles,
                                                 m_ui->personPassword->text().toUtf8(), admin);
    m_ui->personPassword->clear();
    m_ui->adminPassword->clear();
    m_ui->personPasswordRepeat->clear();
    if (!added) {
        m_ui->personError->setText(added.error().message);
        return false;
    }
    accept();
    return true;
}

} // namespace kuaibao
