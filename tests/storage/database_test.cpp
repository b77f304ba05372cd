#include <catch2/catch.hpp>

#include "storage/database.h"
#include "storage/issuerepository.h"
#include "storage/migrations.h"
#include "support/fixtures.h"
#include "support/testsupport.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace kuaibao;

namespace {

QString pragma(Database &db, const QString &name) {
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA ") + name));
    REQUIRE(q.next());
    return q.value(0).toString();
}

// A plain SQLite connection of the test's own, outside kuaibao's Database class.
class RawConnection {
public:
    explicit RawConnection(const QString &path) {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        REQUIRE(m_db.open());
    }
    ~RawConnection() {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    void exec(const QString &sql) {
        QSqlQuery q(m_db);
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
    }

private:
    QString m_name = QStringLiteral("raw-test-connection");
    QSqlDatabase m_db;
};

} // namespace

TEST_CASE("a new archive is set up for safety", "[database]") {
    QTemporaryDir dir;
    Result<std::unique_ptr<Database>> db = Database::open(dir.filePath(QStringLiteral("n.db")));
    REQUIRE(db.ok());
    CHECK(pragma(**db, QStringLiteral("journal_mode")) == QStringLiteral("wal"));
    CHECK(pragma(**db, QStringLiteral("foreign_keys")) == QStringLiteral("1"));
    CHECK(pragma(**db, QStringLiteral("synchronous")) == QStringLiteral("2")); // FULL
    CHECK(pragma(**db, QStringLiteral("application_id")).toInt() == kApplicationId);
    CHECK((*db)->schemaVersion() == latestSchemaVersion());
}

TEST_CASE("a file that is not SQLite is refused, not overwritten", "[database]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.db"));
    test::writeFile(path, "这不是数据库，只是一段文字。\n");
    Result<std::unique_ptr<Database>> db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().kind == ErrorKind::Corrupt);
    CHECK(db.error().message.contains(QStringLiteral("not an SQLite file")));
    CHECK(test::readFile(path) == QByteArray("这不是数据库，只是一段文字。\n"));
}

TEST_CASE("another program's SQLite file is refused", "[database]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.db"));
    {
        RawConnection raw(path);
        raw.exec(QStringLiteral("CREATE TABLE contacts (name TEXT)"));
    }
    Result<std::unique_ptr<Database>> db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().message.contains(QStringLiteral("another program")));
}

TEST_CASE("a database from a newer kuaibao is refused with the versions named", "[database]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.db"));
    REQUIRE(Database::open(path).ok());
    {
        RawConnection raw(path);
        raw.exec(QStringLiteral("PRAGMA user_version = 99"));
    }
    Result<std::unique_ptr<Database>> db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().message.contains(QStringLiteral("newer kuaibao (schema 99")));
}

TEST_CASE("a damaged database gives an error, never a crash", "[database]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.db"));
    {
        Result<std::unique_ptr<Database>> db = Database::open(path);
        REQUIRE(db.ok());
        IssueRepository repository(**db);
        for (int n = 1; n <= 30; ++n) {
            REQUIRE(repository.save(test::fullFixtureIssue(n)).ok());
        }
        QSqlQuery(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), (*db)->connection()).exec();
    }
    QByteArray bytes = test::readFile(path);
    REQUIRE(bytes.size() > 8 * 4096);
    for (qsizetype i = 2 * 4096; i < bytes.size(); i += 97) {
        bytes[i] = char(0xA5); // garble every page but the first
    }
    test::writeFile(path, bytes);
    Result<std::unique_ptr<Database>> db = Database::open(path);
    if (db.ok()) {
        Result<QList<IssueSummary>> list = IssueRepository(**db).list();
        bool allLoaded = list.ok();
        for (int n = 1; n <= 30 && allLoaded; ++n) {
            allLoaded = IssueRepository(**db).load(n).ok();
        }
        REQUIRE_FALSE(allLoaded);
        const Error error = list.ok() ? IssueRepository(**db).load(1).error() : list.error();
        CHECK_FALSE(error.message.isEmpty());
    } else {
        CHECK((db.error().kind == ErrorKind::Corrupt || db.error().kind == ErrorKind::Storage));
        CHECK(db.error().message.contains(QStringLiteral("damaged")));
    }
}

TEST_CASE("a missing folder is named in the error", "[database]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no/such/folder/k.db"));
    Result<std::unique_ptr<Database>> db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().kind == ErrorKind::BadInput);
    CHECK(db.error().message.contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("a folder that cannot be written is named in the error", "[database]") {
    // /proc/1 refuses new files even to root, so this holds for every user.
    Result<std::unique_ptr<Database>> db = Database::open(QStringLiteral("/proc/1/k.db"));
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().message.contains(QStringLiteral("read-only")));
}

TEST_CASE("a database another process is writing gives a busy error after the timeout",
          "[database]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("busy.db"));
    qputenv("KUAIBAO_BUSY_TIMEOUT_MS", "200");
    Result<std::unique_ptr<Database>> writer = Database::open(path);
    Result<std::unique_ptr<Database>> other = Database::open(path);
    REQUIRE(writer.ok());
    REQUIRE(other.ok());
    QSqlQuery lock((*other)->connection());
    REQUIRE(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
    Result<Issue> saved = IssueRepository(**writer).save(test::fullFixtureIssue(1));
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().kind == ErrorKind::Busy);
    CHECK(saved.error().message.contains(QStringLiteral("busy")));
    REQUIRE(lock.exec(QStringLiteral("ROLLBACK")));
    CHECK(IssueRepository(**writer).save(test::fullFixtureIssue(1)).ok());
    qunsetenv("KUAIBAO_BUSY_TIMEOUT_MS");
}
