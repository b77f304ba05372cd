// The footer of a new issue names only the people who have signed it.
#include "poppler.h"
#include "rendersupport.h"
#include "support/fixtures.h"

#include "core/nextissue.h"
#include "render/pdfexport.h"

#include <QDir>

#include <catch2/catch.hpp>

using namespace kuaibao;
using namespace kuaibao::test;

TEST_CASE("a new issue's footer prints no names until people sign, then theirs") {
    Issue previous = fullFixtureIssue(12, QDate(2024, 3, 8));
    previous.status = IssueStatus::Published;
    REQUIRE_FALSE(previous.footer.staff.isEmpty());
    Issue next = makeNextIssue(previous, 13, QDate(2024, 3, 12));
    next.sections.first().articles << Article{
        QString(), {Paragraph{RichText(QStringLiteral("各乡镇开展创城宣传。"))}}, QString()};
    const QString pdf = QDir(renderOutputFolder()).filePath(QStringLiteral("next-footer.pdf"));

    REQUIRE(writePdf(IssueLayout::build(next, mentougouStyle()), pdf, PdfOptions{}));
    QString text = squeezed(Poppler::text(pdf));
    REQUIRE(text.contains(QStringLiteral("报：")));
    for (const StaffCredit &credit : previous.footer.staff) {
        INFO(credit.role.toStdString() << " " << credit.name.toStdString());
        CHECK_FALSE(text.contains(credit.name));
        CHECK_FALSE(text.contains(credit.role + QStringLiteral("：")));
    }

    // The first signature writes its name into the footer (storage's sign-off does this).
    next.footer.staff[0].name = QStringLiteral("李编");
    REQUIRE(writePdf(IssueLayout::build(next, mentougouStyle()), pdf, PdfOptions{}));
    text = squeezed(Poppler::text(pdf));
    CHECK(text.contains(next.footer.staff.at(0).role + QStringLiteral("：李编")));
    CHECK_FALSE(text.contains(next.footer.staff.at(1).role + QStringLiteral("：")));
}
