#include "outputfile.h"

#include "protectedfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <sys/stat.h>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct OutputFileText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::OutputFile)
};

QString native(const QString &path) {
    return QDir::toNativeSeparators(path);
}

} // namespace

OutputFile::OutputFile(QString path, std::unique_ptr<QFileDevice> file, bool inPlace)
    : m_path(std::move(path)), m_file(std::move(file)), m_inPlace(inPlace) {}

OutputFile::~OutputFile() = default;

Result<std::unique_ptr<OutputFile>> OutputFile::open(const QString &path) {
    if (path.trimmed().isEmpty()) {
        return Error::badInput(OutputFileText::tr("no output file was named"));
    }
    if (Status allowed = ProtectedFiles::checkOutputTarget(path); !allowed) {
        return allowed.error();
    }
    struct stat target {};
    const bool exists = ::stat(QFile::encodeName(path).constData(), &target) == 0;
    if (!exists && QFileInfo(path).isSymLink()) {
        return Error::badInput(
            OutputFileText::tr("%1 is a symbolic link that leads nowhere (or in a loop); name "
                               "the file itself")
                .arg(native(path)));
    }
    if (exists && S_ISDIR(target.st_mode)) {
        return Error::badInput(
            OutputFileText::tr("%1 is a folder; name a file to write").arg(native(path)));
    }
    if (exists && !S_ISREG(target.st_mode) && !S_ISFIFO(target.st_mode) &&
        !S_ISCHR(target.st_mode)) {
        return Error::badInput(
            OutputFileText::tr("%1 is neither a file, a pipe nor a character device; kuaibao "
                               "does not write there")
                .arg(native(path)));
    }
    if (!exists && !QFileInfo(path).absoluteDir().exists()) {
        return Error::storage(OutputFileText::tr("cannot write %1: the folder %2 does not exist")
                                  .arg(native(path), native(QFileInfo(path).absolutePath())));
    }
    // A pipe or a device is written where it is: replacing it by a rename would turn
    // /dev/null into a regular file.
    const bool inPlace = exists && !S_ISREG(target.st_mode);
    std::unique_ptr<QFileDevice> file;
    if (inPlace) {
        file = std::make_unique<QFile>(path);
    } else {
        file = std::make_unique<QSaveFile>(path);
    }
    std::unique_ptr<OutputFile> output(new OutputFile(path, std::move(file), inPlace));
    if (!output->m_file->open(QIODevice::WriteOnly)) {
        return output->failure(output->m_file->errorString()).error();
    }
    return output;
}

Status OutputFile::write(const QString &path, const QByteArray &bytes) {
    Result<std::unique_ptr<OutputFile>> output = open(path);
    if (!output) {
        return output.error();
    }
    if ((*output)->device()->write(bytes) != bytes.size()) {
        return (*output)->failure((*output)->m_file->errorString());
    }
    return (*output)->commit();
}

QIODevice *OutputFile::device() {
    return m_file.get();
}

Status OutputFile::commit() {
    if (m_inPlace) {
        auto *file = static_cast<QFile *>(m_file.get());
        const bool flushed = file->flush() && file->error() == QFileDevice::NoError;
        const QString reason = file->errorString();
        file->close();
        return flushed ? Status() : failure(reason);
    }
    auto *file = static_cast<QSaveFile *>(m_file.get());
    if (!file->commit()) {
        return failure(file->errorString());
    }
    return {};
}

Status OutputFile::failure(const QString &reason) const {
    return Error::storage(OutputFileText::tr("cannot write %1: %2").arg(native(m_path), reason));
}

} // namespace kuaibao
