// `verify-pdf FILE.pdf [--key FINGERPRINT]`: proves the sign-off a PDF carries, and that its
// printed text is the text that was signed.
#include "pdfproofreader.h"
#include "signoffcli.h"

#include "cli/commandregistry.h"
#include "core/signoff/canonicalcontent.h"
#include "core/signoff/personname.h"
#include "core/signoff/proofverifier.h"
#include "core/signoff/signingkeys.h"
#include "core/signoff/signoffroles.h"
#include "io/issuejson.h"
#include "io/textexporter.h"
#include "render/bodyflow.h"
#include "render/printedtext.h"
#include "storage/database.h"
#include "storage/issuerepository.h"
#include "storage/signoff/peoplestore.h"
#include "storage/signoff/signoffverifier.h"

#include <QCoreApplication>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct VerifyPdfText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::VerifyPdfCommand)
};

// A fingerprint as typed: hexadecimal digits only, lower case.
QString fingerprintKey(const QString &text) {
    QString out;
    for (QChar c : text) {
        if (!c.isSpace()) {
            out += c.toLower();
        }
    }
    return out;
}

// A few characters of `text` around `at`, for naming a difference.
QString around(const QString &text, qsizetype at) {
    const qsizetype from = std::max<qsizetype>(0, at - 8);
    QString piece = text.mid(from, at - from) + QStringLiteral("【") + text.mid(at, 1) +
                    QStringLiteral("】") + text.mid(at + 1, 8);
    if (at >= text.size()) {
        piece = text.mid(from, at - from) + VerifyPdfText::tr("(ends here)");
    }
    return escapeControls(piece);
}

// The first place where the PDF's text is not the text the proven issue prints, or nothing.
QStringList compareText(const QString &pdfText, const Issue &issue, const QString &code) {
    QStringList problems;
    const QString printedCode = printedtext::printedSignoffCode(pdfText);
    if (printedCode != code) {
        problems << (printedCode.isEmpty()
                         ? VerifyPdfText::tr("the page does not print the 签发校验码 %1").arg(code)
                         : VerifyPdfText::tr("the page prints the 签发校验码 %1, but the proof's "
                                             "is %2")
                               .arg(printedCode, code));
    }
    const QString pdf = printedtext::comparable(pdfText);
    const QString signedText = printedtext::comparable(exportIssueText(printedPartsOf(issue)));
    const qsizetype at = printedtext::firstDifference(pdf, signedText);
    if (at >= 0) {
        problems << VerifyPdfText::tr("the PDF's text is not the signed text: at character %1 "
                                      "the PDF reads “%2” where the signed issue reads “%3”")
                        .arg(at + 1)
                        .arg(around(pdf, at), around(signedText, at));
    }
    return problems;
}

// The administrator key to trust: the archive's (checking the issue there too), or the one
// in the proof when its fingerprint is the one given.
Result<QByteArray> trustedKey(CliContext &cli, const QString &fingerprint,
                              const SignoffProof &proof, const Issue &issue,
                              QStringList *problems) {
    if (!fingerprint.isEmpty()) {
        const QString embedded = SigningKeys::fingerprint(proof.adminPublicKey);
        if (fingerprintKey(embedded) != fingerprintKey(fingerprint)) {
            problems->append(VerifyPdfText::tr("the PDF was signed under the administrator key "
                                               "%1, not %2 (--key)")
                                 .arg(embedded, fingerprint));
        }
        return proof.adminPublicKey;
    }
    Result<Database *> db = cli.database();
    if (!db) {
        return db.error();
    }
    if (!signoffcli::checkAdminKeyPin(cli, **db)) {
        problems->append(VerifyPdfText::tr("the archive's administrator key is not the one this "
                                           "computer remembers (see the warning)"));
    }
    Result<std::optional<AdminKey>> admin = PeopleStore(**db).adminKey();
    if (!admin) {
        return admin.error();
    }
    if (!*admin) {
        return Error::badInput(VerifyPdfText::tr("the archive has no administrator key: give "
                                                 "--key FINGERPRINT to check without it"));
    }
    Result<Issue> stored = IssueRepository(**db).load(issue.masthead.number, issue.masthead.series);
    if (!stored) {
        problems->append(VerifyPdfText::tr("the archive has no issue %1 of this series")
                             .arg(issue.masthead.number));
    } else {
        Result<VerifyReport> report =
            SignoffVerifier(**db).verify(issue.masthead.number, issue.masthead.series);
        if (!report) {
            return report.error();
        }
        if (!report->proven()) {
            problems->append(VerifyPdfText::tr("the archive's issue %1 is not proven: %2")
                                 .arg(issue.masthead.number)
                                 .arg(report->problems.value(0, VerifyPdfText::tr("旧式签名"))));
        }
        if (CanonicalContent::fromIssue(*stored).sha256() !=
            CanonicalContent::fromIssue(issue).sha256()) {
            problems->append(VerifyPdfText::tr("the archive's issue %1 is not the issue in "
                                               "the PDF")
                                 .arg(issue.masthead.number));
        }
    }
    return (*admin)->publicKey;
}

