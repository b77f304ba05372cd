// The sign-off screen shows the preflight's findings, and 审核 cannot pass while errors remain.
#include "app/preflight/findingslist.h"
#include "app/signoff/signoffscreen.h"
#include "storage/database.h"
#include "storage/issuerepository.h"
#include "storage/signoff/peoplestore.h"
#include "support/fixtures.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace kuaibao;

namespace {

template <typename T> T *child(QWidget &parent, const char *name) {
    T *found = parent.findChild<T *>(QString::fromUtf8(name));
    REQUIRE(found);
    return found;
}

// Types the password and clicks 通过 with the mouse.
void approveAs(SignoffScreen &screen, const QString &person, const QString &password) {
    REQUIRE(screen.selectPerson(person));
    auto *box = child<QLineEdit>(screen, "signoffPassword");
    box->setFocus();
    QTest::keyClicks(box, password);
    QTest::mouseClick(child<QPushButton>(screen, "signoffApprove"), Qt::LeftButton);
}

} // namespace

TEST_CASE("signoff screen: 审核 cannot pass an issue while the preflight finds errors",
          "[app][preflight]") {
    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("k.db")));
    REQUIRE(opened);
    Database &db = **opened;
    PeopleStore people(db);
    REQUIRE(people.add(QStringLiteral("李编"), {QStringLiteral("编校")}, "pw-li-11"));
    REQUIRE(people.add(QStringLiteral("王审"), {QStringLiteral("审核")}, "pw-wang-2",
                       Credentials{QStringLiteral("李编"), "pw-li-11"}));
    Issue issue = test::fullFixtureIssue(674);
    issue.sections[0].articles[0].paragraphs[0].text =
        RichText(QStringLiteral("县里八日召开推进会,各乡镇参加"));
    REQUIRE(IssueRepository(db).save(issue));
    auto status = [&] { return IssueRepository(db).load(674).value().status; };

    SignoffScreen screen(db);
    screen.show();
    REQUIRE(QTest::qWaitForWindowExposed(&screen));
    approveAs(screen, QStringLiteral("李编"), QStringLiteral("pw-li-11"));
    REQUIRE(status() == IssueStatus::AwaitingReview); // 编校 hands it in, errors and all

    REQUIRE(screen.selectPerson(QStringLiteral("王审")));
    auto *findings = child<FindingsList>(screen, "signoffFindings");
    const auto hasComma = [&] {
        for (const Finding &f : findings->findings()) {
            if (f.kind == QStringLiteral("halfwidth-punctuation") &&
                f.placeText == QStringLiteral("S1.A1.P1:10")) {
                return true;
            }
        }
        return false;
    };
    CHECK(hasComma());
    auto *tabs = screen.findChild<QTabWidget *>();
    REQUIRE(tabs);
    CHECK(tabs->tabText(tabs->indexOf(findings)).startsWith(QStringLiteral("Preflight (")));

    approveAs(screen, QStringLiteral("王审"), QStringLiteral("pw-wang-2"));
    CHECK(status() == IssueStatus::AwaitingReview);
    CHECK(child<QLabel>(screen, "signoffMessage")
              ->text()
              .contains(QStringLiteral("cannot pass it until they are fixed")));
    CHECK(tabs->currentWidget() == findings);
    CHECK(child<QLineEdit>(screen, "signoffPassword")->text().isEmpty());

    // Fixed by the editor (which voids 编校's signature), handed in again: now it passes.
    Issue fixed = IssueRepository(db).load(674).value();
    fixed.sections[0].articles[0].paragraphs[0].text =
        RichText(QStringLiteral("县里八日召开推进会，各乡镇参加"));
    REQUIRE(IssueRepository(db).save(fixed));
    screen.reload();
    approveAs(screen, QStringLiteral("李编"), QStringLiteral("pw-li-11"));
    INFO(child<QLabel>(screen, "signoffMessage")->text().toStdString());
    REQUIRE(status() == IssueStatus::AwaitingReview);
    approveAs(screen, QStringLiteral("王审"), QStringLiteral("pw-wang-2"));
    CHECK(status() == IssueStatus::AwaitingSignature);
}
