#pragma once

// Shared set-up of the storage sign-off tests: an archive on the run's engine
// (support/testarchive.h) with three people (编校, 审核, 核签) and issue 674 saved as a draft.
#include "storage/database.h"
#include "storage/issuerepository.h"
#include "storage/signoff/peoplestore.h"
#include "storage/signoff/signoffservice.h"
#include "support/fixtures.h"
#include "support/testarchive.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

namespace kuaibao::test {

// The value of a result that the test needs to go on.
template <typename T> T must(Result<T> result) {
    REQUIRE(result.ok());
    return std::move(result).value();
}

// An archive with three people (李编 编校, 王审 审核, 赵签 核签 and 审核) and issue 674 as a draft.
struct SignoffArchive : TestArchive {
    IssueRef ref{674, Series::Regular};

    SignoffArchive() {
        PeopleStore people(*db);
        REQUIRE(people.add(QStringLiteral("李编"), {QStringLiteral("编校")}, "pw-li-11"));
        REQUIRE(people.add(QStringLiteral("王审"), {QStringLiteral("审核")}, "pw-wang-2",
                           Credentials{QStringLiteral("李编"), "pw-li-11"}));
        REQUIRE(people.add(QStringLiteral("赵签"), {QStringLiteral("核签"), QStringLiteral("审核")},
                           "pw-zhao-3", Credentials{QStringLiteral("李编"), "pw-li-11"}));
        REQUIRE(IssueRepository(*db).save(fullFixtureIssue(674)));
    }

    QString path() const { return location(); }
    Issue load() const { return IssueRepository(*db).load(674).value(); }
    Result<Issue> signAll() {
        SignoffService service(*db);
        for (const auto &[role, person, pw] :
             {std::tuple{QStringLiteral("编校"), QStringLiteral("李编"), QByteArray("pw-li-11")},
              std::tuple{QStringLiteral("审核"), QStringLiteral("王审"), QByteArray("pw-wang-2")},
              std::tuple{QStringLiteral("核签"), QStringLiteral("赵签"),
                         QByteArray("pw-zhao-3")}}) {
            Result<Issue> r = service.sign(ref, role, person, pw);
            if (!r) {
                return r;
            }
        }
        return IssueRepository(*db).load(674);
    }
};

} // namespace kuaibao::test
