#pragma once

#include "support/pgtestserver.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

// Declares `var`, a fresh database on the PostgreSQL test server, or ends the test case as
// skipped (saying why) where there is no server.
#define KUAIBAO_PG_DATABASE(var)                                                                   \
    if (!kuaibao::test::PgTestDatabase::unavailableReason().isEmpty()) {                           \
        KUAIBAO_SKIP(kuaibao::test::PgTestDatabase::unavailableReason());                          \
    }                                                                                              \
    kuaibao::test::PgTestDatabase var;                                                             \
    INFO(var.error().toStdString());                                                               \
    REQUIRE(var.ok())

namespace kuaibao::test {

// `server init` as the owner, then the clerk made a member of kuaibao_user.
inline void initServer(const PgTestDatabase &db) {
    const CliRun init = runCli(
        {QStringLiteral("--db"), db.ownerUrl(), QStringLiteral("server"), QStringLiteral("init")});
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    const QString admitted = db.admitClerk();
    INFO(admitted.toStdString());
    REQUIRE(admitted.isEmpty());
}

} // namespace kuaibao::test
