#pragma once

#include <QWidget>

class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace kuaibao {

// The controls of a sign-off decision: the password, a remark, and 通过 / 退回.
class SignoffActionPanel : public QWidget {
    Q_OBJECT

public:
    explicit SignoffActionPanel(QWidget *parent = nullptr);

    // Enables the decision for `role`, or disables it (empty role: nothing to decide).
    void setRole(const QString &role);
    // Forgets the typed password (after every attempt) and, on success, the remark.
    void clearInput(bool remarkToo);
    void focusPassword();

signals:
    void approveRequested(const QByteArray &password);
    void returnRequested(const QByteArray &password, const QString &remark);

private:
    QLineEdit *m_password = nullptr;
    QPlainTextEdit *m_remark = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_return = nullptr;
};

} // namespace kuaibao