int runVerifyPdfCommand(CliContext &cli) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("key"),
                      VerifyPdfText::tr("Check without the archive, trusting the administrator "
                                        "key with this fingerprint (as `people list` prints it)."),
                      QStringLiteral("FINGERPRINT")});
    if (auto stop = cli.parse(parser, QStringLiteral("verify-pdf"))) {
        return *stop;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        return cli.usageError(VerifyPdfText::tr(
            "verify-pdf takes exactly one PDF file (kuaibao-cli verify-pdf FILE.pdf)"));
    }
    const QString path = positional.first();
    const QString fingerprint = parser.value(QStringLiteral("key"));
    if (parser.isSet(QStringLiteral("key")) && fingerprintKey(fingerprint).size() != 32) {
        return cli.usageError(VerifyPdfText::tr("--key takes the administrator key's fingerprint: "
                                                "8 groups of 4 hexadecimal characters"));
    }
    Result<PdfProofContents> contents = readPdfProof(path);
    if (!contents) {
        return cli.fail(contents.error());
    }
    if (!contents->proofJson) {
        cli.out() << VerifyPdfText::tr("%1: this PDF carries no sign-off proof").arg(path) << '\n';
        return ExitFailure;
    }
    Result<SignoffProof> proof = SignoffProof::fromJson(*contents->proofJson);
    if (!proof) {
        return cli.fail(Error::corrupt(VerifyPdfText::tr("%1: the sign-off proof is damaged: %2")
                                           .arg(path, proof.error().message)));
    }
    Result<Issue> issue = issueFromJson(proof->issue);
    if (!issue) {
        return cli.fail(Error::corrupt(VerifyPdfText::tr("%1: the issue in the proof is damaged: "
                                                         "%2")
                                           .arg(path, issue.error().message)));
    }
    QStringList problems;
    Result<QByteArray> key = trustedKey(cli, fingerprint, *proof, *issue, &problems);
    if (!key) {
        return cli.fail(key.error());
    }
    if (problems.isEmpty()) {
        problems << ProofVerifier(*key, signoffRolesFor(*issue)).verify(*proof, *issue);
    }
    if (problems.isEmpty()) {
        problems << compareText(contents->text, *issue, proof->checkCode());
    }
    for (const QString &problem : problems) {
        cli.out() << escapeControls(problem) << '\n';
    }
    if (problems.isEmpty()) {
        QStringList signers;
        for (const StaffCredit &credit : issue->footer.staff) {
            signers << QStringLiteral("%1 (%2)").arg(credit.name, credit.role);
        }
        cli.out() << VerifyPdfText::tr("%1 is proven: issue %2, signed by %3 under the "
                                       "administrator key %4; its text is the signed text "
                                       "(签发校验码 %5)")
                         .arg(path)
                         .arg(issue->masthead.number)
                         .arg(escapeControls(signers.join(QStringLiteral(", "))),
                              SigningKeys::fingerprint(*key), proof->checkCode())
                  << '\n';
        return ExitOk;
    }
    cli.out().flush();
    cli.err() << "kuaibao-cli: "
              << VerifyPdfText::tr("%1 is not proven (%2 problem(s); the first is the first "
                                   "broken link)")
                     .arg(path)
                     .arg(problems.size())
              << Qt::endl;
    return ExitFailure;
}

} // namespace

void registerVerifyPdfCommand(QList<CliCommand> &commands) {
    commands << CliCommand{
        QStringLiteral("verify-pdf"), QStringLiteral("verify-pdf FILE.pdf [--key FINGERPRINT]"),
        VerifyPdfText::tr("Prove the sign-off a PDF carries and that its text is the signed text "
                          "(exit 1 when not proven or the PDF carries no proof)."),
        runVerifyPdfCommand};
}

} // namespace kuaibao
