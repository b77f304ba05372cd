#pragma once

// Hostile archives for the reliability tests: a sound archive made through the repository,
// then damaged from outside the way a stray tool, a hand edit or a failing disk would.
#include "support/fixtures.h"
#include "support/testsupport.h"

#include "storage/database.h"
#include "storage/issuerepository.h"

#include <QAtomicInt>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace kuaibao::test {

// Saves fixture issues 1..count into a new archive at `path` and closes it, so that
// everything is in the main file (no -wal beside it).
inline bool makeSoundArchive(const QString &path, int count = 5) {
    auto db = Database::open(path);
    if (!db.ok()) {
        return false;
    }
    IssueRepository repository(**db);
    for (int n = 1; n <= count; ++n) {
        if (!repository.save(fullFixtureIssue(n, QDate(2024, 3, n))).ok()) {
            return false;
        }
    }
    return true;
}

// Garbles one page of the search index (found through SQLite's dbstat table) of a closed
// archive: damage quick_check finds while the issues themselves still read.
inline bool garbleSearchIndexPage(const QString &path) {
    static QAtomicInt counter;
    const QString name = QStringLiteral("garble-%1").arg(counter.fetchAndAddRelaxed(1));
    qint64 page = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT max(pageno) FROM dbstat WHERE name LIKE "
                                          "'search%' AND pagetype = 'leaf'")) &&
                query.next()) {
                page = query.value(0).toLongLong();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    QByteArray bytes = readFile(path);
    const qint64 pageSize = 4096;
    if (page < 2 || page * pageSize > bytes.size()) {
        return false;
    }
    for (qint64 i = (page - 1) * pageSize + 1; i < page * pageSize; i += 3) {
        bytes[i] = char(0xA5);
    }
    writeFile(path, bytes);
    return true;
}

// Runs statements on the file behind kuaibao's back, with a plain connection (no checks,
// CHECK constraints off) — the way another program could.
inline bool tamper(const QString &path, const QStringList &statements) {
    static QAtomicInt counter;
    const QString name = QStringLiteral("tamper-%1").arg(counter.fetchAndAddRelaxed(1));
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery query(db);
        for (const QString &sql :
             QStringList{QStringLiteral("PRAGMA ignore_check_constraints = ON")} + statements) {
            if (ok && !query.exec(sql)) {
                ok = false;
            }
        }
        query.finish();
        // Back to a single file, like an archive that was closed.
        (void)query.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

inline int pageSizeOf(const QByteArray &file) {
    const int size = (quint8(file.at(16)) << 8) | quint8(file.at(17));
    return size == 1 ? 65536 : size;
}

// The file with page `page` (1-based) overwritten by random bytes from `seed`.
inline QByteArray garblePage(QByteArray file, int page, quint32 seed) {
    const int size = pageSizeOf(file);
    QRandomGenerator random(seed);
    const qsizetype from = qsizetype(page - 1) * size;
    for (qsizetype i = from; i < from + size && i < file.size(); ++i) {
        file[i] = char(random.bounded(256));
    }
    return file;
}

} // namespace kuaibao::test
