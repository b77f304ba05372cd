#include "archiverestore.h"

#include "integritycheck.h"
#include "partfiles.h"

#include "core/files/filelocks.h"
#include "core/files/inputfile.h"
#include "core/files/protectedfiles.h"
#include "storage/archivelocation.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/openarchives.h"
#include "storage/sqlutil.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QTemporaryFile>

#include <cstdio>
#include <limits>
#include <sys/stat.h>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct ArchiveRestoreText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::ArchiveRestore)
};

QString native(const QString &path) {
    return QDir::toNativeSeparators(path);
}

bool renameFile(const QString &from, const QString &to) {
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

bool sameInode(const QString &a, const QString &b) {
    struct stat sa {
    }, sb{};
    return ::stat(QFile::encodeName(a).constData(), &sa) == 0 &&
           ::stat(QFile::encodeName(b).constData(), &sb) == 0 && sa.st_dev == sb.st_dev &&
           sa.st_ino == sb.st_ino;
}

Status checkBackup(const QString &backupPath, const QString &archivePath) {
    if (Status regular = InputFile::checkRegular(backupPath, std::numeric_limits<qint64>::max());
        !regular) {
        return regular;
    }
    QStringList archiveFiles{archivePath};
    for (const QString &suffix : ProtectedFiles::companionSuffixes()) {
        archiveFiles << archivePath + suffix;
    }
    for (const QString &file : archiveFiles) {
        if (sameInode(backupPath, file)) {
            return Error::badInput(
                ArchiveRestoreText::tr("%1 is the archive's own file, not a backup of it")
                    .arg(native(backupPath)));
        }
    }
    Result<ArchiveIdentity> identity = probeArchiveIdentity(backupPath);
    if (!identity) {
        return Error::badInput(ArchiveRestoreText::tr("%1 cannot be restored: %2")
                                   .arg(native(backupPath), identity.error().message));
    }
    if (identity->applicationId != kApplicationId) {
        return Error::badInput(ArchiveRestoreText::tr("%1 is not a kuaibao archive or backup")
                                   .arg(native(backupPath)));
    }
    if (Status judged = judgeArchiveIdentity(*identity, backupPath); !judged) {
        return judged;
    }
    Result<QStringList> problems = integrityProblemsOfFile(backupPath);
    if (!problems) {
        return problems.error();
    }
    if (!problems->isEmpty()) {
        return Error::corrupt(
            ArchiveRestoreText::tr("the backup %1 is damaged itself (%2); choose an older one")
                .arg(native(backupPath), problems->first()));
    }
    return {};
}

// Copies the backup beside the archive (same file system, so the final rename is atomic).
Result<QString> copyBeside(const QString &backupPath, const QString &archivePath) {
    const QFileInfo archive(archivePath);
    QString partPath;
    {
        QTemporaryFile reserve(archive.absoluteDir().filePath(
            archive.fileName() + PartFiles::restoreInfix() + QStringLiteral("XXXXXX")));
        if (!reserve.open()) {
            return Error::storage(ArchiveRestoreText::tr("cannot write in the folder %1: %2")
                                      .arg(native(archive.absolutePath()), reserve.errorString()));
        }
        partPath = reserve.fileName();
    } // VACUUM INTO wants a file that does not exist yet
    static QAtomicInt counter;
    const QString name = QStringLiteral("kuaibao-restore-%1").arg(counter.fetchAndAddRelaxed(1));
    Status copied;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(backupPath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        const QString doing = ArchiveRestoreText::tr("copying %1").arg(native(backupPath));
        copied = db.open() ? execSql(db, QStringLiteral("VACUUM INTO ?"), {partPath}, doing)
                           : Status(sqlError(db.lastError(), doing));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (copied) {
        Result<QStringList> problems = integrityProblemsOfFile(partPath);
        if (!problems || !problems->isEmpty()) {
            copied = Error::storage(
                ArchiveRestoreText::tr("the copy of the backup did not pass the integrity check"));
        }
    }
    if (!copied) {
        QFile::remove(partPath);
        return copied.error();
    }
    return partPath;
}

} // namespace

Result<ArchiveRestore::Outcome> ArchiveRestore::restore(const QString &backupPath,
                                                        const QString &archivePath) {
    if (Status backup = checkBackup(backupPath, archivePath); !backup) {
        return backup.error();
    }
    if (!QFileInfo(archivePath).absoluteDir().exists()) {
        return Error::badInput(ArchiveRestoreText::tr("the folder %1 does not exist")
                                   .arg(native(QFileInfo(archivePath).absolutePath())));
    }
    Result<QString> part = copyBeside(backupPath, archivePath);
    if (!part) {
        return part.error();
    }
    QStringList files{archivePath};
    for (const QString &suffix : ProtectedFiles::companionSuffixes()) {
        files << archivePath + suffix;
    }
    for (const QString &file : files) {
        if (OpenArchives::heldHere(file) || FileLocks::anyHeldOn(file)) {
            QFile::remove(*part);
            return Error::conflict(
                ArchiveRestoreText::tr("the archive %1 is open in another program (the window "
                                       "or a command); close it first, then restore")
                    .arg(native(archivePath)));
        }
    }
    Outcome outcome;
    if (QFileInfo::exists(archivePath)) {
        outcome.setAside = archivePath + QStringLiteral(".before-restore-") +
                           QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        // The old file and its companions move together, so the set-aside copy stays readable.
        for (const QString &file : std::as_const(files)) {
            const QString suffix = file.mid(archivePath.size());
            if (QFileInfo::exists(file) && !renameFile(file, outcome.setAside + suffix)) {
                QFile::remove(*part);
                return Error::storage(
                    ArchiveRestoreText::tr("%1 could not be set aside").arg(native(file)));
            }
        }
    }
    if (!renameFile(*part, archivePath)) {
        if (!outcome.setAside.isEmpty()) {
            for (const QString &file : std::as_const(files)) {
                (void)renameFile(outcome.setAside + file.mid(archivePath.size()), file);
            }
        }
        QFile::remove(*part);
        return Error::storage(ArchiveRestoreText::tr("the backup could not be put in place of %1")
                                  .arg(native(archivePath)));
    }
    Result<std::unique_ptr<Database>> restored = Database::open(archivePath);
    if (!restored) {
        return Error{restored.error().kind,
                     ArchiveRestoreText::tr("the restored archive does not open: %1")
                         .arg(restored.error().message)};
    }
    Result<QVariant> issues =
        scalarSql((*restored)->connection(), QStringLiteral("SELECT count(*) FROM issues"));
    if (!issues) {
        return issues.error();
    }
    outcome.issues = issues->toInt();
    return outcome;
}

} // namespace kuaibao
