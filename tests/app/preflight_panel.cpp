// The preflight panel beside the pages: findings follow the typing, a click selects the place
// in the editor, the fix button repairs it and Ctrl+Z brings it back.
#include "appfixture.h"

#include "app/editor/richtextedit.h"
#include "app/mainwindow.h"
#include "app/preflight/findingslist.h"
#include "app/preflightfeatures.h"
#include "core/document/issuedocument.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDateEdit>
#include <QDialog>
#include <QDockWidget>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using namespace kuaibao;
using namespace kuaibao::test;

namespace {

int rowOfKind(const FindingsList &panel, const QString &kind) {
    for (int i = 0; i < panel.findings().size(); ++i) {
        if (panel.findings().at(i).kind == kind) {
            return i;
        }
    }
    return -1;
}

QString firstBody(const IssueDocument &document) {
    return document.issue().sections.at(0).articles.at(0).paragraphs.first().text.plainText();
}

} // namespace

TEST_CASE("preflight panel: a clicked finding selects its place, its fix applies, Ctrl+Z undoes it",
          "[app][preflight]") {
    AppFixture fixture;
    fixture.createIssue();
    MainWindow window(*fixture.database, fixture.settingsPath());
    showAndActivate(window);
    FindingsList *panel = window.preflightFeatures()->panel();
    REQUIRE(window.preflightFeatures()->dock()->isVisible());
    IssueDocument *document = window.currentDocument();
    REQUIRE(document);

    RichTextEdit *body = startFirstArticle(window);
    typeText(body, QStringLiteral("县里八日召开推进会,各乡镇参加"));
    const QString kind = QStringLiteral("halfwidth-punctuation");
    REQUIRE(waitUntil([&] { return rowOfKind(*panel, kind) >= 0; }, 3000));

    // A click on the finding puts the focus in the paragraph with the comma selected.
    QListWidget *list = panel->list();
    const int row = rowOfKind(*panel, kind);
    const QRect rect = list->visualItemRect(list->item(row));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    CHECK(body->hasFocus());
    CHECK(body->textCursor().selectedText() == QStringLiteral(","));

    // The fix button replaces it; the finding is gone.
    auto *fix = panel->findChild<QPushButton *>(QStringLiteral("findingFixButton"));
    REQUIRE(fix->isEnabled());
    QTest::mouseClick(fix, Qt::LeftButton);
    CHECK(firstBody(*document) == QStringLiteral("县里八日召开推进会，各乡镇参加"));
    CHECK(rowOfKind(*panel, kind) < 0);

    // Ctrl+Z, wherever the focus is, takes the fix back; the finding returns.
    QWidget *focused = QApplication::focusWidget();
    REQUIRE(focused);
    QTest::keyClick(focused, Qt::Key_Z, Qt::ControlModifier);
    CHECK(firstBody(*document) == QStringLiteral("县里八日召开推进会,各乡镇参加"));
    CHECK(waitUntil([&] { return rowOfKind(*panel, kind) >= 0; }, 3000));
}

TEST_CASE("preflight panel: a numbering gap typed in two paragraphs is renumbered by its fix",
          "[app][preflight]") {
    AppFixture fixture;
    fixture.createIssue();
    MainWindow window(*fixture.database, fixture.settingsPath());
    showAndActivate(window);
    FindingsList *panel = window.preflightFeatures()->panel();
    IssueDocument *document = window.currentDocument();
    REQUIRE(document);

    RichTextEdit *body = startFirstArticle(window);
    typeText(body, QStringLiteral("一、城关镇整改到位。"));
    QTest::keyClick(body, Qt::Key_Return);
    typeText(body, QStringLiteral("三、河口乡明显好转。"));
    const QString kind = QStringLiteral("numbering-gap");
    REQUIRE(waitUntil([&] { return rowOfKind(*panel, kind) >= 0; }, 3000));
    const int row = rowOfKind(*panel, kind);
    CHECK(panel->findings().at(row).placeText == QStringLiteral("S1.A1.P2:1"));

    QListWidget *list = panel->list();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(list->item(row)).center());
    CHECK(body->hasFocus());
    CHECK(body->textCursor().selectedText() == QStringLiteral("三"));
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("findingFixButton")),
                      Qt::LeftButton);
    const auto second = [&] {
        return document->issue().sections.at(0).articles.at(0).paragraphs.at(1).text.plainText();
    };
    CHECK(second() == QStringLiteral("二、河口乡明显好转。"));
    CHECK(rowOfKind(*panel, kind) < 0);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(second() == QStringLiteral("三、河口乡明显好转。"));
}

