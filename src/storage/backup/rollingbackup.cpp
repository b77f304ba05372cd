#include "rollingbackup.h"

#include "archivebackup.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct RollingBackupText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::RollingBackup)
};

QString stemOf(const QString &databasePath) {
    return QFileInfo(databasePath).completeBaseName() + QStringLiteral("-backup-");
}

} // namespace

RollingBackup::RollingBackup(Database &database, int keep, QString folder)
    : m_database(database), m_keep(qMax(1, keep)), m_folder(std::move(folder)) {}

QString RollingBackup::fileFor(const QString &databasePath, const QDate &day,
                               const QString &folder) {
    const QDir dir = folder.isEmpty() ? QFileInfo(databasePath).absoluteDir() : QDir(folder);
    return dir.filePath(stemOf(databasePath) + day.toString(Qt::ISODate) + QStringLiteral(".db"));
}

QString RollingBackup::folder() const {
    return m_folder.isEmpty() ? QFileInfo(m_database.path()).absolutePath() : m_folder;
}

QStringList RollingBackup::existing() const {
    const QDir dir(folder());
    const QRegularExpression name(QStringLiteral("^%1\\d{4}-\\d{2}-\\d{2}\\.db$")
                                      .arg(QRegularExpression::escape(stemOf(m_database.path()))));
    QStringList copies;
    const QStringList candidates = dir.entryList(
        {stemOf(m_database.path()) + QStringLiteral("*.db")}, QDir::Files, QDir::Name);
    for (const QString &candidate : candidates) {
        if (name.match(candidate).hasMatch()) {
            copies << dir.filePath(candidate);
        }
    }
    return copies; // ISO dates sort by name in day order
}

Result<std::optional<QString>> RollingBackup::runIfDue(const QDate &today) {
    if (!today.isValid()) {
        return Error::badInput(RollingBackupText::tr("the daily backup needs a valid date"));
    }
    const QString target = fileFor(m_database.path(), today, m_folder);
    if (QFileInfo::exists(target)) {
        return std::optional<QString>();
    }
    if (!QDir().mkpath(folder())) {
        return Error::storage(RollingBackupText::tr("the daily backup folder %1 cannot be created")
                                  .arg(QDir::toNativeSeparators(folder())));
    }
    if (Status written = ArchiveBackup(m_database).writeTo(target); !written) {
        return Error{
            written.error().kind,
            RollingBackupText::tr("the daily backup failed: %1").arg(written.error().message)};
    }
    if (Status pruned = prune(); !pruned) {
        return pruned.error();
    }
    return std::optional<QString>(target);
}

Status RollingBackup::prune() {
    QStringList copies = existing();
    while (copies.size() > m_keep) {
        const QString oldest = copies.takeFirst();
        if (!QFile::remove(oldest)) {
            return Error::storage(
                RollingBackupText::tr("the old daily backup %1 could not be deleted")
                    .arg(QDir::toNativeSeparators(oldest)));
        }
    }
    return {};
}

} // namespace kuaibao
