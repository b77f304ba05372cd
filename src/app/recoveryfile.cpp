#include "recoveryfile.h"

#include "io/issuejson.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
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

QString recoveryFolder() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/recovery");
}

QStringList pendingRecoveryFiles() {
    QStringList paths;
    const QDir folder(recoveryFolder());
    for (const QFileInfo &file :
         folder.entryInfoList({QStringLiteral("issue-*.json")}, QDir::Files, QDir::Time)) {
        paths.prepend(file.absoluteFilePath()); // entryInfoList gives the newest first
    }
    return paths;
}

Result<Issue> readRecoveryFile(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::storage(
            RecoveryFileText::tr("cannot read %1: %2").arg(path, file.errorString()));
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!json.isObject()) {
        return Error::badInput(RecoveryFileText::tr("%1 is not an issue in JSON: %2")
                                   .arg(path, parseError.errorString()));
    }
    return issueFromJson(json.object());
}

Status setRecoveryFileAside(const QString &path) {
    const QString done = recoveryFolder() + QStringLiteral("/done");
    if (!QDir().mkpath(done)) {
        return Error::storage(RecoveryFileText::tr("cannot create the folder %1").arg(done));
    }
    const QString target = done + QLatin1Char('/') + QFileInfo(path).fileName();
    QFile::remove(target);
    if (!QFile::rename(path, target)) {
        return Error::storage(RecoveryFileText::tr("cannot move %1 to %2").arg(path, target));
    }
    return {};
}

Result<QString> writeRecoveryFile(const Issue &issue) {
    const QString folder = recoveryFolder();
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
