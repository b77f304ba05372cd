#include "adminkeypin.h"

#include <QFileInfo>
#include <QSettings>

namespace kuaibao {

PinCheck AdminKeyPin::check(const QString &archivePath, const QString &fingerprint) {
    QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("kuaibao"),
                       QStringLiteral("administrator-keys"));
    const QString path = QFileInfo(archivePath).absoluteFilePath();
    const QString key = QStringLiteral("archives/") +
                        QString::fromLatin1(path.toUtf8().toBase64(QByteArray::Base64UrlEncoding |
                                                                   QByteArray::OmitTrailingEquals));
    const QString remembered = settings.value(key).toString();
    if (remembered.isEmpty()) {
        settings.setValue(key, fingerprint);
        settings.sync();
        return {PinCheck::Outcome::FirstSeen, {}};
    }
    if (remembered == fingerprint) {
        return {PinCheck::Outcome::Same, {}};
    }
    return {PinCheck::Outcome::Changed, remembered};
}

} // namespace kuaibao
