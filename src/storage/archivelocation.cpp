#include "archivelocation.h"

#include "migrations.h"
#include "openarchives.h"
#include "sqlutil.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QUrl>

#include <cerrno>
#include <sys/stat.h>
#include <unistd.h>

namespace kuaibao {

namespace {

// The translation context of this file's messages (shared with Database's).
struct DatabaseText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::Database)
};

QString native(const QString &path) {
    return QDir::toNativeSeparators(path);
}

constexpr int kSqliteNotADatabase = 26;

bool folderIsWritable(const QDir &folder) {
    // A new file of our own beside the archive: never one of the archive's files.
    QTemporaryFile probe(folder.filePath(QStringLiteral(".kuaibao-write-test-XXXXXX")));
    return probe.open();
}

} // namespace

Result<ArchiveLocation> inspectArchiveLocation(const QString &path) {
    const QFileInfo file(path);
    const QDir folder = file.absoluteDir();
    if (!folder.exists()) {
        return Error::badInput(
            DatabaseText::tr(
                "the folder %1 does not exist; create it or choose another database path")
                .arg(native(folder.path())));
    }
    ArchiveLocation location;
    struct stat info {};
    const QByteArray encoded = QFile::encodeName(path);
    if (::stat(encoded.constData(), &info) != 0) {
        if (errno == ELOOP) {
            return Error::badInput(
                DatabaseText::tr("%1 is a symbolic link that leads back to itself (a loop)")
                    .arg(native(path)));
        }
        if (file.isSymLink()) {
            return Error::badInput(
                DatabaseText::tr("%1 is a symbolic link to a file that does not exist")
                    .arg(native(path)));
        }
    } else {
        location.exists = true;
        if (S_ISDIR(info.st_mode)) {
            return Error::badInput(
                DatabaseText::tr("%1 is a folder, not a database file").arg(native(path)));
        }
        if (!S_ISREG(info.st_mode)) {
            return Error::badInput(
                DatabaseText::tr("%1 is a pipe or device, not a database file").arg(native(path)));
        }
    }
    const bool folderWritable = folderIsWritable(folder);
    if (!location.exists && !folderWritable) {
        return Error::storage(
            DatabaseText::tr("the folder %1 is read-only; kuaibao needs to write its "
                             "database there")
                .arg(native(folder.path())));
    }
    location.readOnly =
        location.exists && (!folderWritable || ::access(encoded.constData(), W_OK) != 0);
    return location;
}

QString sqliteConnectOptions(bool readOnly, bool immutable, int busyTimeoutMs) {
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
    if (readOnly) {
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    }
    if (immutable) {
        options += QStringLiteral(";QSQLITE_OPEN_URI");
    }
    return options;
}

QString sqliteDatabaseName(const QString &path, bool immutable) {
    if (!immutable) {
        return path;
    }
    QUrl url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
    url.setQuery(QStringLiteral("mode=ro&immutable=1"));
    return url.toString(QUrl::FullyEncoded);
}

Result<ArchiveIdentity> readArchiveIdentity(const QSqlDatabase &db, const QString &path) {
    const QString reading = DatabaseText::tr("reading %1").arg(native(path));
    QSqlQuery first(db);
    if (!first.exec(QStringLiteral("PRAGMA application_id"))) {
        if ((first.lastError().nativeErrorCode().toInt() & 0xff) == kSqliteNotADatabase) {
            return Error::corrupt(
                DatabaseText::tr("%1 is not a kuaibao database (it is not an SQLite file)")
                    .arg(native(path)));
        }
        return sqlError(first.lastError(), reading);
    }
    const int applicationId = first.next() ? first.value(0).toInt() : 0;
    first.finish();
    Result<QVariant> version = scalarSql(db, QStringLiteral("PRAGMA user_version"), {}, reading);
    if (!version) {
        return version.error();
    }
    Result<QVariant> tables = scalarSql(
        db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'"), {}, reading);
    if (!tables) {
        return tables.error();
    }
    return ArchiveIdentity{applicationId, version->toInt(), tables->toInt()};
}

Result<ArchiveIdentity> probeArchiveIdentity(const QString &path) {
    static QAtomicInt counter;
    const QString name = QStringLiteral("kuaibao-identity-%1").arg(counter.fetchAndAddRelaxed(1));
    Result<ArchiveIdentity> result = ArchiveIdentity{};
    {
        // Immutable: SQLite reads the main file only, takes no lock and creates no -wal or
        // -shm, so a refused file is left exactly as it was. Not on a file this process
        // already has open: closing an immutable connection would drop the process's locks on
        // it; that file is a judged archive, read through a plain read-only connection.
        const bool immutable = !OpenArchives::heldHere(path);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(sqliteDatabaseName(path, immutable));
        db.setConnectOptions(sqliteConnectOptions(true, immutable, 2000));
        if (!db.open()) {
            result = sqlError(db.lastError(), DatabaseText::tr("reading %1").arg(native(path)));
        } else {
            result = readArchiveIdentity(db, path);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Status judgeArchiveIdentity(const ArchiveIdentity &identity, const QString &path) {
    const bool fresh = identity.applicationId == 0 && identity.tables == 0;
    if (!fresh && identity.applicationId != kApplicationId) {
        return Error::corrupt(
            DatabaseText::tr("%1 is an SQLite database of another program, not a kuaibao "
                             "archive")
                .arg(native(path)));
    }
    if (identity.schemaVersion > latestSchemaVersion()) {
        return Error::storage(
            DatabaseText::tr("%1 was written by a newer kuaibao (schema %2; this program knows "
                             "schema %3 at most); install the newer program to open it")
                .arg(native(path))
                .arg(identity.schemaVersion)
                .arg(latestSchemaVersion()));
    }
    return {};
}

} // namespace kuaibao
