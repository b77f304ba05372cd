// The archive in company: other connections and other programs never take the locks of this
// process's connections away, refused files stay untouched, and damaged or read-only archives
// are read but not written.
#include "core/files/protectedfiles.h"
#include "reliability/craftedarchives.h"
#include "storage/archivehealth.h"
#include "storage/backup/archivebackup.h"
#include "storage/backup/archiverestore.h"
#include "storage/backup/partfiles.h"
#include "storage/database.h"
#include "storage/issuerepository.h"
#include "storage/openarchives.h"
#include "support/fixtures.h"
#include "support/testsupport.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <sys/time.h>
#include <utime.h>

using namespace kuaibao;

namespace {

// A connection of another program's kind: plain SQLite, no kuaibao rules.
void runForeignSql(const QString &path, const QStringList &statements) {
    const QString name = QStringLiteral("foreign-%1").arg(qHash(path));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            INFO(sql.toStdString());
            REQUIRE(q.exec(sql));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

Issue withFirstParagraph(Issue issue, const QString &text) {
    issue.sections[0].articles[0].paragraphs[0].text = RichText(text);
    return issue;
}

QByteArray digest(const QString &path) {
    return QCryptographicHash::hash(test::readFile(path), QCryptographicHash::Sha256);
}

} // namespace

TEST_CASE("a second connection and another program leave this process's saves in the live file",
          "[database][company]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.db"));
    Result<std::unique_ptr<Database>> window = Database::open(path);
    REQUIRE(window);
    IssueRepository repository(**window);
    Result<Issue> first = repository.save(
        withFirstParagraph(test::fullFixtureIssue(673), QStringLiteral("第一次保存")));
    REQUIRE(first);
    // Another connection of this process comes and goes (a search, a backup, a check).
    REQUIRE(Database::open(path));
    // Any other program on the same archive, opened and closed.
    const test::CliRun list = test::runCli({QStringLiteral("--db"), path, QStringLiteral("list")});
    REQUIRE(list.exitCode == 0);
    Result<Issue> second =
        repository.save(withFirstParagraph(*first, QStringLiteral("第二次保存，旁边有别的程序")));
    REQUIRE(second);
    CHECK(test::deletedArchiveFilesHeldOpen(path).isEmpty());
    // Another process sees the second save: it is in the live file, not in a deleted WAL.
    const test::CliRun shown =
        test::runCli({QStringLiteral("--db"), path, QStringLiteral("show"), QStringLiteral("673")});
    REQUIRE(shown.exitCode == 0);
    CHECK(shown.out.contains(QStringLiteral("第二次保存，旁边有别的程序")));
}

TEST_CASE("a refused SQLite file of another program stays byte for byte, nothing beside it",
          "[database][company]") {
    QTemporaryDir dir;
    for (const QString &mode : {QStringLiteral("DELETE"), QStringLiteral("WAL")}) {
        const QString path = dir.filePath(QStringLiteral("contacts-%1.db").arg(mode));
        runForeignSql(path, {QStringLiteral("PRAGMA journal_mode = %1").arg(mode),
                             QStringLiteral("CREATE TABLE contacts (name TEXT)"),
                             QStringLiteral("INSERT INTO contacts VALUES ('王五')")});
        const QByteArray before = digest(path);
        Result<std::unique_ptr<Database>> db = Database::open(path);
        REQUIRE_FALSE(db);
        CHECK(db.error().message.contains(QStringLiteral("another program")));
        CHECK(digest(path) == before);
        CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
        CHECK_FALSE(QFile::exists(path + QStringLiteral("-shm")));
    }
}

TEST_CASE("output targets that are the archive are refused however they are spelled",
          "[database][company]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.db"));
    Result<std::unique_ptr<Database>> db = Database::open(path);
    REQUIRE(db);
    REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("sub")));
    REQUIRE(QFile::link(path, dir.filePath(QStringLiteral("link.db"))));
    REQUIRE(QFile::link(path + QStringLiteral("-wal"), dir.filePath(QStringLiteral("wal-link"))));
    REQUIRE(::link(QFile::encodeName(path).constData(),
                   QFile::encodeName(dir.filePath(QStringLiteral("hard.db"))).constData()) == 0);
    for (const QString &name :
         {QStringLiteral("a.db"), QStringLiteral("sub/../a.db"), QStringLiteral("link.db"),
          QStringLiteral("hard.db"), QStringLiteral("a.db-wal"), QStringLiteral("a.db-shm"),
          QStringLiteral("a.db-journal"), QStringLiteral("wal-link")}) {
        INFO(name.toStdString());
        const Status checked = ProtectedFiles::checkOutputTarget(dir.filePath(name));
        REQUIRE_FALSE(checked);
        CHECK(checked.error().message.contains(QStringLiteral("archive")));
    }
    CHECK(ProtectedFiles::checkOutputTarget(dir.filePath(QStringLiteral("issue.pdf"))));
    CHECK(ProtectedFiles::checkOutputTarget(QStringLiteral("/dev/null")));
}

