#include "partfiles.h"

#include "core/files/filelocks.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace kuaibao {

namespace {

// A partial file untouched this long, and locked by nobody, belongs to a process that died.
constexpr int kLeftoverAgeSeconds = 60;

} // namespace

QStringList PartFiles::removeLeftovers(const QString &folder) {
    static const QRegularExpression name(
        QStringLiteral(R"(\.(restore-)?part-[A-Za-z0-9]{6}(-journal|-wal|-shm)?$)"));
    const QDir dir(folder);
    QStringList removed;
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-kLeftoverAgeSeconds);
    const QStringList candidates =
        dir.entryList({QStringLiteral("*.part-*"), QStringLiteral("*.restore-part-*")},
                      QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &candidate : candidates) {
        const QFileInfo info(dir.filePath(candidate));
        if (!name.match(candidate).hasMatch() || info.isSymLink() ||
            info.lastModified().toUTC() > before || FileLocks::anyHeldOn(info.filePath())) {
            continue;
        }
        if (QFile::remove(info.filePath())) {
            removed << info.filePath();
        }
    }
    return removed;
}

} // namespace kuaibao
