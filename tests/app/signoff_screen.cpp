// The sign-off screen driven like a person would: pick yourself, type the password, click.
#include "app/signoff/addpersondialog.h"
#include "app/signoff/signoffscreen.h"
#include "app/signoff/tamperalert.h"
#include "storage/database.h"
#include "storage/issuerepository.h"
#include "storage/signoff/peoplestore.h"
#include "storage/sqlutil.h"
#include "support/fixtures.h"

#include <QApplication>
#include <QCheckBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace kuaibao;

namespace {

// An archive with issue 674 and three people, and a screen on it.
struct ScreenFixture {
    QTemporaryDir dir;
    std::unique_ptr<Database> db;

    ScreenFixture() {
        auto opened = Database::open(dir.filePath(QStringLiteral("k.db")));
        REQUIRE(opened);
        db = std::move(opened).value();
        PeopleStore people(*db);
        REQUIRE(people.add(QStringLiteral("李编"), {QStringLiteral("编校")}, "pw-li-11"));
        REQUIRE(people.add(QStringLiteral("王审"), {QStringLiteral("审核")}, "pw-wang-2",
                           Credentials{QStringLiteral("李编"), "pw-li-11"}));
        REQUIRE(IssueRepository(*db).save(test::fullFixtureIssue(674)));
    }
    IssueStatus status() const { return IssueRepository(*db).load(674).value().status; }
};

template <typename T> T *child(QWidget &parent, const char *name) {
    T *found = parent.findChild<T *>(QString::fromUtf8(name));
    REQUIRE(found);
    return found;
}

void typePassword(SignoffScreen &screen, const QString &password) {
    child<QLineEdit>(screen, "signoffPassword")->setText(password);
}

} // namespace

TEST_CASE("signoff screen: signing with the password moves the issue on and empties my queue") {
    ScreenFixture f;
    SignoffScreen screen(*f.db);
    REQUIRE(screen.selectPerson(QStringLiteral("李编")));
    QListWidget *queue = child<QListWidget>(screen, "signoffQueue");
    REQUIRE(queue->count() == 1);
    CHECK(queue->item(0)->text().contains(QStringLiteral("674")));
    CHECK(child<QPlainTextEdit>(screen, "issueTextPreview")
              ->toPlainText()
              .contains(QStringLiteral("门前三包")));

    typePassword(screen, QStringLiteral("wrong-one"));
    child<QPushButton>(screen, "signoffApprove")->click();
    CHECK(
        child<QLabel>(screen, "signoffMessage")->text().contains(QStringLiteral("wrong password")));
    CHECK(f.status() == IssueStatus::Draft);
    CHECK(child<QLineEdit>(screen, "signoffPassword")->text().isEmpty());

    typePassword(screen, QStringLiteral("pw-li-11"));
    child<QPushButton>(screen, "signoffApprove")->click();
    CHECK(f.status() == IssueStatus::AwaitingReview);
    CHECK(queue->count() == 0);
    CHECK_FALSE(child<QPushButton>(screen, "signoffApprove")->isEnabled());

    REQUIRE(screen.selectPerson(QStringLiteral("王审")));
    REQUIRE(queue->count() == 1);
    CHECK(child<QTreeWidget>(screen, "signoffLog")->topLevelItemCount() == 1);
}

TEST_CASE(
    "signoff screen: returning needs a remark, which the editor then sees and marks dealt with") {
    ScreenFixture f;
    SignoffScreen screen(*f.db);
    REQUIRE(screen.selectPerson(QStringLiteral("李编")));
    typePassword(screen, QStringLiteral("pw-li-11"));
    child<QPushButton>(screen, "signoffApprove")->click();
    REQUIRE(f.status() == IssueStatus::AwaitingReview);

    REQUIRE(screen.selectPerson(QStringLiteral("王审")));
    typePassword(screen, QStringLiteral("pw-wang-2"));
    child<QPushButton>(screen, "signoffReturn")->click();
    CHECK(child<QLabel>(screen, "signoffMessage")->text().contains(QStringLiteral("remark")));
    CHECK(f.status() == IssueStatus::AwaitingReview);

    child<QPlainTextEdit>(screen, "signoffRemark")
        ->setPlainText(QStringLiteral("第一段请补充时间"));
    typePassword(screen, QStringLiteral("pw-wang-2"));
    child<QPushButton>(screen, "signoffReturn")->click();
    CHECK(f.status() == IssueStatus::Draft);

    REQUIRE(screen.selectPerson(QStringLiteral("李编")));
    QListWidget *remarks = child<QListWidget>(screen, "openRemarks");
    REQUIRE(remarks->count() == 1);
    CHECK(remarks->item(0)->text().contains(QStringLiteral("第一段请补充时间")));
    // Marking it dealt with is a signed act: the screen asks for 李编's password.
    QTimer::singleShot(0, [] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<QInputDialog *>(w); dialog && dialog->isVisible()) {
                dialog->setTextValue(QStringLiteral("pw-li-11"));
                dialog->accept();
            }
        }
    });
    child<QPushButton>(screen, "resolveRemark")->click();
    CHECK(remarks->count() == 0);
}

