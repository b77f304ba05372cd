// The live pages follow the text once typing stops, and the status bar counts them.
#include "appfixture.h"

#include "app/editor/articleview.h"
#include "app/editor/issueeditor.h"
#include "app/editor/richtextedit.h"
#include "app/editor/sectionview.h"
#include "app/mainwindow.h"
#include "app/preview/pagespanel.h"
#include "app/preview/plaintextrenderer.h"
#include "app/preview/previewupdater.h"
#include "support/fixtures.h"

#include <catch2/catch.hpp>

#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace kuaibao;
using namespace kuaibao::test;

TEST_CASE("a long report grows the pages and the count in the status bar", "[app][preview]") {
    AppFixture fixture;
    fixture.createIssue();
    MainWindow window(*fixture.database, fixture.settingsPath());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(waitUntil([&] { return window.pages()->pageCount() == 1; }, 3000));
    auto *pageCount = window.findChild<QLabel *>(QStringLiteral("pageCount"));
    CHECK(pageCount->text() == QStringLiteral("1 page(s) in all"));

    SectionView *meeting = window.editor()->sections().at(0);
    QTest::mouseClick(meeting->findChild<QPushButton *>(QStringLiteral("addPartButton")),
                      Qt::LeftButton);
    RichTextEdit *body = meeting->articles().at(0)->body();
    QList<RichText> paragraphs;
    for (int i = 0; i < 40; ++i) {
        paragraphs << RichText(
            QStringLiteral("会议通报了本月创城考核结果，部署了下一阶段的重点任务，"
                           "要求各单位对照问题清单逐项整改落实到位。"));
    }
    body->setParagraphs(paragraphs);
    // setParagraphs is silent: send one real keystroke so the edit reaches the document.
    body->setFocus();
    typeText(body, QStringLiteral("。"));
    REQUIRE(waitUntil([&] { return window.pages()->pageCount() >= 3; }, 3000));
    CHECK(pageCount->text().startsWith(QStringLiteral("%1 page").arg(window.pages()->pageCount())));
}

TEST_CASE("the plain preview warns when the footer stands alone", "[app][preview]") {
    PlainTextRenderer renderer;
    Issue issue = fullFixtureIssue();
    issue.sections = issue.sections.mid(0, 1); // a short issue: one report
    const PreviewPages short_ = renderer.render(issue, 1.0);
    CHECK(short_.pages.size() == 1);
    CHECK_FALSE(short_.footerAlone);
    // Add one-line paragraphs: the first time a second page appears, the text still fits on
    // page 1 and only the footer moved over; once the text itself spills, the footer has company.
    Article &report = issue.sections[0].articles[0];
    PreviewPages pages = short_;
    while (pages.pages.size() == 1) {
        report.paragraphs << Paragraph{RichText(QStringLiteral("一行"))};
        pages = renderer.render(issue, 1.0);
    }
    CHECK(pages.pages.size() == 2);
    CHECK(pages.footerAlone);
    for (int i = 0; i < 8; ++i) {
        report.paragraphs << Paragraph{RichText(QStringLiteral("一行"))};
    }
    CHECK_FALSE(renderer.render(issue, 1.0).footerAlone);
}
