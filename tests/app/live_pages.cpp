// The live pages follow the text once typing stops, and the status bar counts them.
#include "appfixture.h"

#include "app/editor/articleview.h"
#include "app/editor/issueeditor.h"
#include "app/editor/richtextedit.h"
#include "app/editor/sectionview.h"
#include "app/mainwindow.h"
#include "app/preview/pagerenderer.h"
#include "app/preview/pagespanel.h"
#include "app/preview/previewupdater.h"
#include "core/translations.h"
#include "storage/issuerepository.h"
#include "support/fixtures.h"

#include <catch2/catch.hpp>

#include <QLabel>
#include <QPushButton>
#include <QTest>

#include <cmath>

using namespace kuaibao;
using namespace kuaibao::test;

TEST_CASE("a long report grows the printed pages and the count in the status bar",
          "[app][preview]") {
    installTranslations(QLocale(QStringLiteral("zh_CN"))); // this case runs in a process of its own
    AppFixture fixture;
    fixture.createIssue();
    MainWindow window(*fixture.database, fixture.settingsPath());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(waitUntil([&] { return window.pages()->pageCount() == 1; }, 3000));
    auto *pageCount = window.findChild<QLabel *>(QStringLiteral("pageCount"));
    CHECK(pageCount->text() == QStringLiteral("共 1 页"));

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
    CHECK(
        pageCount->text().startsWith(QStringLiteral("共 %1 页").arg(window.pages()->pageCount())));
}

TEST_CASE("the printed pages warn when the footer stands alone", "[app][preview]") {
    const std::unique_ptr<PageRenderer> renderer = makePageRenderer();
    Issue issue = fullFixtureIssue();
    issue.sections = issue.sections.mid(0, 1); // a short issue: one report
    const PreviewPages short_ = renderer->render(issue, 1.0);
    REQUIRE(short_.pages.size() == 1);
    CHECK(short_.pages.first().size() == QSize(210, 297)); // A4 at one pixel a millimetre
    CHECK_FALSE(short_.footerAlone);
    // Add one-line paragraphs: the first time a second page appears, the text still fits on
    // page 1 and only the footer moved over; once the text itself spills, the footer has company.
    Article &report = issue.sections[0].articles[0];
    PreviewPages pages = short_;
    while (pages.pages.size() == 1) {
        report.paragraphs << Paragraph{RichText(QStringLiteral("一行"))};
        pages = renderer->render(issue, 1.0);
    }
    CHECK(pages.pages.size() == 2);
    CHECK(pages.footerAlone);
    int added = 0;
    while (pages.footerAlone && added < 30) {
        report.paragraphs << Paragraph{RichText(QStringLiteral("一行"))};
        pages = renderer->render(issue, 1.0);
        ++added;
    }
    CHECK_FALSE(pages.footerAlone);
    CHECK(pages.pages.size() == 2);
}

TEST_CASE("the window warns when the footer lands on a page of its own", "[app][preview]") {
    AppFixture fixture;
    Issue issue = fullFixtureIssue();
    issue.sections = issue.sections.mid(0, 1);
    const std::unique_ptr<PageRenderer> renderer = makePageRenderer();
    Article &report = issue.sections[0].articles[0];
    for (int i = 0; i < 40 && !renderer->render(issue, 0.5).footerAlone; ++i) {
        report.paragraphs << Paragraph{RichText(QStringLiteral("一行"))};
    }
    issue.storageId = 0;
    REQUIRE(IssueRepository(*fixture.database).save(issue).ok());
    MainWindow window(*fixture.database, fixture.settingsPath());
    window.show();
    REQUIRE(waitUntil([&] { return window.pages()->pageCount() == 2; }, 5000));
    CHECK(window.pages()->footerWarningShown());
    CHECK(window.findChild<QLabel *>(QStringLiteral("pageCount"))
              ->text()
              .contains(QStringLiteral("footer alone")));
}

namespace {

// WCAG's relative luminance of a colour.
double luminance(QRgb rgb) {
    const auto channel = [](int value) {
        const double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(qRed(rgb)) + 0.7152 * channel(qGreen(rgb)) +
           0.0722 * channel(qBlue(rgb));
}

} // namespace

TEST_CASE("the empty page pane says what appears there, readably on its dark background",
          "[app][preview][issue14]") {
    AppFixture fixture;
    MainWindow window(*fixture.database, fixture.settingsPath());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *hint = window.findChild<QLabel *>(QStringLiteral("pagesPlaceholder"));
    REQUIRE(hint);
    REQUIRE(waitUntil([&] { return hint->isVisible(); }, 3000));
    CHECK(hint->text().contains(QStringLiteral("appear here")));
    // The label as drawn: its padding shows the pane's background, its lightest pixels the
    // text. Text for reading needs a contrast ratio of at least 4.5 (WCAG AA).
    QWidget *pane = window.pages();
    const QRect area(hint->mapTo(pane, QPoint(0, 0)), hint->size());
    const QImage drawn = pane->grab(area).toImage();
    REQUIRE_FALSE(drawn.isNull());
    const double background = luminance(drawn.pixel(1, 1));
    double text = background;
    for (int y = 0; y < drawn.height(); ++y) {
        for (int x = 0; x < drawn.width(); ++x) {
            const double l = luminance(drawn.pixel(x, y));
            if (std::abs(l - background) > std::abs(text - background)) {
                text = l;
            }
        }
    }
    const double ratio = (std::max(text, background) + 0.05) / (std::min(text, background) + 0.05);
    INFO("contrast ratio " << ratio);
    CHECK(ratio >= 4.5);
}
