// The administrator key in the window: the 签发 screen shows the fingerprint `people list`
// prints; when the archive at the same path holds another administrator key, the window warns
// on opening, the screen names both fingerprints and sign-off stays off until the new key is
// confirmed. Retiring a person from the screen takes the administrator's password.
#include "appfixture.h"

#include "app/mainwindow.h"
#include "app/signoff/adminkeybanner.h"
#include "app/signoff/retirepersondialog.h"
#include "app/signoff/signoffscreen.h"
#include "storage/signoff/adminkeypin.h"
#include "storage/signoff/peoplestore.h"
#include "support/fixtures.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimer>

using namespace kuaibao;
using namespace kuaibao::test;

namespace {

// An archive with issue 674 and 李编 (the administrator) and 王审.
struct KeyFixture : AppFixture {
    KeyFixture() {
        PeopleStore people(*database);
        REQUIRE(people.add(QStringLiteral("李编"), {QStringLiteral("编校")}, "pw-li-11"));
        REQUIRE(people.add(QStringLiteral("王审"), {QStringLiteral("审核")}, "pw-wang-22",
                           Credentials{QStringLiteral("李编"), "pw-li-11"}));
        REQUIRE(IssueRepository(*database).save(fullFixtureIssue(674)));
    }

    // The administrator key's fingerprint as `kuaibao-cli people list` prints it.
    QString listedFingerprint() const {
        // A settings folder of its own each time: the CLI's memory of keys stays out of it.
        const QTemporaryDir config;
        REQUIRE(config.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
        const CliRun list = runCli({QStringLiteral("--db"), databasePath(),
                                    QStringLiteral("people"), QStringLiteral("list")},
                                   {}, env);
        REQUIRE(list.exitCode == 0);
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("key fingerprint ([0-9a-f]{4}( [0-9a-f]{4}){7})"))
                .match(list.out);
        REQUIRE(m.hasMatch());
        return m.captured(1);
    }

    // Puts another archive at the same path, whose administrator (假编) has another key.
    void replaceArchive() {
        database.reset();
        REQUIRE(QFile::remove(databasePath()));
        auto opened = Database::open(databasePath());
        REQUIRE(opened);
        database = std::move(opened).value();
        PeopleStore people(*database);
        REQUIRE(people.add(QStringLiteral("假编"), {QStringLiteral("编校")}, "pw-fake-1"));
        REQUIRE(people.add(QStringLiteral("王审"), {QStringLiteral("审核")}, "pw-wang-22",
                           Credentials{QStringLiteral("假编"), "pw-fake-1"}));
        REQUIRE(IssueRepository(*database).save(fullFixtureIssue(674)));
    }
};

template <typename T> T *child(QWidget &parent, const char *name) {
    T *found = parent.findChild<T *>(QString::fromUtf8(name));
    REQUIRE(found);
    return found;
}

} // namespace

TEST_CASE("signoff admin key: the sign-off screen shows the fingerprint people list prints",
          "[app][signoff][issue12]") {
    KeyFixture f;
    const QString fingerprint = f.listedFingerprint();
    SignoffScreen screen(*f.database);
    CHECK(child<QLabel>(screen, "adminKeyFingerprint")->text() ==
          QStringLiteral("Administrator: 李编 · key fingerprint ") + fingerprint);
    CHECK(child<QLabel>(screen, "adminKeyWarning")->isHidden());
    CHECK(child<QPushButton>(screen, "adminKeyConfirm")->isHidden());
    CHECK(child<QPushButton>(screen, "signoffApprove")->isEnabled());
    CHECK(child<QPushButton>(screen, "addPerson")->isEnabled());
}

