// The server goes away while someone types: the window keeps the edits (in memory and in a
// recovery file), says 与服务器的连接已断开，正在重试, and saves them once the server is back.
#include "app/appfixture.h"
#include "pg/pgsupport.h"

#include "app/editor/articleview.h"
#include "app/editor/issueeditor.h"
#include "app/editor/richtextedit.h"
#include "app/editor/sectionview.h"
#include "app/mainwindow.h"
#include "app/office/connectionkeeper.h"
#include "app/office/officefeatures.h"
#include "core/document/issuedocument.h"
#include "storage/issuecreation.h"
#include "storage/issuerepository.h"

#include <QFile>
#include <QLabel>
#include <QProcess>

using namespace kuaibao;
using namespace kuaibao::test;

namespace {

QString storedText(const QString &url, int number) {
    auto db = Database::open(url);
    REQUIRE(db);
    const Issue issue = IssueRepository(**db).load(number).value();
    QString text;
    for (const Section &section : issue.sections) {
        for (const Article &article : section.articles) {
            for (const Paragraph &paragraph : article.paragraphs) {
                text += paragraph.text.plainText();
            }
        }
    }
    return text;
}

} // namespace

TEST_CASE("the server goes away while typing: the edits are kept, the window says it retries, "
          "and saves them when the server is back",
          "[pg][window][restart]") {
    KUAIBAO_PG_DATABASE(db);
    if (const QString reason = PgTestDatabase::cannotRestartReason(); !reason.isEmpty()) {
        KUAIBAO_SKIP(reason);
    }
    initServer(db);
    QTemporaryDir home; // recovery files of this test only
    const QByteArray realHome = qgetenv("HOME");
    qputenv("HOME", QFile::encodeName(home.path()));
    auto opened = Database::open(db.clerkUrl());
    REQUIRE(opened);
    NewIssueRequest request;
    request.date = QDate(2025, 6, 12);
    IssueRepository repository(**opened);
    const Issue issue = createNextIssue(repository, request).value();
    MainWindow window(**opened, home.filePath(QStringLiteral("settings.ini")));
    showAndActivate(window);
    REQUIRE(window.currentDocument());
    auto *saveState = window.findChild<QLabel *>(QStringLiteral("saveState"));
    RichTextEdit *body = startFirstArticle(window);
    typeText(body, QStringLiteral("断线前"));
    REQUIRE(waitUntil([&] { return saveState->text().startsWith(QStringLiteral("Saved")); }, 5000));

    QProcess restart; // the server stops, stays away 4 s, and starts again
    restart.start(QStringLiteral("bash"),
                  {QStringLiteral(KUAIBAO_SOURCE_DIR "/scripts/pg-test-server.sh"),
                   QStringLiteral("restart"), qEnvironmentVariable("KUAIBAO_TEST_PG_STATE"),
                   QStringLiteral("4")});
    REQUIRE(restart.waitForStarted(10000));
    waitUntil([] { return false; }, 1500); // it has stopped by now
    typeText(body, QStringLiteral("断线时输入的字"));
    CHECK(waitUntil(
        [&] {
            return saveState->text() ==
                   QStringLiteral("The connection to the server was lost; retrying");
        },
        6000));
    ConnectionKeeper *keeper = window.officeFeatures()->connectionKeeper();
    const QString kept = keeper->recoveryFile();
    REQUIRE_FALSE(kept.isEmpty());
    CHECK(QString::fromUtf8(readFile(kept)).contains(QStringLiteral("断线时输入的字")));
    CHECK(body->toPlainText().contains(QStringLiteral("断线时输入的字")));

    REQUIRE(waitUntil([&] { return restart.state() == QProcess::NotRunning; }, 60000));
    INFO(restart.readAllStandardError().toStdString());
    REQUIRE(restart.exitCode() == 0);
    CHECK(waitUntil([&] { return saveState->text().startsWith(QStringLiteral("Saved")); }, 15000));
    CHECK_FALSE(window.currentDocument()->isModified());
    CHECK(storedText(db.clerkUrl(), issue.masthead.number)
              .contains(QStringLiteral("断线前断线时输入的字")));
    CHECK_FALSE(QFile::exists(kept)); // set aside: nothing to offer at the next start
    qputenv("HOME", realHome);
}
