// kuaibao-cli verify-pdf through the real binary: a PDF signed by three people is proven with
// and without the archive; an edited text, a wrong key, a changed byte of the proof, an
// unsigned draft and bad input are each caught.
#include "core/signoff/canonicalcontent.h"
#include "core/signoff/proofverifier.h"
#include "core/signoff/signoffproof.h"
#include "io/issuejson.h"
#include "storage/database.h"
#include "storage/issuerepository.h"
#include "support/fixtures.h"
#include "support/testarchive.h"
#include "support/testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace kuaibao;
using kuaibao::test::CliRun;

namespace {

// An archive with issue 674 signed by 李编 (编校), 王审 (审核) and 赵签 (核签), and its PDF.
struct SignedPdf {
    QTemporaryDir dir;
    test::TestArchive archive; // on the run's engine (support/testarchive.h)
    QString db = archive.location();
    QString pdf;
    QString fingerprint;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();

    SignedPdf() {
        REQUIRE(dir.isValid());
        pdf = dir.filePath(QStringLiteral("674.pdf"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        {
            Issue issue = test::fullFixtureIssue(674);
            issue.templateId = QStringLiteral("mentougou"); // a template render can set
            REQUIRE(IssueRepository(*archive.db).save(issue));
            archive.db.reset();
        }
        for (const auto &[file, pw] :
             {std::pair{"li", "li-secret-1\n"}, std::pair{"wang", "wang-secret-2\n"},
              std::pair{"zhao", "zhao-secret-3\n"}}) {
            test::writeFile(dir.filePath(QString::fromLatin1(file)), QByteArray(pw));
        }
        REQUIRE(run({QStringLiteral("people"), QStringLiteral("add"), QStringLiteral("李编"),
                     QStringLiteral("--roles"), QStringLiteral("编校"),
                     QStringLiteral("--password-file"), pw("li")})
                    .exitCode == 0);
        for (const auto &[name, role, file] :
             {std::tuple{"王审", "审核", "wang"}, std::tuple{"赵签", "核签", "zhao"}}) {
            REQUIRE(run({QStringLiteral("people"), QStringLiteral("add"), QString::fromUtf8(name),
                         QStringLiteral("--roles"), QString::fromUtf8(role),
                         QStringLiteral("--password-file"), pw(file), QStringLiteral("--admin"),
                         QStringLiteral("李编"), QStringLiteral("--admin-password-file"), pw("li")})
                        .exitCode == 0);
        }
        const CliRun people = run({QStringLiteral("people"), QStringLiteral("list")});
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("key fingerprint ([0-9a-f]{4}( [0-9a-f]{4}){7})"))
                .match(people.out);
        REQUIRE(m.hasMatch());
        fingerprint = m.captured(1);
    }

    QString pw(const char *name) const { return dir.filePath(QString::fromLatin1(name)); }
    QString path(const char *name) const { return dir.filePath(QString::fromLatin1(name)); }

    CliRun run(QStringList args) const {
        args.prepend(db);
        args.prepend(QStringLiteral("--db"));
        return test::runCli(args, {}, env);
    }
    // verify-pdf without any archive, trusting `key`.
    CliRun offline(const QString &file, const QString &key) const {
        return test::runCli({QStringLiteral("verify-pdf"), file, QStringLiteral("--key"), key}, {},
                            env);
    }

    void signAll() const {
        for (const auto &[name, role, file] :
             {std::tuple{"李编", "编校", "li"}, std::tuple{"王审", "审核", "wang"},
              std::tuple{"赵签", "核签", "zhao"}}) {
            const CliRun r =
                run({QStringLiteral("sign"), QStringLiteral("674"), QStringLiteral("--role"),
                     QString::fromUtf8(role), QStringLiteral("--person"), QString::fromUtf8(name),
                     QStringLiteral("--password-file"), pw(file)});
            INFO(r.err.toStdString());
            REQUIRE(r.exitCode == 0);
        }
    }

    void render() const {
        const CliRun r =
            run({QStringLiteral("render"), QStringLiteral("674"), QStringLiteral("-o"), pdf});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }
};

// Where the base64 proof sits in the PDF's bytes (the XMP stream is not compressed).
std::pair<qsizetype, qsizetype> proofSpan(const QByteArray &pdf) {
    const QByteArray open("<kb:signoffProof>");
    const qsizetype from = pdf.indexOf(open);
    REQUIRE(from >= 0);
    const qsizetype to = pdf.indexOf("</kb:signoffProof>", from);
    REQUIRE(to > from);
    return {from + open.size(), to - from - open.size()};
}

QJsonObject proofJsonOf(const QByteArray &pdf) {
    const auto [at, size] = proofSpan(pdf);
    return QJsonDocument::fromJson(QByteArray::fromBase64(pdf.mid(at, size))).object();
}

// The PDF with its proof replaced by `proof`, which must encode to the same length so that
// the file's cross-reference offsets stay right.
QByteArray withProof(QByteArray pdf, const QJsonObject &proof) {
    const auto [at, size] = proofSpan(pdf);
    const QByteArray encoded = QJsonDocument(proof).toJson(QJsonDocument::Compact).toBase64();
    REQUIRE(encoded.size() == size);
    pdf.replace(at, size, encoded);
    return pdf;
}

// `proof` with byte `index` of field `field` of entry `entry` in `list` changed.
QJsonObject withChangedByte(QJsonObject proof, const QString &list, qsizetype entry,
                            const QString &field, qsizetype index) {
    QJsonArray array = proof.value(list).toArray();
    QJsonObject item = array.at(entry).toObject();
    QByteArray bytes = QByteArray::fromBase64(item.value(field).toString().toLatin1());
    bytes[index] = char(bytes.at(index) ^ 0x01);
    item[field] = QString::fromLatin1(bytes.toBase64());
    array[entry] = item;
    proof[list] = array;
    return proof;
}

} // namespace

TEST_CASE("verify pdf cli: a PDF signed by three people is proven offline with the "
          "administrator's fingerprint, and with the archive",
          "[engines]") {
    SignedPdf s;
    s.signAll();
    s.render();
    const CliRun offline = s.offline(s.pdf, s.fingerprint);
    INFO(offline.out.toStdString() << offline.err.toStdString());
    CHECK(offline.exitCode == 0);
    CHECK(offline.out.contains(QStringLiteral("is proven: issue 674, signed by 李编 (编校), "
                                              "王审 (审核), 赵签 (核签)")));
    // The fingerprint may be typed in capitals or without spaces.
    CHECK(s.offline(s.pdf, s.fingerprint.toUpper().remove(QLatin1Char(' '))).exitCode == 0);
    const CliRun archive = s.run({QStringLiteral("verify-pdf"), s.pdf});
    INFO(archive.out.toStdString() << archive.err.toStdString());
    CHECK(archive.exitCode == 0);
    // The footer prints the check code the proof makes, and verify-pdf names it.
    const Result<SignoffProof> proof = SignoffProof::fromJson(
        QJsonDocument(proofJsonOf(test::readFile(s.pdf))).toJson(QJsonDocument::Compact));
    REQUIRE(proof);
    const QString code = proof->checkCode();
    CHECK(
        code.contains(QRegularExpression(QStringLiteral("^[0-9A-F]{4} [0-9A-F]{4} [0-9A-F]{4}$"))));
    CHECK(offline.out.contains(QStringLiteral("签发校验码 ") + code));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {s.pdf, QStringLiteral("-")});
    if (text.waitForFinished(20000)) {
        CHECK(QString::fromUtf8(text.readAllStandardOutput())
                  .contains(QStringLiteral("签发校验码 ") + code));
    }
}

