// After every storage test case: no file of an archive (a database, -wal, -shm or -journal) is
// held open by this process although it was deleted. One such descriptor means saves that go
// into a file nobody will ever read again.
#define CATCH_CONFIG_EXTERNAL_INTERFACES
#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>

#include <cstdio>
#include <cstdlib>

namespace {

QStringList deletedDatabaseFilesHeldOpen() {
    QStringList held;
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QString &fd : fds.entryList(QDir::Files | QDir::System)) {
        const QString target = QFile::symLinkTarget(fds.filePath(fd));
        if (!target.endsWith(QLatin1String(" (deleted)"))) {
            continue;
        }
        for (const char *kind : {".db (", ".db-wal (", ".db-shm (", ".db-journal ("}) {
            if (target.contains(QLatin1String(kind))) {
                held << target;
            }
        }
    }
    return held;
}

struct DeletedArchiveFilesListener : Catch::TestEventListenerBase {
    using TestEventListenerBase::TestEventListenerBase;

    void testCaseEnded(const Catch::TestCaseStats &stats) override {
        const QStringList held = deletedDatabaseFilesHeldOpen();
        if (!held.isEmpty()) {
            std::fprintf(stderr, "after \"%s\": deleted archive files are still open: %s\n",
                         stats.testInfo.name.c_str(), qPrintable(held.join(QStringLiteral(", "))));
            std::_Exit(3);
        }
    }
};

} // namespace

CATCH_REGISTER_LISTENER(DeletedArchiveFilesListener)
