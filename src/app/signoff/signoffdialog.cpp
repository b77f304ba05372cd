#include "signoffdialog.h"

#include "signoffscreen.h"

#include <QDialogButtonBox>
#include <QVBoxLayout>

namespace kuaibao {

SignoffDialog::SignoffDialog(Database &database, QWidget *parent) : QDialog(parent) {
    setWindowTitle(tr("Sign-off"));
    resize(1000, 700);
    m_screen = new SignoffScreen(database);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_screen);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_screen, &SignoffScreen::issueChanged, this, &SignoffDialog::issueChanged);
}

} // namespace kuaibao