TEST_CASE("preflight before print: Ctrl+P on an issue with an error asks first, and shows it",
          "[app][preflight]") {
    AppFixture fixture;
    fixture.createIssue();
    MainWindow window(*fixture.database, fixture.settingsPath());
    showAndActivate(window);
    FindingsList *panel = window.preflightFeatures()->panel();
    window.preflightFeatures()->dock()->hide();

    RichTextEdit *body = startFirstArticle(window);
    typeText(body, QStringLiteral("县里八日召开推进会,各乡镇参加"));

    // Answers the next modal window to open with `button` (by object name), or closes it;
    // records what it was.
    QStringList seen;
    const auto answerWith = [&](const QString &button) {
        auto *poll = new QTimer(&window);
        poll->start(100);
        QObject::connect(poll, &QTimer::timeout, [&seen, button, poll] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal) {
                return;
            }
            poll->deleteLater();
            poll->stop();
            seen << modal->objectName() + QLatin1Char('|') +
                        QString::fromLatin1(modal->metaObject()->className());
            auto *box = qobject_cast<QMessageBox *>(modal);
            if (box) {
                seen.last() += QLatin1Char('|') + box->text();
            }
            auto *pick = button.isEmpty() ? nullptr : modal->findChild<QPushButton *>(button);
            if (pick) {
                QTest::mouseClick(pick, Qt::LeftButton);
            } else if (auto *dialog = qobject_cast<QDialog *>(modal)) {
                dialog->reject();
            } else {
                modal->close();
            }
        });
    };

    answerWith(QStringLiteral("showFindingsButton"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_P, Qt::ControlModifier);
    REQUIRE(waitUntil([&] { return !seen.isEmpty(); }, 3000));
    INFO(seen.join(QLatin1Char('\n')).toStdString());
    CHECK(seen.first().startsWith(QStringLiteral("outputPreflightQuestion|QMessageBox|")));
    CHECK(seen.first().contains(QStringLiteral("S1.A1.P1:10")));
    QTest::qWait(300);
    CHECK(seen.size() == 1); // no print dialog after "show the findings"
    // A desktop's window manager gives the window back its activation when the question closes.
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    CHECK(window.preflightFeatures()->dock()->isVisible());
    CHECK(panel->list()->currentRow() ==
          rowOfKind(*panel, QStringLiteral("halfwidth-punctuation")));
    CHECK(body->hasFocus());
    CHECK(body->textCursor().selectedText() == QStringLiteral(","));

    // Fixed, the issue goes on to printing (the fonts' notice or the print dialog) unasked.
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("findingFixButton")),
                      Qt::LeftButton);
    seen.clear();
    answerWith(QString());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_P, Qt::ControlModifier);
    REQUIRE(waitUntil([&] { return !seen.isEmpty(); }, 3000));
    INFO(seen.join(QLatin1Char('\n')).toStdString());
    CHECK_FALSE(seen.first().startsWith(QStringLiteral("outputPreflightQuestion")));
}

TEST_CASE("preflight panel: a date after the issue's is fixed by dating the issue that day",
          "[app][preflight]") {
    AppFixture fixture;
    fixture.createIssue(); // dated 2025-06-12
    MainWindow window(*fixture.database, fixture.settingsPath());
    showAndActivate(window);
    FindingsList *panel = window.preflightFeatures()->panel();
    IssueDocument *document = window.currentDocument();
    REQUIRE(document);

    RichTextEdit *body = startFirstArticle(window);
    typeText(body, QStringLiteral("6月15日，区创城办召开推进会。"));
    const QString kind = QStringLiteral("date-after-issue");
    REQUIRE(waitUntil([&] { return rowOfKind(*panel, kind) >= 0; }, 3000));
    QListWidget *list = panel->list();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(list->item(rowOfKind(*panel, kind))).center());
    CHECK(body->textCursor().selectedText() == QStringLiteral("6月15日"));

    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("findingFixButton")),
                      Qt::LeftButton);
    CHECK(document->issue().masthead.date == QDate(2025, 6, 15));
    auto *dateField = window.findChild<QDateEdit *>(QStringLiteral("mastheadDate"));
    REQUIRE(dateField);
    CHECK(dateField->date() == QDate(2025, 6, 15)); // the masthead shows the new date
    CHECK(rowOfKind(*panel, kind) < 0);
    CHECK(firstBody(*document) == QStringLiteral("6月15日，区创城办召开推进会。"));

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(document->issue().masthead.date == QDate(2025, 6, 12));
    CHECK(dateField->date() == QDate(2025, 6, 12));
}