TEST_CASE("a damaged archive refuses writes and says to restore, while reads go on",
          "[database][company]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.db"));
    {
        Result<std::unique_ptr<Database>> db = Database::open(path);
        REQUIRE(db);
        IssueRepository repository(**db);
        for (int n = 1; n <= 3; ++n) {
            REQUIRE(repository.save(test::fullFixtureIssue(n)));
        }
        QSqlQuery((*db)->connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    // A damaged copy under a name of its own, as a bit-flipped file would come.
    const QString copy = dir.filePath(QStringLiteral("flipped.db"));
    REQUIRE(QFile::copy(path, copy));
    REQUIRE(test::garbleSearchIndexPage(copy));

    Result<std::unique_ptr<Database>> db = Database::open(copy);
    REQUIRE(db);
    const Status sound = ArchiveHealth::requireSound((*db)->connection(), copy);
    REQUIRE_FALSE(sound);
    Result<Issue> saved = IssueRepository(**db).save(test::fullFixtureIssue(9));
    REQUIRE_FALSE(saved);
    CHECK(saved.error().kind == ErrorKind::Corrupt);
    CHECK(saved.error().message.contains(QStringLiteral("restore")));
    CHECK(IssueRepository(**db).list());
}

TEST_CASE("a killed backup's partial files are removed at the next start, live ones are kept",
          "[database][company]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.db"));
    const QStringList leftovers = {dir.filePath(QStringLiteral("copy.db.part-a1B2c3")),
                                   dir.filePath(QStringLiteral("copy.db.part-a1B2c3-journal")),
                                   dir.filePath(QStringLiteral("a.db.restore-part-Zz9Yy8"))};
    const QString fresh = dir.filePath(QStringLiteral("copy.db.part-Q1w2E3"));
    const QString unrelated = dir.filePath(QStringLiteral("notes.part-of-something"));
    for (const QString &file : leftovers + QStringList{fresh, unrelated}) {
        test::writeFile(file, "partial");
    }
    const struct timeval old[2] = {{QDateTime::currentSecsSinceEpoch() - 600, 0},
                                   {QDateTime::currentSecsSinceEpoch() - 600, 0}};
    for (const QString &file : leftovers + QStringList{unrelated}) {
        REQUIRE(::utimes(QFile::encodeName(file).constData(), old) == 0);
    }
    REQUIRE(Database::open(path));
    for (const QString &file : leftovers) {
        INFO(file.toStdString());
        CHECK_FALSE(QFile::exists(file));
    }
    CHECK(QFile::exists(fresh)); // may be a backup another process is writing right now
    CHECK(QFile::exists(unrelated));
}

TEST_CASE("the process knows which archives it has open, however they are named",
          "[database][company]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.db"));
    const QString link = dir.filePath(QStringLiteral("link.db"));
    {
        Result<std::unique_ptr<Database>> first = Database::open(path);
        REQUIRE(first);
        REQUIRE(QFile::link(path, link));
        CHECK(OpenArchives::heldHere(path));
        CHECK(OpenArchives::heldHere(link));
        {
            Result<std::unique_ptr<Database>> second = Database::open(link);
            REQUIRE(second);
        }
        CHECK(OpenArchives::heldHere(path)); // the first connection still holds it
        // A restore is refused while this process has the archive open, whatever the locks
        // in /proc/locks show at that moment.
        const QString backup = dir.filePath(QStringLiteral("backup.db"));
        REQUIRE(ArchiveBackup(**first).writeTo(backup));
        Result<ArchiveRestore::Outcome> refused = ArchiveRestore::restore(backup, link);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().message.contains(QStringLiteral("is open")));
    }
    CHECK_FALSE(OpenArchives::heldHere(path));
    CHECK_FALSE(OpenArchives::heldHere(dir.filePath(QStringLiteral("missing.db"))));
}
