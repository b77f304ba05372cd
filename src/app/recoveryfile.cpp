#include "recoveryfile.h"

#include "io/issuejson.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace kuaibao {

namespace {
// The translation context of this file's messages.
struct RecoveryFileText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::RecoveryFile)
};
} // namespace

Result<QString> writeRecoveryFile(const Issue &issue) {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                           QStringLiteral("/recovery");
    if (!QDir().mkpath(folder)) {
        return Error::storage(RecoveryFileText::tr("cannot create the folder %1").arg(folder));
    }
    const QString path =
        QStringLiteral("%1/issue-%2-%3.json")
            .arg(folder)
            .arg(issue.masthead.number)
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error::storage(
            RecoveryFileText::tr("cannot write %1: %2").arg(path, file.errorString()));
    }
    file.write(QJsonDocument(issueToJson(issue)).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        return Error::storage(
            RecoveryFileText::tr("cannot write %1: %2").arg(path, file.errorString()));
    }
    return path;
}

} // namespace kuaibao
