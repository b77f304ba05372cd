#include "archivehealth.h"

#include "archivelocation.h"
#include "sqlutil.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QSqlQuery>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct ArchiveHealthText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::ArchiveHealth)
};

// The verdict per archive (absolute path): an empty string when sound.
struct Verdicts {
    QMutex mutex;
    QHash<QString, QString> firstProblem;
};

Verdicts &verdicts() {
    static Verdicts instance;
    return instance;
}

QString key(const QString &path) {
    return QFileInfo(path).absoluteFilePath();
}

std::optional<QString> known(const QString &path) {
    QMutexLocker lock(&verdicts().mutex);
    const auto found = verdicts().firstProblem.constFind(key(path));
    if (found == verdicts().firstProblem.constEnd()) {
        return std::nullopt;
    }
    return *found;
}

// The first problem quick_check reports, or an empty string.
Result<QString> quickCheck(const QSqlDatabase &db, const QString &path) {
    const QString doing = ArchiveHealthText::tr("checking %1").arg(QDir::toNativeSeparators(path));
    Result<QSqlQuery> query = runSql(db, QStringLiteral("PRAGMA quick_check(1)"), {}, doing);
    if (!query) {
        if (query.error().kind == ErrorKind::Corrupt) {
            return query.error().message;
        }
        return query.error();
    }
    const QString first = query->next() ? query->value(0).toString() : QString();
    return first == QLatin1String("ok") ? QString() : first;
}

} // namespace

Status ArchiveHealth::verdict(const QString &path, const QString &firstProblem) {
    if (firstProblem.isEmpty()) {
        return {};
    }
    return Error::corrupt(
        ArchiveHealthText::tr("the archive %1 is damaged (%2), so nothing is written to it; "
                              "reading, searching and exporting still work. Put the newest "
                              "backup in place with: kuaibao-cli restore BACKUP")
            .arg(QDir::toNativeSeparators(path), firstProblem));
}

Status ArchiveHealth::requireSound(const QSqlDatabase &db, const QString &path) {
    if (const std::optional<QString> problem = known(path)) {
        return verdict(path, *problem);
    }
    Result<QString> problem = quickCheck(db, path);
    if (!problem) {
        // The check could not run now (busy, or the disk failed): it does not decide, so this
        // write goes on and meets any real problem itself; the check runs again next time.
        return {};
    }
    {
        QMutexLocker lock(&verdicts().mutex);
        verdicts().firstProblem.insert(key(path), *problem);
    }
    return verdict(path, *problem);
}

Status ArchiveHealth::checkFile(const QString &path) {
    static QAtomicInt counter;
    const QString name = QStringLiteral("kuaibao-health-%1").arg(counter.fetchAndAddRelaxed(1));
    Status result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(sqliteConnectOptions(true, false, 5000));
        if (!db.open()) {
            result = sqlError(db.lastError(), QString());
        } else {
            result = requireSound(db, path);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

QString ArchiveHealth::knownDamage(const QString &path) {
    const std::optional<QString> problem = known(path);
    return problem && !problem->isEmpty() ? verdict(path, *problem).error().message : QString();
}

} // namespace kuaibao
