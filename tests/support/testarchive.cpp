#include "testarchive.h"

#include "storage/postgres/serversetup.h"

#include <catch2/catch.hpp>

namespace kuaibao::test {

namespace {

// Sets up a fresh server database as `server init` does, run by its owner, and lets the
// clerk login in as an office person.
void initServerDatabase(const PgTestDatabase &server) {
    {
        Result<std::unique_ptr<Database>> owner = Database::openServerForSetup(server.ownerUrl());
        INFO((owner ? QString() : owner.error().message).toStdString());
        REQUIRE(owner.ok());
        Result<ServerSetup::Outcome> setUp = ServerSetup::init(**owner);
        INFO((setUp ? QString() : setUp.error().message).toStdString());
        REQUIRE(setUp.ok());
    }
    const QString admitted = server.admitClerk();
    INFO(admitted.toStdString());
    REQUIRE(admitted.isEmpty());
}

} // namespace

bool TestArchive::onServer() {
    return qEnvironmentVariable("KUAIBAO_TEST_ENGINE") == QLatin1String("postgres");
}

QString TestArchive::unavailableReason() {
    return onServer() ? PgTestDatabase::unavailableReason() : QString();
}

TestArchive::TestArchive() {
    REQUIRE(m_dir.isValid());
    if (onServer()) {
        REQUIRE(unavailableReason().isEmpty());
        m_server.emplace();
        INFO(m_server->error().toStdString());
        REQUIRE(m_server->ok());
        initServerDatabase(*m_server);
    }
    Result<std::unique_ptr<Database>> opened = openAgain();
    INFO((opened ? QString() : opened.error().message).toStdString());
    REQUIRE(opened.ok());
    db = std::move(opened).value();
}

TestArchive::~TestArchive() {
    // The database closes before the server drops it.
    db.reset();
}

QString TestArchive::location() const {
    return m_server ? m_server->clerkUrl() : m_dir.filePath(QStringLiteral("archive.db"));
}

Result<std::unique_ptr<Database>> TestArchive::openAgain() const {
    return Database::open(location());
}

} // namespace kuaibao::test
