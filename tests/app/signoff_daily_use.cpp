// The sign-off screen and its marks in the main window, as people use them in a week: seen
// only by whoever signed in, an empty password is no attempt, the focus stays, and a return
// remark shows on the issue and in the archive list.
#include "appfixture.h"

#include "app/issuelistpanel.h"
#include "app/mainwindow.h"
#include "app/signoff/issuepreview.h"
#include "app/signoff/signoffscreen.h"
#include "core/document/issuedocument.h"
#include "storage/signoff/peoplestore.h"
#include "storage/signoff/signoffqueue.h"
#include "storage/signoff/signoffservice.h"
#include "support/fixtures.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>

using namespace kuaibao;
using namespace kuaibao::test;

namespace {

// An archive with issues 674 and 675 and two people, 李编 first in the list.
struct PeopleFixture : AppFixture {
    PeopleFixture() {
        PeopleStore people(*database);
        REQUIRE(people.add(QStringLiteral("李编"), {QStringLiteral("编校")}, "pw-li-11"));
        REQUIRE(people.add(QStringLiteral("王审"), {QStringLiteral("审核")}, "pw-wang-22",
                           Credentials{QStringLiteral("李编"), "pw-li-11"}));
        REQUIRE(IssueRepository(*database).save(fullFixtureIssue(674)));
    }
    qint64 idOf(int number) const {
        return IssueRepository(*database).load(number).value().storageId;
    }
    IssueStatus status(int number) const {
        return IssueRepository(*database).load(number).value().status;
    }
};

template <typename T> T *child(QWidget &parent, const char *name) {
    T *found = parent.findChild<T *>(QString::fromUtf8(name));
    REQUIRE(found);
    return found;
}

QString changesText(SignoffScreen &screen) {
    return child<QTextBrowser>(screen, "signoffChanges")->toPlainText();
}

} // namespace

TEST_CASE("sign-off: an issue is seen only by the person who picked their name",
          "[app][signoff][issue14]") {
    PeopleFixture f;
    const qint64 id = f.idOf(674);
    SignoffQueue queue(*f.database);
    SignoffScreen screen(*f.database);
    screen.setPreviewFactory(textIssuePreview); // as the main window does, after construction
    // Nobody signed in yet: 李编 is only first in the list.
    CHECK(queue.lastSeenBy(QStringLiteral("李编"), id).value().isEmpty());
    CHECK(queue.lastSeenBy(QStringLiteral("王审"), id).value().isEmpty());

    REQUIRE(screen.selectPerson(QStringLiteral("李编")));
    CHECK(changesText(screen).contains(QStringLiteral("not seen this issue")));
    CHECK_FALSE(queue.lastSeenBy(QStringLiteral("李编"), id).value().isEmpty());
    // A new view of the pages does not wipe the 变更 tab or count as seeing it again.
    screen.setPreviewFactory(textIssuePreview);
    CHECK(changesText(screen).contains(QStringLiteral("not seen this issue")));
    CHECK(queue.lastSeenBy(QStringLiteral("王审"), id).value().isEmpty());
}

TEST_CASE("sign-off: an empty password is no attempt and never locks anyone out",
          "[app][signoff][issue14]") {
    PeopleFixture f;
    SignoffScreen screen(*f.database);
    screen.show();
    REQUIRE(QTest::qWaitForWindowExposed(&screen));
    REQUIRE(screen.selectPerson(QStringLiteral("李编")));
    auto *remark = child<QPlainTextEdit>(screen, "signoffRemark");
    QTest::mouseClick(remark->viewport(), Qt::LeftButton);
    typeText(QApplication::focusWidget(), QStringLiteral("请补充时间"));
    for (int i = 0; i < 7; ++i) {
        QTest::mouseClick(child<QPushButton>(screen, "signoffReturn"), Qt::LeftButton);
        CHECK(child<QLabel>(screen, "signoffMessage")->text().contains(QStringLiteral("password")));
    }
    CHECK(QApplication::focusWidget() == child<QLineEdit>(screen, "signoffPassword"));
    CHECK(f.status(674) == IssueStatus::Draft);
    // Seven empty tries later the right password still works: nothing was counted.
    typeText(QApplication::focusWidget(), QStringLiteral("pw-li-11"));
    QTest::mouseClick(child<QPushButton>(screen, "signoffApprove"), Qt::LeftButton);
    CHECK(f.status(674) == IssueStatus::AwaitingReview);
}

TEST_CASE("sign-off: the focus stays where it was after signing", "[app][signoff][issue14]") {
    PeopleFixture f;
    REQUIRE(IssueRepository(*f.database).save(fullFixtureIssue(675)));
    SignoffScreen screen(*f.database);
    screen.show();
    REQUIRE(QTest::qWaitForWindowExposed(&screen));
    REQUIRE(screen.selectPerson(QStringLiteral("李编")));
    REQUIRE(child<QListWidget>(screen, "signoffQueue")->count() == 2);
    auto *password = child<QLineEdit>(screen, "signoffPassword");
    QTest::mouseClick(password, Qt::LeftButton);
    REQUIRE(QApplication::focusWidget() == password);
    typeText(password, QStringLiteral("pw-li-11"));
    QTest::keyClick(password, Qt::Key_Tab); // to 退回, then to 通过
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    auto *approve = child<QPushButton>(screen, "signoffApprove");
    REQUIRE(QApplication::focusWidget() == approve);
    QTest::keyClick(approve, Qt::Key_Space);
    CHECK(child<QListWidget>(screen, "signoffQueue")->count() == 1);
    CHECK(QApplication::focusWidget() == approve);
}

TEST_CASE("sign-off: the empty-list message goes once people exist", "[app][signoff][issue14]") {
    AppFixture f;
    SignoffScreen screen(*f.database);
    auto *message = child<QLabel>(screen, "signoffMessage");
    CHECK(message->text().contains(QStringLiteral("Nobody is in the people list")));
    REQUIRE(
        PeopleStore(*f.database).add(QStringLiteral("李编"), {QStringLiteral("编校")}, "pw-li-11"));
    screen.reload();
    CHECK_FALSE(message->text().contains(QStringLiteral("Nobody is in the people list")));
}

TEST_CASE("sign-off: a return remark shows on the issue and in the archive list",
          "[app][signoff][issue14]") {
    PeopleFixture f;
    const qint64 id = f.idOf(674);
    SignoffService service(*f.database);
    REQUIRE(service.sign({674}, QStringLiteral("编校"), QStringLiteral("李编"), "pw-li-11"));
    REQUIRE(service.returnIssue({674}, QStringLiteral("审核"), QStringLiteral("王审"), "pw-wang-22",
                                QStringLiteral("第一段请补充时间")));
    MainWindow window(*f.database, f.settingsPath());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.currentDocument()->issue().storageId == id);
    QLabel *banner = window.issueBanner();
    CHECK(banner->isVisible());
    CHECK(banner->text().contains(QStringLiteral("第一段请补充时间")));
    CHECK(banner->text().contains(QStringLiteral("王审")));
    CHECK(window.issueList()->isMarkedReturned(id));

    const qint64 returnId =
        SignatureStore(f.database->connection()).returnsOf(id, true)->first().id;
    REQUIRE(service.resolveRemark({674}, returnId, QStringLiteral("李编"), "pw-li-11"));
    window.reloadArchive(id);
    CHECK_FALSE(banner->isVisible());
    CHECK_FALSE(window.issueList()->isMarkedReturned(id));
}
