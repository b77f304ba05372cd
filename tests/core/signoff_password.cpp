// Password hashing: salted Argon2id strings that verify only the right password.
#include "core/signoff/passwordhasher.h"

#include <catch2/catch.hpp>

using namespace kuaibao;

TEST_CASE("signoff password: the default hash is salted Argon2id and verifies only the password") {
    Result<QString> first = PasswordHasher::hash("correct horse");
    Result<QString> second = PasswordHasher::hash("correct horse");
    REQUIRE(first);
    REQUIRE(second);
    CHECK(first->startsWith(QStringLiteral("$argon2id$")));
    CHECK(*first != *second); // a fresh salt each time
    CHECK_FALSE(first->contains(QStringLiteral("correct")));
    CHECK(PasswordHasher::verify(*first, "correct horse"));
    CHECK_FALSE(PasswordHasher::verify(*first, "correct horsE"));
    CHECK_FALSE(PasswordHasher::verify(QStringLiteral("not a hash"), "correct horse"));
    CHECK_FALSE(PasswordHasher::needsRehash(*first));
}

TEST_CASE("signoff password: test builds hash at libsodium's minimum cost, by compile definition") {
    // This test executable links kuaibao_argon2cost_cheap; the programs link the real cost
    // (cli test "the shipped binary ignores the old cheap-hash variable" checks that side).
    Result<QString> cheap = PasswordHasher::hash("pw123456");
    REQUIRE(cheap);
    CHECK(cheap->contains(QStringLiteral("$m=8,t=1,")));
    CHECK(PasswordHasher::verify(*cheap, "pw123456"));
}