TEST_CASE("signoff admin key: another administrator key at the same path turns sign-off off "
          "until it is confirmed",
          "[app][signoff][issue12]") {
    KeyFixture f;
    const QString first = f.listedFingerprint();
    { SignoffScreen seen(*f.database); } // this computer now remembers the first key
    f.replaceArchive();
    const QString second = f.listedFingerprint();
    REQUIRE(first != second);

    SignoffScreen screen(*f.database);
    REQUIRE(screen.selectPerson(QStringLiteral("假编")));
    QLabel *warning = child<QLabel>(screen, "adminKeyWarning");
    CHECK_FALSE(warning->isHidden());
    CHECK(warning->text().contains(QStringLiteral("has CHANGED")));
    CHECK(warning->text().contains(first));
    CHECK(warning->text().contains(second));
    CHECK(warning->text().contains(QStringLiteral("call the administrator")));
    CHECK(child<QLabel>(screen, "adminKeyFingerprint")->text().endsWith(second));
    CHECK_FALSE(child<QPushButton>(screen, "signoffApprove")->isEnabled());
    CHECK_FALSE(child<QPushButton>(screen, "addPerson")->isEnabled());
    CHECK_FALSE(child<QPushButton>(screen, "retirePerson")->isEnabled());
    CHECK(child<QLabel>(screen, "signoffMessage")->text() == warning->text());
    // Reopening the screen does not make the warning go away.
    screen.reload();
    CHECK_FALSE(child<QPushButton>(screen, "signoffApprove")->isEnabled());

    // Confirming asks first; "Yes" makes this computer remember the new key.
    QTimer::singleShot(0, [] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
                box->button(QMessageBox::Yes)->click();
            }
        }
    });
    child<QPushButton>(screen, "adminKeyConfirm")->click();
    CHECK(warning->isHidden());
    CHECK(child<QPushButton>(screen, "signoffApprove")->isEnabled());
    CHECK(AdminKeyPin::check(f.databasePath(), second).outcome == PinCheck::Outcome::Same);
}

TEST_CASE("signoff admin key: the window warns on opening an archive whose key changed",
          "[app][signoff][issue12]") {
    KeyFixture f;
    const QString first = f.listedFingerprint();
    const QString stale = QStringLiteral("0000 1111 2222 3333 4444 5555 6666 7777");
    AdminKeyPin::remember(f.databasePath(), stale); // as if the pin store had another key
    QString shown;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *box = qobject_cast<QMessageBox *>(w);
            if (box && box->isVisible() &&
                box->objectName() == QLatin1String("adminKeyChangedAlert")) {
                shown = box->text();
                box->accept();
            }
        }
    });
    poll.start(20);
    MainWindow window(*f.database, f.settingsPath());
    showAndActivate(window);
    REQUIRE(waitUntil([&] { return !shown.isEmpty(); }, 10000));
    poll.stop();
    CHECK(shown.contains(stale));
    CHECK(shown.contains(first));
    CHECK(shown.contains(QStringLiteral("Do not sign")));
}

TEST_CASE("signoff admin key: retiring a person from the screen takes the administrator's "
          "password",
          "[app][signoff][issue12]") {
    KeyFixture f;
    SignoffScreen screen(*f.database);
    RetirePersonDialog dialog(*f.database, &screen);
    QComboBox *person = child<QComboBox>(dialog, "retirePerson");
    REQUIRE(person->count() == 1); // the administrator cannot be retired
    CHECK(person->currentText() == QStringLiteral("王审"));
    child<QLineEdit>(dialog, "retireAdminPassword")->setText(QStringLiteral("wrong-pw-1"));
    CHECK_FALSE(dialog.submit());
    CHECK(child<QLabel>(dialog, "retireError")->text().contains(QStringLiteral("wrong password")));
    CHECK_FALSE(PeopleStore(*f.database).find(QStringLiteral("王审")).value().retired());

    child<QLineEdit>(dialog, "retireAdminPassword")->setText(QStringLiteral("pw-li-11"));
    CHECK(dialog.submit());
    CHECK(PeopleStore(*f.database).find(QStringLiteral("王审")).value().retired());
    screen.reload();
    CHECK(child<QComboBox>(screen, "signoffPerson")->findText(QStringLiteral("王审")) < 0);
    CHECK_FALSE(screen.selectPerson(QStringLiteral("王审")));
}
