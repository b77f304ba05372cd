#pragma once

#include "support/fixtures.h"
#include "support/office.h"
#include "support/watchprocess.h"

#include "storage/database.h"
#include "storage/issuerepository.h"

#include <QDateTime>

#include <cstdio>

namespace kuaibao::test {

// On the archive at `location` (a file or a server): a watch process runs while other
// processes create an issue and take issue 13 through the three sign-off steps. Each change
// must reach the watch as its own line, TIME NUMBER EVENT WHO STATE, within 1.5 s of the
// process that made it ending. Prints the slowest delay under `figuresName`.
inline void watchSeesSignoffSteps(const QString &location, const Office &office,
                                  const char *figuresName) {
    {
        Result<std::unique_ptr<Database>> db = Database::open(location);
        REQUIRE(db.ok());
        REQUIRE(IssueRepository(**db).save(headingsFixtureIssue(13)).ok());
    }
    office.addPeople(location);
    WatchProcess watch(location, office.env);
    INFO(watch.err().toStdString());
    REQUIRE(watch.waitUntilWatching());

    qint64 slowest = 0;
    auto expect = [&](const QString &fields) {
        QElapsedTimer seen;
        seen.start();
        const QString line = watch.nextLine(1500);
        slowest = std::max(slowest, seen.elapsed());
        INFO("expected …\t" << fields.toStdString() << "; stderr: " << watch.err().toStdString());
        REQUIRE_FALSE(line.isEmpty());
        const QString time = line.section(QLatin1Char('\t'), 0, 0);
        CHECK(QDateTime::fromString(time, Qt::ISODate).isValid());
        CHECK(line.section(QLatin1Char('\t'), 1) == fields);
    };

    const CliRun created = office.run(location, {QStringLiteral("new")});
    INFO(created.err.toStdString());
    REQUIRE(created.exitCode == 0);
    expect(QStringLiteral("14\tcreated\t-\t草稿"));
    for (const auto &[role, person, state] :
         {std::tuple{"编校", "李编", "待审核"}, std::tuple{"审核", "王审", "待核签"},
          std::tuple{"核签", "赵签", "已签发"}}) {
        const CliRun signedRun = office.sign(location, 13, role);
        INFO(role << ": " << signedRun.err.toStdString());
        REQUIRE(signedRun.exitCode == 0);
        expect(QStringLiteral("13\tsigned\t%1\t%2")
                   .arg(QString::fromUtf8(person), QString::fromUtf8(state)));
    }
    // Nothing else was reported: one line per change.
    CHECK(watch.nextLine(500).isEmpty());
    std::printf("FIGURES %s: 4 changes each seen by the watch process within %lld ms of the "
                "command that made them ending\n",
                figuresName, qlonglong(slowest));
}

} // namespace kuaibao::test
