#include "filelocks.h"

#include <QFile>
#include <QList>
#include <QTextStream>

#include <sys/stat.h>
#include <sys/sysmacros.h>

namespace kuaibao {

bool FileLocks::anyHeldOn(const QString &path) {
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0) {
        return false;
    }
    // Lines read "1: POSIX  ADVISORY  READ 1234 fd:01:5678 1073741824 1073741824"; blocked
    // requests carry a "->" and are skipped.
    const QByteArray wanted = QByteArray::number(major(info.st_dev), 16).rightJustified(2, '0') +
                              ':' +
                              QByteArray::number(minor(info.st_dev), 16).rightJustified(2, '0') +
                              ':' + QByteArray::number(quint64(info.st_ino));
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return false;
    }
    const QList<QByteArray> lines = locks.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.contains("->")) {
            continue;
        }
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() >= 6 && fields.at(5) == wanted) {
            return true;
        }
    }
    return false;
}

} // namespace kuaibao
