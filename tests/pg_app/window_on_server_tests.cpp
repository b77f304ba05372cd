// The window on a real PostgreSQL server: connecting through 文件 ▸ 连接到服务器… (asking for the
// password libpq lacks, remembering the server and never the password), a server not set up,
// another process's new issue shown live, and an issue another process edits shown read-only.
#include "app/appfixture.h"
#include "pg/pgsupport.h"

#include "app/editingsession.h"
#include "app/issuelistpanel.h"
#include "app/mainwindow.h"
#include "app/office/archiveopening.h"
#include "app/office/archiveswitch.h"
#include "app/office/connectserverdialog.h"
#include "app/office/leasebanner.h"
#include "app/office/officefeatures.h"
#include "app/windowsettings.h"
#include "core/translations.h"
#include "storage/issuerepository.h"
#include "support/fixtures.h"
#include "ui_connectserverdialog.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QUrl>

using namespace kuaibao;
using namespace kuaibao::test;

namespace {

// The clerk's password, from the test server's password file.
QString clerkPassword() {
    const QStringList lines = QString::fromUtf8(readFile(qEnvironmentVariable("PGPASSFILE")))
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QStringList fields = line.split(QLatin1Char(':'));
        if (fields.size() == 5 && fields.at(3) == QLatin1String("clerk")) {
            return fields.at(4);
        }
    }
    return {};
}

void fillForm(ConnectServerDialog &dialog, const QString &url) {
    const QUrl parsed(url);
    dialog.ui().hostEdit->setText(parsed.host());
    dialog.ui().portSpin->setValue(parsed.port());
    dialog.ui().databaseEdit->setText(parsed.path().mid(1));
    dialog.ui().userEdit->setText(parsed.userName());
    dialog.ui().sslCombo->setCurrentIndex(
        dialog.ui().sslCombo->findData(QStringLiteral("disable")));
}

bool listed(MainWindow &window, int number) {
    QTreeWidget *tree = window.issueList()->tree();
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        tree->topLevelItem(i)->setExpanded(true);
    }
    return !tree->findItems(QStringLiteral("No. %1").arg(number),
                            Qt::MatchExactly | Qt::MatchRecursive, 0)
                .isEmpty();
}

} // namespace

TEST_CASE("the window connects to the server, asking for the password libpq lacks, and "
          "remembers the server but never the password",
          "[pg][window][connect]") {
    KUAIBAO_PG_DATABASE(db);
    initServer(db);
    const QString password = clerkPassword();
    REQUIRE_FALSE(password.isEmpty());
    {
        auto setup = Database::open(db.clerkUrl());
        REQUIRE(setup);
        REQUIRE(IssueRepository(**setup).save(fullFixtureIssue(31)));
    }
    const QByteArray passFile = qgetenv("PGPASSFILE");
    qputenv("PGPASSFILE", "/nonexistent"); // libpq has no password now
    AppFixture fixture;
    MainWindow window(*fixture.database, fixture.settingsPath());
    showAndActivate(window);
    QStringList asked;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<ConnectServerDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        fillForm(*dialog, db.clerkUrl());
        dialog->setPasswordPrompt([&](const QString &who, bool retry) {
            asked << who + (retry ? QStringLiteral(" again") : QString());
            return std::optional<QString>(retry ? password : QStringLiteral("wrong"));
        });
        dialog->accept();
    });
    window.officeFeatures()->connectToServer();
    qputenv("PGPASSFILE", passFile);
    REQUIRE(asked.size() == 2);
    CHECK(asked.at(1).endsWith(QStringLiteral(" again")));
    const QString address = ArchiveSwitch::take();
    CHECK(address.startsWith(QStringLiteral("postgresql://clerk@")));
    CHECK(address.contains(QStringLiteral("sslmode=disable")));
    CHECK(WindowSettings(fixture.settingsPath()).server() == address);
    CHECK_FALSE(readFile(fixture.settingsPath()).contains(password.toUtf8()));

    // The next start opens the server remembered, with the password typed in this run.
    qunsetenv("KUAIBAO_DB");
    CHECK(ArchiveSwitch::startingArchive({}, WindowSettings(fixture.settingsPath())) == address);
    qputenv("PGPASSFILE", "/nonexistent");
    Result<OpenedArchive> opened = openArchiveAtStart(address);
    qputenv("PGPASSFILE", passFile);
    REQUIRE(opened);
    CHECK(opened->database->isServer());
    MainWindow onServer(*opened->database, fixture.settingsPath());
    showAndActivate(onServer);
    CHECK(listed(onServer, 31));
}

TEST_CASE("connecting to a server database not set up says to run server init, in Chinese",
          "[pg][window][connect]") {
    installTranslations(QLocale(QStringLiteral("zh_CN"))); // this case runs in a process of its own
    KUAIBAO_PG_DATABASE(db);
    ConnectServerDialog dialog({});
    fillForm(dialog, db.clerkUrl());
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.errorText().startsWith(QStringLiteral("无法连接：")));
    CHECK(dialog.errorText().contains(QStringLiteral("尚未为快报设置")));
    CHECK(dialog.errorText().contains(QStringLiteral("server init")));
}

TEST_CASE("a window on the server shows another process's new issue and an issue it edits "
          "read-only",
          "[pg][window][live]") {
    KUAIBAO_PG_DATABASE(db);
    initServer(db);
    auto opened = Database::open(db.clerkUrl());
    REQUIRE(opened);
    REQUIRE(IssueRepository(**opened).save(fullFixtureIssue(31)));
    QTemporaryDir dir;
    MainWindow window(**opened, dir.filePath(QStringLiteral("settings.ini")));
    showAndActivate(window);
    REQUIRE(window.currentDocument());
    REQUIRE_FALSE(window.session()->isReadOnly());

    const CliRun created =
        runCli({QStringLiteral("--db"), db.clerkUrl(), QStringLiteral("dev"),
                QStringLiteral("save-loop"), QStringLiteral("--numbers"), QStringLiteral("900"),
                QStringLiteral("--count"), QStringLiteral("1")});
    INFO(created.err.toStdString());
    REQUIRE(created.exitCode == 0);
    CHECK(waitUntil([&] { return listed(window, 900); }, 2000));

    QProcess holder;
    holder.start(QStringLiteral(KUAIBAO_CLI_PATH),
                 {QStringLiteral("--db"), db.clerkUrl(), QStringLiteral("dev"),
                  QStringLiteral("hold-lease"), QStringLiteral("900"), QStringLiteral("--as"),
                  QStringLiteral("张三@pc-9")});
    REQUIRE(holder.waitForStarted(30000));
    REQUIRE(holder.waitForReadyRead(30000));
    REQUIRE(holder.readLine().contains("holding"));
    const qint64 id900 = IssueRepository(**opened).load(900).value().storageId;
    REQUIRE(window.openIssue(id900));
    CHECK(window.session()->isReadOnly());
    LeaseBanner *banner = window.officeFeatures()->leaseBanner();
    CHECK(banner->text()->text().startsWith(QStringLiteral("Being edited by 张三@pc-9 (since ")));
    holder.kill(); // on this computer: free at once
    holder.waitForFinished(10000);
    CHECK(waitUntil([&] { return banner->editButton()->isVisible(); }, 5000));
}
