#include "archiveswitch.h"

#include "app/windowsettings.h"
#include "storage/database.h"

namespace kuaibao {

namespace {
QString &asked() {
    static QString location;
    return location;
}
} // namespace

QString ArchiveSwitch::startingArchive(const QString &commandLinePath,
                                       const WindowSettings &settings) {
    if (!commandLinePath.isEmpty() || !qEnvironmentVariable("KUAIBAO_DB").isEmpty()) {
        return Database::resolvePath(commandLinePath);
    }
    const QString server = settings.server();
    return server.isEmpty() ? Database::defaultPath() : server;
}

void ArchiveSwitch::ask(const QString &location) {
    asked() = location;
}

QString ArchiveSwitch::take() {
    return std::exchange(asked(), QString());
}

} // namespace kuaibao
