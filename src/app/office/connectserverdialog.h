#pragma once

#include "core/result.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class ConnectServerDialog;
}

namespace kuaibao {

class Database;

// 文件 ▸ 连接到服务器…: the server's address as fields or pasted, the password asked for when
// the server wants one libpq does not have, and the server's own refusals shown in the dialog.
// Accepted once the archive there opened.
class ConnectServerDialog : public QDialog {
    Q_OBJECT

public:
    // Asks for a password for `who`; nullopt when cancelled.
    using PasswordPrompt = std::function<std::optional<QString>(const QString &who, bool retry)>;

    // `remembered`: the server connected to last time, shown filled in.
    explicit ConnectServerDialog(const QString &remembered, QWidget *parent = nullptr);
    ~ConnectServerDialog() override;

    // Tests answer the password question themselves.
    void setPasswordPrompt(PasswordPrompt prompt) { m_prompt = std::move(prompt); }
    // The address connected to (after accept).
    QString address() const { return m_address; }
    QString errorText() const;
    Ui::ConnectServerDialog &ui() const { return *m_ui; }

    void accept() override;

private:
    Result<QString> enteredAddress() const;
    void showError(const QString &text);

    std::unique_ptr<Ui::ConnectServerDialog> m_ui;
    PasswordPrompt m_prompt;
    QString m_address;
};

// Asks for the password of `who` on the desktop (a password field, never shown).
std::optional<QString> askServerPassword(QWidget *parent, const QString &who, bool retry);

} // namespace kuaibao
