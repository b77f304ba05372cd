#include "protectedfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct ProtectedFilesText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::ProtectedFiles)
};

struct Registry {
    QMutex mutex;
    QStringList databases; // absolute, cleaned paths as given
};

Registry &registry() {
    static Registry instance;
    return instance;
}

QString native(const QString &path) {
    return QDir::toNativeSeparators(path);
}

// The absolute path a (possibly not yet existing) file would have once every symbolic link of
// its folders, and of itself, is followed.
QString resolvedPath(const QString &path) {
    QFileInfo info(path);
    for (int hops = 0; info.isSymLink() && hops < 40; ++hops) {
        info = QFileInfo(info.symLinkTarget());
    }
    const QString folder = info.absoluteDir().canonicalPath();
    return folder.isEmpty() ? QDir::cleanPath(info.absoluteFilePath())
                            : QDir(folder).filePath(info.fileName());
}

bool sameFile(const struct stat &a, const struct stat &b) {
    return a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

// The protected files: each database with its companions.
QStringList protectedPaths() {
    QMutexLocker lock(&registry().mutex);
    QStringList paths;
    for (const QString &database : std::as_const(registry().databases)) {
        paths << database;
        for (const QString &suffix : ProtectedFiles::companionSuffixes()) {
            paths << database + suffix;
        }
    }
    return paths;
}

// Whether the first bytes of an existing regular file are an SQLite header. Only called for a
// file that is none of the protected ones (checked by inode before).
bool isSqliteFile(const QString &path) {
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        return false;
    }
    char header[16] = {};
    const ssize_t got = ::read(fd, header, sizeof header);
    ::close(fd);
    return got == 16 && QByteArray(header, 16) == QByteArray("SQLite format 3\0", 16);
}

} // namespace

void ProtectedFiles::protectArchive(const QString &databasePath) {
    if (databasePath.isEmpty()) {
        return;
    }
    const QString resolved = resolvedPath(databasePath);
    QMutexLocker lock(&registry().mutex);
    if (!registry().databases.contains(resolved)) {
        registry().databases << resolved;
    }
}

QStringList ProtectedFiles::companionSuffixes() {
    return {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")};
}

Status ProtectedFiles::checkOutputTarget(const QString &target, Replacing replacing) {
    const QStringList guarded = protectedPaths();
    const QString resolved = resolvedPath(target);
    const QByteArray encoded = QFile::encodeName(target);
    struct stat targetStat {};
    const bool exists = ::stat(encoded.constData(), &targetStat) == 0;
    for (const QString &path : guarded) {
        struct stat guardedStat {};
        const bool sameInode = exists &&
                               ::stat(QFile::encodeName(path).constData(), &guardedStat) == 0 &&
                               sameFile(targetStat, guardedStat);
        if (sameInode || resolved == path) {
            return Error::badInput(
                ProtectedFilesText::tr("%1 is the archive itself or one of its files (%2); "
                                       "writing there would destroy the archive, so choose "
                                       "another file")
                    .arg(native(target), native(path)));
        }
    }
    if (replacing == Replacing::AnyFile && exists && S_ISREG(targetStat.st_mode) &&
        isSqliteFile(target)) {
        return Error::badInput(
            ProtectedFilesText::tr("%1 is an SQLite database (an archive or a backup of one); "
                                   "kuaibao does not overwrite it, so choose another file")
                .arg(native(target)));
    }
    return {};
}

bool ProtectedFiles::descriptorIsProtected(int fd) {
    struct stat fdStat {};
    if (::fstat(fd, &fdStat) != 0 || !S_ISREG(fdStat.st_mode)) {
        return false;
    }
    for (const QString &path : protectedPaths()) {
        struct stat guardedStat {};
        if (::stat(QFile::encodeName(path).constData(), &guardedStat) == 0 &&
            sameFile(fdStat, guardedStat)) {
            return true;
        }
    }
    return false;
}

} // namespace kuaibao
