#include "archiveopening.h"

#include "connectserverdialog.h"
#include "serverlogin.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct ArchiveOpeningText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::ArchiveOpening)
};

Result<std::unique_ptr<Database>> openServerAsking(const QString &location) {
    Result<std::unique_ptr<Database>> opened = ServerLogin::open(location);
    for (bool retry = false; !opened && (ServerLogin::wantsPassword(opened.error()) ||
                                         (retry && ServerLogin::wrongPassword(opened.error())));
         retry = true) {
        const std::optional<QString> password =
            askServerPassword(nullptr, ServerLogin::displayOf(location), retry);
        if (!password) {
            break;
        }
        opened = ServerLogin::openWithPassword(location, *password);
    }
    return opened;
}

} // namespace

Result<OpenedArchive> openArchiveAtStart(const QString &location) {
    if (!Database::isServerLocation(location)) {
        Result<std::unique_ptr<Database>> opened = Database::open(location);
        if (!opened) {
            return opened.error();
        }
        return OpenedArchive{std::move(*opened), location};
    }
    Result<std::unique_ptr<Database>> opened = openServerAsking(location);
    if (opened) {
        return OpenedArchive{std::move(*opened), location};
    }
    const QMessageBox::StandardButton answer = QMessageBox::warning(
        nullptr, ArchiveOpeningText::tr("Cannot reach the office's server"),
        ArchiveOpeningText::tr("%1\n\nOpen the archive of this computer instead?")
            .arg(opened.error().message),
        QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Open);
    if (answer != QMessageBox::Open) {
        return opened.error();
    }
    const QString local = Database::defaultPath();
    Result<std::unique_ptr<Database>> file = Database::open(local);
    if (!file) {
        return file.error();
    }
    return OpenedArchive{std::move(*file), local};
}

} // namespace kuaibao
