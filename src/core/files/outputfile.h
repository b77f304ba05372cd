#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

#include <memory>

class QFileDevice;
class QIODevice;

namespace kuaibao {

// One file a command or dialog writes: refuses the archive's own files, replaces a regular
// file whole (or not at all), writes a FIFO or a character device such as /dev/null in place
// instead of replacing it, and reports every failed write or flush.
class OutputFile {
public:
    ~OutputFile();
    OutputFile(const OutputFile &) = delete;
    OutputFile &operator=(const OutputFile &) = delete;

    // Checks `path` and opens it for writing; nothing is changed on disk until commit() for a
    // regular file.
    static Result<std::unique_ptr<OutputFile>> open(const QString &path);
    // Opens, writes `bytes` and commits.
    static Status write(const QString &path, const QByteArray &bytes);

    QIODevice *device();
    // Finishes the file: a regular file appears whole under its name; any failed write, flush or
    // rename is returned.
    Status commit();

private:
    OutputFile(QString path, std::unique_ptr<QFileDevice> file, bool inPlace);
    Status failure(const QString &reason) const;

    QString m_path;
    std::unique_ptr<QFileDevice> m_file;
    bool m_inPlace = false;
};

} // namespace kuaibao
