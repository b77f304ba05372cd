#include "retirepersondialog.h"

#include "storage/signoff/peopleretirement.h"
#include "storage/signoff/peoplestore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace kuaibao {

RetirePersonDialog::RetirePersonDialog(Database &database, QWidget *parent)
    : QDialog(parent), m_db(database) {
    setWindowTitle(tr("Retire a person"));
    m_person = new QComboBox;
    m_person->setObjectName(QStringLiteral("retirePerson"));
    Result<QList<Person>> people = PeopleStore(m_db).list();
    if (people) {
        for (const Person &p : *people) {
            if (!p.retired() && !p.admin) {
                m_person->addItem(p.name);
            }
        }
    }
    m_adminName = new QLineEdit;
    m_adminName->setObjectName(QStringLiteral("retireAdminName"));
    Result<std::optional<AdminKey>> admin = PeopleStore(m_db).adminKey();
    if (admin && *admin) {
        m_adminName->setText((*admin)->name);
    }
    m_adminPassword = new QLineEdit;
    m_adminPassword->setObjectName(QStringLiteral("retireAdminPassword"));
    m_adminPassword->setEchoMode(QLineEdit::Password);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("retireError"));
    m_error->setStyleSheet(QStringLiteral("color: #a00000"));
    m_error->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Person"), m_person);
    form->addRow(new QLabel(tr("A retired person can no longer sign; their past signatures "
                               "still verify. Retiring cannot be undone.")));
    form->addRow(tr("Administrator"), m_adminName);
    form->addRow(tr("Administrator's password"), m_adminPassword);
    form->addRow(m_error);
    form->addRow(buttons);
    if (!people) {
        m_error->setText(people.error().message);
    } else if (m_person->count() == 0) {
        m_error->setText(tr("Nobody can be retired: the administrator cannot be, and everyone "
                            "else is retired already."));
    }
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { submit(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

bool RetirePersonDialog::submit() {
    if (m_person->currentText().isEmpty()) {
        m_error->setText(tr("Choose the person to retire."));
        return false;
    }
    Result<Person> retired = PeopleRetirement(m_db).retire(
        m_person->currentText(),
        Credentials{m_adminName->text(), m_adminPassword->text().toUtf8()});
    m_adminPassword->clear();
    if (!retired) {
        m_error->setText(retired.error().message);
        return false;
    }
    accept();
    return true;
}

} // namespace kuaibao
