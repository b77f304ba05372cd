// The app's print path for a signed issue: PrintableIssue lays it out with its 签发校验码 and
// hands Export PDF the proof, which renderPdf writes into the XMP metadata.
#include "storage/signoff_support.h"

#include "app/print/printableissue.h"
#include "render/pdfexport.h"

using namespace kuaibao;
using kuaibao::test::SignoffArchive;

TEST_CASE("app print: a signed issue is laid out with its check code and exported with its "
          "proof, a draft with neither") {
    SignoffArchive a;
    Issue issue = a.load();
    issue.templateId = QStringLiteral("mentougou"); // a template the print can find
    REQUIRE(IssueRepository(*a.db).save(issue));
    Result<PrintableIssue> draft = PrintableIssue::prepare(*a.db, a.load());
    REQUIRE(draft);
    CHECK_FALSE(draft->proof);
    CHECK(draft->layout.signoffCode().isEmpty());
    CHECK_FALSE(draft->layout.drawnCharacters().contains(QStringLiteral("签发校验码")));

    REQUIRE(a.signAll());
    Result<PrintableIssue> signedIssue = PrintableIssue::prepare(*a.db, a.load());
    REQUIRE(signedIssue);
    REQUIRE(signedIssue->proof);
    const QString code = signedIssue->proof->checkCode();
    CHECK(signedIssue->layout.signoffCode() == code);
    CHECK(signedIssue->layout.drawnCharacters().contains(QStringLiteral("签发校验码 ") + code));
    PdfOptions options;
    options.allowMissingGlyphs = true;
    options.proof = signedIssue->proof;
    const Result<QByteArray> pdf = renderPdf(signedIssue->layout, options);
    REQUIRE(pdf);
    CHECK(pdf->contains("<kb:signoffProof>"));
    // A layout that does not print the proof's code is refused rather than written.
    options.proof->acts.removeLast();
    CHECK_FALSE(renderPdf(signedIssue->layout, options));
}
