#include "appfixture.h"

#include "app/editor/articleview.h"
#include "app/editor/issueeditor.h"
#include "app/editor/richtextedit.h"
#include "app/editor/sectionview.h"
#include "app/mainwindow.h"
#include "storage/issuecreation.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <algorithm>

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

void showAndActivate(MainWindow &window) {
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);
}

RichTextEdit *startFirstArticle(MainWindow &window) {
    SectionView *first = window.editor()->sections().at(0);
    QTest::mouseClick(first->findChild<QPushButton *>(QStringLiteral("addPartButton")),
                      Qt::LeftButton);
    RichTextEdit *body = first->articles().at(0)->body();
    body->setFocus();
    return body;
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

qint64 longestStall(int ms) {
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0;
    qint64 longest = 0;
    QTimer tick;
    tick.setInterval(20);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        longest = std::max(longest, clock.elapsed() - last);
        last = clock.elapsed();
    });
    tick.start();
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
    return std::max(longest, clock.elapsed() - last);
}

} // namespace kuaibao::test
