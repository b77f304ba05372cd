#include "connectserverdialog.h"

#include "serverlogin.h"
#include "ui_connectserverdialog.h"

#include "storage/database.h"

#include <QApplication>
#include <QInputDialog>
#include <QPushButton>

namespace kuaibao {

std::optional<QString> askServerPassword(QWidget *parent, const QString &who, bool retry) {
    bool ok = false;
    const QString label = retry ? ConnectServerDialog::tr("The server refused the password. "
                                                          "Password of %1:")
                                      .arg(who)
                                : ConnectServerDialog::tr("Password of %1:").arg(who);
    const QString password = QInputDialog::getText(
        parent, ConnectServerDialog::tr("Server password"), label, QLineEdit::Password, {}, &ok);
    if (!ok) {
        return std::nullopt;
    }
    return password;
}

ConnectServerDialog::ConnectServerDialog(const QString &remembered, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ConnectServerDialog>()) {
    m_ui->setupUi(this);
    const struct {
        const char *mode;
        const char *text;
    } modes[] = {
        {"prefer", QT_TR_NOOP("prefer: encrypted when the server offers it")},
        {"require", QT_TR_NOOP("require: always encrypted")},
        {"verify-full", QT_TR_NOOP("verify-full: encrypted, server certificate checked")},
        {"disable", QT_TR_NOOP("disable: not encrypted (only inside a trusted network)")},
    };
    for (const auto &m : modes) {
        m_ui->sslCombo->addItem(tr(m.text), QString::fromLatin1(m.mode));
    }
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    m_ui->errorLabel->hide();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ConnectServerDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_prompt = [this](const QString &who, bool retry) {
        return askServerPassword(this, who, retry);
    };
    if (Result<ServerFields> fields = ServerLogin::fieldsOf(remembered)) {
        m_ui->hostEdit->setText(fields->host);
        m_ui->portSpin->setValue(fields->port);
        m_ui->databaseEdit->setText(fields->database);
        m_ui->userEdit->setText(fields->user);
        const int mode = m_ui->sslCombo->findData(fields->sslmode);
        if (mode >= 0) {
            m_ui->sslCombo->setCurrentIndex(mode);
        } else {
            m_ui->addressEdit->setText(remembered); // options the fields do not show
        }
    }
}

ConnectServerDialog::~ConnectServerDialog() = default;

QString ConnectServerDialog::errorText() const {
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

Result<QString> ConnectServerDialog::enteredAddress() const {
    const QString pasted = m_ui->addressEdit->text().trimmed();
    if (!pasted.isEmpty()) {
        if (Result<ServerFields> fields = ServerLogin::fieldsOf(pasted); !fields) {
            return fields.error();
        }
        return pasted;
    }
    ServerFields fields;
    fields.host = m_ui->hostEdit->text();
    fields.port = m_ui->portSpin->value();
    fields.database = m_ui->databaseEdit->text();
    fields.user = m_ui->userEdit->text();
    fields.sslmode = m_ui->sslCombo->currentData().toString();
    return ServerLogin::addressOf(fields);
}

void ConnectServerDialog::showError(const QString &text) {
    m_ui->errorLabel->setText(text);
    m_ui->errorLabel->setVisible(!text.isEmpty());
}

void ConnectServerDialog::accept() {
    showError(QString());
    Result<QString> address = enteredAddress();
    if (!address) {
        showError(address.error().message);
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<std::unique_ptr<Database>> opened = ServerLogin::open(*address);
    QApplication::restoreOverrideCursor();
    for (bool retry = false; !opened && (ServerLogin::wantsPassword(opened.error()) ||
                                         (retry && ServerLogin::wrongPassword(opened.error())));
         retry = true) {
        const std::optional<QString> password = m_prompt(ServerLogin::displayOf(*address), retry);
        if (!password) {
            showError(tr("Not connected: the server wants a password."));
            return;
        }
        QApplication::setOverrideCursor(Qt::WaitCursor);
        opened = ServerLogin::openWithPassword(*address, *password);
        QApplication::restoreOverrideCursor();
    }
    if (!opened) {
        showError(tr("Could not connect: %1").arg(opened.error().message));
        return;
    }
    m_address = *address;
    QDialog::accept();
}

} // namespace kuaibao
