#include "openarchives.h"

#include <QFile>
#include <QMutex>
#include <QMutexLocker>

#include <map>
#include <utility>

#include <sys/stat.h>

namespace kuaibao {
namespace {

QMutex &registryMutex() {
    static QMutex mutex;
    return mutex;
}

// Key (device, inode) -> how many Database objects of this process hold the file.
std::map<std::pair<dev_t, ino_t>, int> &registry() {
    static std::map<std::pair<dev_t, ino_t>, int> held;
    return held;
}

} // namespace

OpenArchives::Key OpenArchives::keyOf(const QString &path) {
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0) {
        return {};
    }
    return {info.st_dev, info.st_ino};
}

void OpenArchives::add(Key key) {
    if (!key.valid()) {
        return;
    }
    QMutexLocker lock(&registryMutex());
    ++registry()[{key.device, key.inode}];
}

void OpenArchives::remove(Key key) {
    if (!key.valid()) {
        return;
    }
    QMutexLocker lock(&registryMutex());
    const auto found = registry().find({key.device, key.inode});
    if (found != registry().end() && --found->second <= 0) {
        registry().erase(found);
    }
}

bool OpenArchives::heldHere(const QString &path) {
    const Key key = keyOf(path);
    if (!key.valid()) {
        return false;
    }
    QMutexLocker lock(&registryMutex());
    return registry().count({key.device, key.inode}) > 0;
}

} // namespace kuaibao