TEST_CASE("verify pdf cli: a PDF whose text was edited fails and says where") {
    const QString qpdf = QStandardPaths::findExecutable(QStringLiteral("qpdf"));
    if (qpdf.isEmpty()) {
        KUAIBAO_SKIP("qpdf is not installed (scripts/packages.txt lists it)");
    }
    SignedPdf s;
    s.signAll();
    s.render();
    // qpdf --qdf writes the content streams uncompressed, one glyph per `<XXXX> Tj`; the same
    // file unedited is still proven, so only the edit below makes it fail.
    const QString qdf = s.path("qdf.pdf");
    REQUIRE(QProcess::execute(qpdf, {QStringLiteral("--qdf"),
                                     QStringLiteral("--object-streams=disable"), s.pdf, qdf}) == 0);
    CHECK(s.offline(qdf, s.fingerprint).exitCode == 0);
    // Draw another glyph of the same font in place of the first glyph of the page's text.
    QByteArray bytes = test::readFile(qdf);
    const QRegularExpression glyph(QStringLiteral("<([0-9A-F]{4})> Tj"));
    const QString latin = QString::fromLatin1(bytes);
    const QRegularExpressionMatch first = glyph.match(latin);
    REQUIRE(first.hasMatch());
    const QByteArray other = first.captured(1) == QStringLiteral("0001") ? "0002" : "0001";
    bytes.replace(first.capturedStart(1), 4, other);
    const QString edited = s.path("edited.pdf");
    test::writeFile(edited, bytes);
    const CliRun r = s.offline(edited, s.fingerprint);
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.exitCode == 1);
    CHECK(r.out.startsWith(QStringLiteral("the PDF's text is not the signed text: at character ")));
    CHECK(r.err.contains(QStringLiteral("is not proven")));
}