TEST_CASE("signoff screen: the changes tab shows what changed since I last saw the issue") {
    ScreenFixture f;
    SignoffScreen screen(*f.db);
    REQUIRE(screen.selectPerson(QStringLiteral("李编")));
    QTextBrowser *changes = child<QTextBrowser>(screen, "signoffChanges");
    CHECK(changes->toPlainText().contains(QStringLiteral("not seen this issue")));

    Issue edited = IssueRepository(*f.db).load(674).value();
    edited.sections[1].articles[0].paragraphs[0].text = RichText(QStringLiteral("整改已完成。"));
    REQUIRE(IssueRepository(*f.db).save(edited));
    screen.reload();
    CHECK(changes->toPlainText().contains(
        QStringLiteral("section 2 (检查督导), article 1, paragraph 1")));
    CHECK(changes->toPlainText().contains(QStringLiteral("整改已完成。")));

    screen.reload(); // seen now: nothing new
    CHECK(changes->toPlainText().contains(QStringLiteral("Nothing changed")));
}

TEST_CASE("signoff screen: the open-archive check names tampered issues") {
    ScreenFixture f;
    PeopleStore(*f.db)
        .add(QStringLiteral("赵签"), {QStringLiteral("核签")}, "pw-zhao-3",
             Credentials{QStringLiteral("李编"), "pw-li-11"})
        .value();
    SignoffService service(*f.db);
    REQUIRE(service.sign({674}, QStringLiteral("编校"), QStringLiteral("李编"), "pw-li-11"));
    CHECK(SignoffVerifier(*f.db).findTampered().value().isEmpty());
    REQUIRE(execSql(f.db->connection(),
                    QStringLiteral("UPDATE sections SET name = '督查' WHERE position = 1")));
    const QList<VerifyReport> found = SignoffVerifier(*f.db).findTampered().value();
    REQUIRE(found.size() == 1);
    CHECK(tamperWarningText(found).contains(QStringLiteral("Issue 674")));
    CHECK(tamperWarningText(found).contains(
        QStringLiteral("section 2 (督查), name: signed “检查督导”, now “督查”")));

    SignoffScreen screen(*f.db); // the screen marks it too, for the next signer
    REQUIRE(screen.selectPerson(QStringLiteral("王审")));
    CHECK(child<QLabel>(screen, "signoffMessage")
              ->text()
              .contains(QStringLiteral("no longer matches what was signed")));
}

TEST_CASE("signoff screen: adding a person checks the password twice and the name") {
    ScreenFixture f;
    AddPersonDialog dialog(*f.db);
    child<QLineEdit>(dialog, "personName")->setText(QStringLiteral("孙核"));
    child<QCheckBox>(dialog, "personRole_核签")->setChecked(true);
    child<QLineEdit>(dialog, "personPassword")->setText(QStringLiteral("pw-sun-4"));
    child<QLineEdit>(dialog, "personPasswordRepeat")->setText(QStringLiteral("pw-sun-5"));
    CHECK_FALSE(dialog.submit());
    CHECK(child<QLabel>(dialog, "personError")->text().contains(QStringLiteral("differ")));

    // The archive has an administrator (李编, the first person added): without that password
    // nobody is added.
    child<QLineEdit>(dialog, "personPassword")->setText(QStringLiteral("pw-sun-4"));
    child<QLineEdit>(dialog, "personPasswordRepeat")->setText(QStringLiteral("pw-sun-4"));
    CHECK(child<QLineEdit>(dialog, "adminName")->text() == QStringLiteral("李编"));
    child<QLineEdit>(dialog, "adminPassword")->setText(QStringLiteral("not-the-admin-pw"));
    CHECK_FALSE(dialog.submit());
    CHECK(child<QLabel>(dialog, "personError")->text().contains(QStringLiteral("wrong password")));

    child<QLineEdit>(dialog, "personName")->setText(QStringLiteral("李编"));
    child<QLineEdit>(dialog, "personPassword")->setText(QStringLiteral("pw-sun-4"));
    child<QLineEdit>(dialog, "personPasswordRepeat")->setText(QStringLiteral("pw-sun-4"));
    child<QLineEdit>(dialog, "adminPassword")->setText(QStringLiteral("pw-li-11"));
    CHECK_FALSE(dialog.submit());
    CHECK(child<QLabel>(dialog, "personError")
              ->text()
              .contains(QStringLiteral("already in the people list")));

    child<QLineEdit>(dialog, "personName")->setText(QStringLiteral("孙核"));
    child<QLineEdit>(dialog, "personPassword")->setText(QStringLiteral("pw-sun-4"));
    child<QLineEdit>(dialog, "personPasswordRepeat")->setText(QStringLiteral("pw-sun-4"));
    child<QLineEdit>(dialog, "adminPassword")->setText(QStringLiteral("pw-li-11"));
    CHECK(dialog.submit());
    const Person added = PeopleStore(*f.db).find(QStringLiteral("孙核")).value();
    CHECK(added.roles == QStringList{QStringLiteral("核签")});
    CHECK(PeopleStore(*f.db).authenticate(QStringLiteral("孙核"), "pw-sun-4"));
}
