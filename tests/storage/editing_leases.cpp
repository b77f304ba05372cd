// One editor per issue: the editing lease a window takes, renews, gives up, and loses when it
// stops renewing, on either engine with a clock of the test's own.
#include <catch2/catch.hpp>

#include "storage/database.h"
#include "storage/issuerepository.h"
#include "storage/live/editingleases.h"
#include "support/fixtures.h"
#include "support/testarchive.h"

#include <QTemporaryDir>

using namespace kuaibao;

namespace {

struct LeaseFixture {
    LeaseFixture() {
        Result<Issue> saved = IssueRepository(*db).save(test::fullFixtureIssue());
        REQUIRE(saved.ok());
        issueId = saved->storageId;
        mine = std::make_unique<EditingLeases>(*db, QStringLiteral("window-1"),
                                               QStringLiteral("zhangsan@pc-1"));
        theirs = std::make_unique<EditingLeases>(*db, QStringLiteral("window-2"),
                                                 QStringLiteral("lisi@pc-2"));
        mine->setClock([this] { return clock; });
        theirs->setClock([this] { return clock; });
    }

    test::TestArchive archive; // on the run's engine (support/testarchive.h)
    std::unique_ptr<Database> &db = archive.db;
    qint64 issueId = 0;
    qint64 clock = QDateTime(QDate(2026, 3, 2), QTime(10, 2)).toMSecsSinceEpoch();
    std::unique_ptr<EditingLeases> mine;
    std::unique_ptr<EditingLeases> theirs;
};

} // namespace

TEST_CASE("the first window to open an issue holds its lease and the second sees who since when",
          "[leases][engines]") {
    LeaseFixture f;
    Result<std::optional<LeaseHolder>> first = f.mine->take(f.issueId);
    REQUIRE(first.ok());
    CHECK_FALSE(first->has_value());

    f.clock += 5000;
    Result<std::optional<LeaseHolder>> second = f.theirs->take(f.issueId);
    REQUIRE(second.ok());
    REQUIRE(second->has_value());
    CHECK((*second)->name == QStringLiteral("zhangsan@pc-1"));
    CHECK((*second)->since.toLocalTime().time() == QTime(10, 2));

    Result<std::optional<LeaseHolder>> asked = f.theirs->otherHolder(f.issueId);
    REQUIRE(asked.ok());
    REQUIRE(asked->has_value());
    CHECK((*asked)->name == QStringLiteral("zhangsan@pc-1"));
    // The holder itself is not told of anyone else.
    CHECK_FALSE(f.mine->otherHolder(f.issueId)->has_value());
}

TEST_CASE("a renewed lease is never taken over, however long it is held", "[leases][engines]") {
    LeaseFixture f;
    REQUIRE_FALSE(f.mine->take(f.issueId)->has_value());
    for (int i = 0; i < 10; ++i) {
        f.clock += EditingLeases::renewMs();
        REQUIRE_FALSE(f.mine->take(f.issueId)->has_value()); // the window's renewal
        Result<std::optional<LeaseHolder>> stolen = f.theirs->take(f.issueId);
        REQUIRE(stolen.ok());
        REQUIRE(stolen->has_value());
        CHECK((*stolen)->name == QStringLiteral("zhangsan@pc-1"));
        // Renewing keeps the time the editing began.
        CHECK((*stolen)->since.toLocalTime().time() == QTime(10, 2));
    }
}

TEST_CASE("a lease not renewed for 30 seconds has expired and the next window takes it",
          "[leases][engines]") {
    LeaseFixture f;
    REQUIRE_FALSE(f.mine->take(f.issueId)->has_value());
    f.clock += EditingLeases::expiryMs() - 1000; // its holder died, but not long enough ago
    REQUIRE(f.theirs->take(f.issueId)->has_value());
    f.clock += 2000;
    CHECK_FALSE(f.theirs->otherHolder(f.issueId)->has_value());
    Result<std::optional<LeaseHolder>> taken = f.theirs->take(f.issueId);
    REQUIRE(taken.ok());
    CHECK_FALSE(taken->has_value());
    // The old holder, come back, finds the new one.
    Result<std::optional<LeaseHolder>> back = f.mine->take(f.issueId);
    REQUIRE(back->has_value());
    CHECK((*back)->name == QStringLiteral("lisi@pc-2"));
}

TEST_CASE("a released lease is free at once, and only its holder can release it",
          "[leases][engines]") {
    LeaseFixture f;
    REQUIRE_FALSE(f.mine->take(f.issueId)->has_value());
    REQUIRE(f.theirs->release(f.issueId).ok()); // not theirs: changes nothing
    CHECK(f.theirs->take(f.issueId)->has_value());
    REQUIRE(f.mine->release(f.issueId).ok());
    CHECK_FALSE(f.theirs->otherHolder(f.issueId)->has_value());
    CHECK_FALSE(f.theirs->take(f.issueId)->has_value());
}

TEST_CASE("the lease of a deleted issue goes with it", "[leases][engines]") {
    LeaseFixture f;
    REQUIRE_FALSE(f.mine->take(f.issueId)->has_value());
    IssueRepository repository(*f.db);
    REQUIRE(repository.remove(12).ok());
    CHECK_FALSE(f.theirs->otherHolder(f.issueId)->has_value());
}

TEST_CASE("the lease of a program of this computer that has ended is free at once",
          "[leases][engines]") {
    LeaseFixture f;
    // What a killed window of this computer left: its process is gone (no such process id).
    const QString host = EditingLeases::newHolderId().section(QLatin1Char('/'), 0, 0);
    EditingLeases dead(*f.db, host + QStringLiteral("/999999999/x"),
                       QStringLiteral("zhangsan@pc-1"));
    dead.setClock([&f] { return f.clock; });
    REQUIRE_FALSE(dead.take(f.issueId)->has_value());
    CHECK_FALSE(f.mine->otherHolder(f.issueId)->has_value());
    CHECK_FALSE(f.mine->take(f.issueId)->has_value());
    // A live program of this computer (this one) keeps its lease.
    CHECK(f.theirs->take(f.issueId)->has_value());
}

TEST_CASE("the holder's name is the user and the computer", "[leases][engines]") {
    test::TestArchive archive;
    const QString name = EditingLeases::defaultHolderName(*archive.db);
    CHECK(name.contains(QLatin1Char('@')));
    CHECK_FALSE(name.startsWith(QLatin1Char('@')));
    CHECK(EditingLeases::newHolderId() != EditingLeases::newHolderId());
}