TEST_CASE("verify pdf cli: a wrong --key, a changed byte in an act or a certificate, and a "
          "changed issue in the proof all fail") {
    SignedPdf s;
    s.signAll();
    s.render();
    const QByteArray pdf = test::readFile(s.pdf);
    QString wrong = s.fingerprint;
    wrong[0] = wrong.at(0) == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
    const CliRun wrongKey = s.offline(s.pdf, wrong);
    CHECK(wrongKey.exitCode == 1);
    CHECK(wrongKey.out.contains(QStringLiteral("not ") + wrong + QStringLiteral(" (--key)")));

    const QJsonObject proof = proofJsonOf(pdf);
    const QString tampered = s.path("tampered.pdf");
    test::writeFile(tampered, withProof(pdf, withChangedByte(proof, QStringLiteral("acts"), 1,
                                                             QStringLiteral("statement"), 40)));
    const CliRun act = s.offline(tampered, s.fingerprint);
    CHECK(act.exitCode == 1);
    CHECK(act.out.startsWith(QStringLiteral("link 2 ")));
    CHECK(s.run({QStringLiteral("verify-pdf"), tampered}).exitCode == 1);

    test::writeFile(tampered, withProof(pdf, withChangedByte(proof, QStringLiteral("certificates"),
                                                             0, QStringLiteral("signature"), 0)));
    const CliRun certificate = s.offline(tampered, s.fingerprint);
    CHECK(certificate.exitCode == 1);
    CHECK(certificate.out.contains(QStringLiteral("not signed by the administrator's key")));

    // The issue's text changed inside the proof (a character for one of the same length).
    QByteArray issue = QJsonDocument(proof.value(QStringLiteral("issue")).toObject()).toJson();
    const QByteArray from = QStringLiteral("文明").toUtf8();
    REQUIRE(issue.contains(from));
    issue.replace(issue.indexOf(from), from.size(), QStringLiteral("野蛮").toUtf8());
    QJsonObject changedIssue = proof;
    changedIssue[QStringLiteral("issue")] = QJsonDocument::fromJson(issue).object();
    test::writeFile(tampered, withProof(pdf, changedIssue));
    const CliRun text = s.offline(tampered, s.fingerprint);
    CHECK(text.exitCode == 1);
    CHECK(text.out.startsWith(QStringLiteral("the issue in the proof is not the text that was "
                                             "signed")));
}

TEST_CASE("verify pdf cli: any single changed byte of a signed act or certificate in the proof "
          "is caught") {
    SignedPdf s;
    s.signAll();
    s.render();
    const QByteArray pdf = test::readFile(s.pdf);
    const QJsonObject json = proofJsonOf(pdf);
    auto proofOf = [](const QJsonObject &o) {
        Result<SignoffProof> p =
            SignoffProof::fromJson(QJsonDocument(o).toJson(QJsonDocument::Compact));
        REQUIRE(p);
        return *p;
    };
    const SignoffProof original = proofOf(json);
    Result<Issue> issue = issueFromJson(original.issue);
    REQUIRE(issue);
    const QStringList roles{QStringLiteral("编校"), QStringLiteral("审核"), QStringLiteral("核签")};
    const ProofVerifier verifier(original.adminPublicKey, roles);
    REQUIRE(verifier.verify(original, *issue).isEmpty());
    // In process, every byte of every act and certificate (statement and signature).
    int checked = 0;
    for (const auto &[list, fields] :
         {std::pair{QStringLiteral("acts"),
                    QStringList{QStringLiteral("statement"), QStringLiteral("signature")}},
          std::pair{QStringLiteral("certificates"),
                    QStringList{QStringLiteral("certificate"), QStringLiteral("signature")}}}) {
        const QJsonArray array = json.value(list).toArray();
        for (qsizetype entry = 0; entry < array.size(); ++entry) {
            for (const QString &field : fields) {
                const qsizetype size =
                    QByteArray::fromBase64(
                        array.at(entry).toObject().value(field).toString().toLatin1())
                        .size();
                for (qsizetype i = 0; i < size; ++i) {
                    const SignoffProof changed =
                        proofOf(withChangedByte(json, list, entry, field, i));
                    INFO(list.toStdString()
                         << ' ' << entry << ' ' << field.toStdString() << ' ' << i);
                    REQUIRE_FALSE(verifier.verify(changed, *issue).isEmpty());
                    ++checked;
                }
            }
        }
    }
    CHECK(checked > 1000);
    // Through the binary, the first, a middle and the last byte of each act's statement.
    const QJsonArray acts = json.value(QStringLiteral("acts")).toArray();
    for (qsizetype entry = 0; entry < acts.size(); ++entry) {
        const qsizetype size =
            QByteArray::fromBase64(
                acts.at(entry).toObject().value(QStringLiteral("statement")).toString().toLatin1())
                .size();
        for (const qsizetype i : {qsizetype(0), size / 2, size - 1}) {
            const QString file = s.path("byte.pdf");
            test::writeFile(file,
                            withProof(pdf, withChangedByte(json, QStringLiteral("acts"), entry,
                                                           QStringLiteral("statement"), i)));
            INFO(entry << ' ' << i);
            CHECK(s.offline(file, s.fingerprint).exitCode == 1);
        }
    }
}

