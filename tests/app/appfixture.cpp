#include "appfixture.h"

#include "storage/issuecreation.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QTest>
#include <QWidget>

namespace kuaibao::test {

AppFixture::AppFixture() {
    REQUIRE(dir.isValid());
    auto opened = Database::open(databasePath());
    REQUIRE(opened.ok());
    database = std::move(*opened);
}

Issue AppFixture::createIssue() {
    IssueRepository repository(*database);
    NewIssueRequest request;
    request.date = QDate(2025, 6, 12);
    Result<Issue> created = createNextIssue(repository, request);
    REQUIRE(created.ok());
    return *created;
}

void typeText(QWidget *widget, const QString &text) {
    for (const QChar c : text) {
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs) {
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs) {
            return false;
        }
        QTest::qWait(20);
    }
    return true;
}

} // namespace kuaibao::test
