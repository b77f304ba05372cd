#pragma once

#include "storage/database.h"
#include "support/pgtestserver.h"

#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace kuaibao::test {

// The archive one storage or CLI test case works on, on the engine of the run: a temporary
// SQLite file, or, when $KUAIBAO_TEST_ENGINE is "postgres", a fresh database on the PostgreSQL
// test server set up as `server init` does and used as the office login "clerk" (a member of
// kuaibao_user, so the case runs with the least privilege an office person has). Cases tagged
// [engines] use it and are registered once per engine (ctest "storage-pg: …", "cli-pg: …").
class TestArchive {
public:
    // Whether this run's archives live on the PostgreSQL test server.
    static bool onServer();
    // Why this run's engine cannot be used (no server at hand), or empty. The test main ends
    // the whole run as skipped when it is not empty.
    static QString unavailableReason();

    // Sets up the archive and opens it as `db`.
    TestArchive();
    ~TestArchive();
    TestArchive(const TestArchive &) = delete;
    TestArchive &operator=(const TestArchive &) = delete;

    // Where the archive is: the file, or the server address of the clerk login. This is what
    // --db takes and what Database::open opens.
    QString location() const;
    QStringList dbArgs() const { return {QStringLiteral("--db"), location()}; }
    bool isServer() const { return m_server.has_value(); }
    // A file in the test's own temporary folder (password files, exports, settings).
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    // Another connection to the same archive (a second program), or the error text.
    Result<std::unique_ptr<Database>> openAgain() const;

    std::unique_ptr<Database> db;

private:
    QTemporaryDir m_dir;
    std::optional<PgTestDatabase> m_server;
};

} // namespace kuaibao::test
