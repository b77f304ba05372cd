#include "archivebackup.h"

#include "integritycheck.h"
#include "partfiles.h"

#include "storage/copy/archivecopy.h"

#include "core/files/protectedfiles.h"
#include "storage/database.h"
#include "storage/sqlutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct ArchiveBackupText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::ArchiveBackup)
};

QString native(const QString &path) {
    return QDir::toNativeSeparators(path);
}

// Forces a file's (or folder's) contents to the disk, so a power cut cannot leave the
// renamed backup empty.
bool syncToDisk(const QString &path) {
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return false;
    }
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

Status checkTarget(const QString &databasePath, const QString &targetPath) {
    const QFileInfo target(targetPath);
    if (targetPath.trimmed().isEmpty()) {
        return Error::badInput(ArchiveBackupText::tr("no backup file was named"));
    }
    if (!target.absoluteDir().exists()) {
        return Error::badInput(ArchiveBackupText::tr("the folder %1 does not exist; create it or "
                                                     "choose another place for the backup")
                                   .arg(native(target.absolutePath())));
    }
    if (target.isDir()) {
        return Error::badInput(ArchiveBackupText::tr("%1 is a folder; name a file for the backup")
                                   .arg(native(targetPath)));
    }
    ProtectedFiles::protectArchive(databasePath);
    if (Status allowed =
            ProtectedFiles::checkOutputTarget(targetPath, ProtectedFiles::Replacing::BackupAllowed);
        !allowed) {
        return allowed;
    }
    if (target.exists() && !target.isFile()) {
        return Error::badInput(
            ArchiveBackupText::tr("%1 is not a regular file; a backup must be written to a file")
                .arg(native(targetPath)));
    }
    return {};
}

} // namespace

ArchiveBackup::ArchiveBackup(Database &database) : m_database(database) {}

Status ArchiveBackup::copyServerInto(const QString &partPath) {
    Result<std::unique_ptr<Database>> file = Database::open(partPath);
    if (!file) {
        return file.error();
    }
    // One snapshot of the server: saves committed meanwhile are wholly in the copy or not at all.
    Status copied = m_database.read([&]() -> Status {
        Result<ArchiveCopy::Report> report = ArchiveCopy::copy(m_database, **file, {});
        return report ? Status() : Status(report.error());
    });
    if (!copied) {
        return copied;
    }
    // The copy leaves write-ahead logging, so that all of it is in the one file renamed into
    // place (as a VACUUM INTO copy is).
    return execSql((*file)->connection(), QStringLiteral("PRAGMA journal_mode = DELETE"), {},
                   ArchiveBackupText::tr("finishing the copy"));
}

Status ArchiveBackup::writeTo(const QString &targetPath) {
    if (Status s = checkTarget(m_database.path(), targetPath); !s) {
        return s;
    }
    const QFileInfo target(targetPath);
    (void)PartFiles::removeLeftovers(target.absolutePath());
    // A unique name beside the target: same file system, so the final rename is atomic.
    QString partPath;
    {
        QTemporaryFile reserve(target.absoluteDir().filePath(
            target.fileName() + PartFiles::backupInfix() + QStringLiteral("XXXXXX")));
        if (!reserve.open()) {
            return Error::storage(ArchiveBackupText::tr("cannot write in the folder %1: %2")
                                      .arg(native(target.absolutePath()), reserve.errorString()));
        }
        partPath = reserve.fileName();
    } // VACUUM INTO wants a file that does not exist yet: the reservation is removed here.

    const QString doing =
        ArchiveBackupText::tr("backing up the archive to %1").arg(native(targetPath));
    Status written =
        m_database.isServer()
            ? copyServerInto(partPath)
            : execSql(m_database.connection(), QStringLiteral("VACUUM INTO ?"), {partPath}, doing);
    if (written) {
        Result<QStringList> problems = integrityProblemsOfFile(partPath);
        if (!problems) {
            written = problems.error();
        } else if (!problems->isEmpty()) {
            written = Error::corrupt(ArchiveBackupText::tr("%1 failed: the copy did not pass the "
                                                           "integrity check (%2)")
                                         .arg(doing, problems->first()));
        }
    }
    if (written && !syncToDisk(partPath)) {
        written = Error::storage(
            ArchiveBackupText::tr("%1 failed: the copy could not be flushed to the disk")
                .arg(doing));
    }
    if (written && std::rename(QFile::encodeName(partPath).constData(),
                               QFile::encodeName(target.absoluteFilePath()).constData()) != 0) {
        written = Error::storage(
            ArchiveBackupText::tr("%1 failed: the finished copy could not be renamed into place")
                .arg(doing));
    }
    if (!written) {
        QFile::remove(partPath);
        return written;
    }
    (void)syncToDisk(target.absolutePath());
    return {};
}

} // namespace kuaibao
