#include "adminkeypin.h"

#include <QFileInfo>
#include <QSettings>

#include <memory>

namespace kuaibao {

namespace {

// Where this computer keeps the fingerprints.
std::unique_ptr<QSettings> pinStore() {
    return std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                       QStringLiteral("kuaibao"),
                                       QStringLiteral("administrator-keys"));
}

// The settings key of an archive: its full path, base64url-encoded.
QString keyOf(const QString &archivePath) {
    const QString path = QFileInfo(archivePath).absoluteFilePath();
    return QStringLiteral("archives/") +
           QString::fromLatin1(path.toUtf8().toBase64(QByteArray::Base64UrlEncoding |
                                                      QByteArray::OmitTrailingEquals));
}

} // namespace

PinCheck AdminKeyPin::check(const QString &archivePath, const QString &fingerprint) {
    const std::unique_ptr<QSettings> settings = pinStore();
    const QString key = keyOf(archivePath);
    const QString remembered = settings->value(key).toString();
    if (remembered.isEmpty()) {
        settings->setValue(key, fingerprint);
        settings->sync();
        return {PinCheck::Outcome::FirstSeen, {}};
    }
    if (remembered == fingerprint) {
        return {PinCheck::Outcome::Same, {}};
    }
    return {PinCheck::Outcome::Changed, remembered};
}

void AdminKeyPin::remember(const QString &archivePath, const QString &fingerprint) {
    const std::unique_ptr<QSettings> settings = pinStore();
    settings->setValue(keyOf(archivePath), fingerprint);
    settings->sync();
}

} // namespace kuaibao
