#include "inputfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct InputFileText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::InputFile)
};

QString native(const QString &path) {
    return QDir::toNativeSeparators(path);
}

Status describeStatFailure(const QString &path, int error) {
    if (error == ELOOP) {
        return Error::badInput(
            InputFileText::tr("%1 is a symbolic link that leads back to itself (a loop)")
                .arg(native(path)));
    }
    if (error == ENOENT || error == ENOTDIR) {
        return Error::notFound(InputFileText::tr("%1 does not exist").arg(native(path)));
    }
    return Error::badInput(InputFileText::tr("cannot read %1: %2")
                               .arg(native(path), QString::fromLocal8Bit(std::strerror(error))));
}

Status checkStat(const QString &path, const struct stat &info, qint64 maxBytes) {
    if (S_ISDIR(info.st_mode)) {
        return Error::badInput(InputFileText::tr("%1 is a folder, not a file").arg(native(path)));
    }
    if (S_ISFIFO(info.st_mode)) {
        return Error::badInput(
            InputFileText::tr("%1 is a pipe (FIFO), not a file; kuaibao reads only files, so "
                              "save what comes through it to a file first")
                .arg(native(path)));
    }
    if (!S_ISREG(info.st_mode)) {
        return Error::badInput(
            InputFileText::tr("%1 is a device or special file, not a file").arg(native(path)));
    }
    if (info.st_size > maxBytes) {
        return Error::badInput(InputFileText::tr("%1 is too large (%2; at most %3 is read)")
                                   .arg(native(path), QLocale::c().formattedDataSize(info.st_size),
                                        QLocale::c().formattedDataSize(maxBytes)));
    }
    return {};
}

} // namespace

Status InputFile::checkRegular(const QString &path, qint64 maxBytes) {
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0) {
        return describeStatFailure(path, errno);
    }
    return checkStat(path, info, maxBytes);
}

Result<QByteArray> InputFile::read(const QString &path, qint64 maxBytes) {
    // O_NONBLOCK: a FIFO put in place after the check cannot hang the open.
    const int fd =
        ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (fd < 0) {
        const int error = errno;
        struct stat info {};
        if (::stat(QFile::encodeName(path).constData(), &info) == 0) {
            if (Status s = checkStat(path, info, maxBytes); !s) {
                return s.error();
            }
        }
        return describeStatFailure(path, error).error();
    }
    struct stat info {};
    if (::fstat(fd, &info) != 0) {
        const int error = errno;
        ::close(fd);
        return describeStatFailure(path, error).error();
    }
    if (Status s = checkStat(path, info, maxBytes); !s) {
        ::close(fd);
        return s.error();
    }
    QByteArray bytes;
    bytes.reserve(int(info.st_size));
    char buffer[65536];
    for (;;) {
        const ssize_t got = ::read(fd, buffer, sizeof buffer);
        if (got < 0 && errno == EINTR) {
            continue;
        }
        if (got < 0) {
            const int error = errno;
            ::close(fd);
            return describeStatFailure(path, error).error();
        }
        if (got == 0) {
            break;
        }
        if (bytes.size() + got > maxBytes) {
            ::close(fd);
            return Error::badInput(
                InputFileText::tr("%1 is too large (more than %2)")
                    .arg(native(path), QLocale::c().formattedDataSize(maxBytes)));
        }
        bytes.append(buffer, int(got));
    }
    ::close(fd);
    return bytes;
}

} // namespace kuaibao