TEST_CASE("verify pdf cli: an unsigned draft's PDF says it carries no proof, and bad input "
          "exits 2",
          "[engines]") {
    SignedPdf s;
    s.render(); // still a draft
    const QByteArray draft = test::readFile(s.pdf);
    CHECK_FALSE(draft.contains("signoffProof"));
    const CliRun r = s.offline(s.pdf, s.fingerprint);
    CHECK(r.exitCode == 1);
    CHECK(r.out == s.pdf + QStringLiteral(": this PDF carries no sign-off proof\n"));
    CHECK(s.run({QStringLiteral("verify-pdf"), s.pdf}).exitCode == 1);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {s.pdf, QStringLiteral("-")});
    if (text.waitForFinished(20000)) {
        CHECK_FALSE(
            QString::fromUtf8(text.readAllStandardOutput()).contains(QStringLiteral("签发校验码")));
    }

    const CliRun missing = s.offline(s.path("none.pdf"), s.fingerprint);
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(QStringLiteral("no such file")));
    const CliRun notPdf = s.offline(s.pw("li"), s.fingerprint);
    CHECK(notPdf.exitCode == 2);
    CHECK(notPdf.err == QStringLiteral("kuaibao-cli: ") + s.pw("li") +
                            QStringLiteral(" is not a readable PDF\n"));
    CHECK(test::runCli({QStringLiteral("verify-pdf")}, {}, s.env).exitCode == 2);
    CHECK(s.offline(s.pdf, QStringLiteral("12 34")).exitCode == 2);
    CHECK(s.offline(s.dir.path(), s.fingerprint).exitCode == 2);
}

TEST_CASE("verify pdf cli: with the archive, a PDF fails against another people list or an "
          "archive whose issue was changed behind its back") {
    SignedPdf s;
    s.signAll();
    s.render();
    // Another archive with its own administrator: the PDF was not signed under its key.
    SignedPdf other;
    const CliRun foreign = other.run({QStringLiteral("verify-pdf"), s.pdf});
    CHECK(foreign.exitCode == 1);
    CHECK(foreign.out.startsWith(QStringLiteral("the proof names the administrator key ")));
    // The archive's copy of the issue rewritten with sqlite3 (triggers dropped first).
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    REQUIRE_FALSE(sqlite3.isEmpty()); // scripts/install-deps.sh installs it
    auto shell = [&](const QString &sql) {
        QProcess process;
        process.start(sqlite3, {s.db, sql});
        REQUIRE(process.waitForFinished(30000));
        return QString::fromUtf8(process.readAllStandardOutput());
    };
    QString drops;
    for (const QString &name :
         shell(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger'"))
             .split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        drops += QStringLiteral("DROP TRIGGER %1; ").arg(name);
    }
    shell(drops + QStringLiteral("UPDATE paragraphs SET plain_text = '检查发现3处问题。' WHERE "
                                 "id = (SELECT MIN(id) FROM paragraphs)"));
    const CliRun changed = s.run({QStringLiteral("verify-pdf"), s.pdf});
    CHECK(changed.exitCode == 1);
    CHECK(changed.out.startsWith(QStringLiteral("the archive's issue 674 is not proven: ")));
    CHECK(changed.out.contains(QStringLiteral("the archive's issue 674 is not the issue in the "
                                              "PDF")));
    // The PDF itself is still proven for a recipient who trusts the fingerprint.
    CHECK(s.offline(s.pdf, s.fingerprint).exitCode == 0);
}
