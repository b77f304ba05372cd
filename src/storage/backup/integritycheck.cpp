#include "integritycheck.h"

#include "storage/database.h"
#include "storage/issuerepository.h"
#include "storage/sqlutil.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>

#include <functional>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct IntegrityCheckText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::IntegrityCheck)
};

// Runs a pragma whose rows are findings and turns each row into one line.
Result<QStringList> pragmaRows(const QSqlDatabase &db, const QString &pragma, const QString &doing,
                               const std::function<QString(const QSqlQuery &)> &describe) {
    Result<QSqlQuery> q = runSql(db, pragma, {}, doing);
    if (!q) {
        return q.error();
    }
    QStringList rows;
    while (q->next()) {
        rows << describe(*q);
    }
    if (q->lastError().isValid()) {
        return sqlError(q->lastError(), doing);
    }
    return rows;
}

} // namespace

Result<QStringList> integrityProblems(const QSqlDatabase &db) {
    Result<QStringList> rows =
        pragmaRows(db, QStringLiteral("PRAGMA integrity_check"),
                   IntegrityCheckText::tr("checking the database's integrity"),
                   [](const QSqlQuery &q) { return q.value(0).toString(); });
    if (!rows) {
        return rows.error();
    }
    if (rows->size() == 1 && rows->first() == QLatin1String("ok")) {
        return QStringList();
    }
    return *rows;
}

Result<QStringList> foreignKeyProblems(const QSqlDatabase &db) {
    return pragmaRows(
        db, QStringLiteral("PRAGMA foreign_key_check"),
        IntegrityCheckText::tr("checking the links between tables"), [](const QSqlQuery &q) {
            return IntegrityCheckText::tr("row %1 of table %2 refers to a missing row of table %3")
                .arg(q.value(1).toString(), q.value(0).toString(), q.value(2).toString());
        });
}

Result<QStringList> integrityProblems(const Database &database) {
    return integrityProblems(database.connection());
}

Result<QStringList> foreignKeyProblems(const Database &database) {
    return foreignKeyProblems(database.connection());
}

Result<QStringList> unreadableIssues(Database &database) {
    Result<QSqlQuery> ids =
        runSql(database.connection(), QStringLiteral("SELECT id FROM issues ORDER BY id"), {},
               IntegrityCheckText::tr("listing the issues"));
    if (!ids) {
        return ids.error();
    }
    QList<qint64> all;
    while (ids->next()) {
        all << ids->value(0).toLongLong();
    }
    IssueRepository repository(database);
    QStringList problems;
    for (qint64 id : all) {
        Result<Issue> issue = repository.loadById(id);
        if (!issue) {
            problems << IntegrityCheckText::tr("the issue stored with id %1 cannot be read: %2")
                            .arg(id)
                            .arg(issue.error().message);
        }
    }
    return problems;
}

Result<QStringList> integrityProblemsOfFile(const QString &path) {
    static QAtomicInt counter;
    const QString name = QStringLiteral("kuaibao-check-%1").arg(counter.fetchAndAddRelaxed(1));
    Result<QStringList> result = QStringList();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            result =
                sqlError(db.lastError(),
                         IntegrityCheckText::tr("opening %1").arg(QDir::toNativeSeparators(path)));
        } else {
            result = integrityProblems(db);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace kuaibao
