// The Word document of an issue, and the .docx reader: what it reads and what it refuses.
#include "core/templatelibrary.h"
#include "io/docx/docxexporter.h"
#include "io/docx/docxpackage.h"
#include "io/docx/docxparagraphs.h"
#include "io/docx/zipwriter.h"
#include "io/submission/submissionhistory.h"
#include "io/submission/submissionreader.h"
#include "qstringprinting.h"
#include "support/fixtures.h"

#include <QStringEncoder>

#include <catch2/catch.hpp>

using namespace kuaibao;

namespace {

const QString kW = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");

QByteArray zipOf(const QList<std::pair<QString, QByteArray>> &entries) {
    ZipWriter zip;
    for (const auto &[name, bytes] : entries) {
        zip.add(name, bytes);
    }
    Result<QByteArray> bytes = zip.finish();
    REQUIRE(bytes);
    return *bytes;
}

// A .docx whose body is `body` (WordprocessingML paragraphs).
QByteArray docxWithBody(const QString &body, const QByteArray &prolog = {}) {
    const QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + prolog +
                           "<w:document xmlns:w=\"" + kW.toUtf8() + "\"><w:body>" + body.toUtf8() +
                           "</w:body></w:document>";
    return zipOf({{QStringLiteral("word/document.xml"), xml}});
}

QString paragraph(const QString &boldPart, const QString &plainPart) {
    QString p = QStringLiteral("<w:p>");
    if (!boldPart.isEmpty()) {
        p += QStringLiteral("<w:r><w:rPr><w:b/></w:rPr><w:t>%1</w:t></w:r>").arg(boldPart);
    }
    if (!plainPart.isEmpty()) {
        p += QStringLiteral("<w:r><w:t xml:space=\"preserve\">%1</w:t></w:r>").arg(plainPart);
    }
    return p + QStringLiteral("</w:p>");
}

QByteArray part(const QByteArray &docx, const char *name) {
    Result<QByteArray> bytes =
        DocxPackage::readPart(docx, QString::fromLatin1(name), QStringLiteral("t.docx"));
    REQUIRE(bytes);
    return *bytes;
}

QString refusal(const QByteArray &bytes) {
    Result<QList<SubmittedItem>> read =
        SubmissionReader::readBytes(bytes, QStringLiteral("s.docx"));
    REQUIRE_FALSE(read);
    CHECK(read.error().kind == ErrorKind::BadInput);
    CHECK(read.error().message.startsWith(QStringLiteral("s.docx: ")));
    return read.error().message;
}

} // namespace

TEST_CASE("docx export: the issue as a Word document set on the template's page", "[docx]") {
    const Issue issue = test::fullFixtureIssue(12);
    Result<BulletinTemplate> tmpl = TemplateLibrary::load(QStringLiteral("mentougou"));
    REQUIRE(tmpl);
    Result<QByteArray> docx = exportIssueDocx(issue, *tmpl);
    REQUIRE(docx);

    // The text, paragraph by paragraph, with the unit names bold.
    Result<QList<Paragraph>> paragraphs = DocxParagraphs::fromDocx(*docx, QStringLiteral("t"));
    REQUIRE(paragraphs);
    QStringList texts;
    for (const Paragraph &p : *paragraphs) {
        texts << p.text.plainText();
    }
    CHECK(texts.at(0) == QStringLiteral("清河县创建文明城市"));
    CHECK(texts.at(1) == QStringLiteral("工作快报"));
    CHECK(texts.at(2).startsWith(QStringLiteral("第12期")));
    CHECK(texts.contains(QStringLiteral("【指挥调度】")));
    CHECK(texts.contains(QStringLiteral("【简　　讯】")));
    CHECK(texts.contains(QStringLiteral("王明 7 日检查老街市容整治情况")));
    bool unitBold = false;
    for (const Paragraph &p : *paragraphs) {
        for (const TextRun &run : p.text.runs()) {
            unitBold |= run.bold && run.text.contains(QStringLiteral("城关镇："));
        }
    }
    CHECK(unitBold);

    // A4, the template's margins, the grid's 22 lines, the red masthead and its rule.
    const QString document = QString::fromUtf8(part(*docx, "word/document.xml"));
    CHECK(document.contains(QStringLiteral("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>")));
    CHECK(document.contains(QStringLiteral("w:top=\"2098\" w:right=\"1474\" w:bottom=\"1984\" "
                                           "w:left=\"1587\"")));
    CHECK(document.contains(QStringLiteral("<w:docGrid w:type=\"lines\" w:linePitch=\"579\"/>")));
    CHECK(document.contains(QStringLiteral("w:line=\"579\" w:lineRule=\"exact\"")));
    CHECK(document.contains(QStringLiteral("w:eastAsia=\"方正小标宋简体\"")));
    CHECK(document.contains(QStringLiteral("w:eastAsia=\"仿宋_GB2312\"")));
    CHECK(document.contains(QStringLiteral("w:eastAsia=\"黑体\"")));
    CHECK(document.contains(QStringLiteral("<w:color w:val=\"E60012\"/>")));
    CHECK(document.contains(QStringLiteral("<w:bottom w:val=\"single\" w:sz=\"10\"")));
    CHECK(document.contains(QStringLiteral("w:color=\"E60012\"")));
    CHECK(document.contains(QStringLiteral("w:tblpYSpec=\"bottom\""))); // 版记 at the bottom

    // — N — page numbers: odd pages right, even pages left, none on page 1.
    const QString odd = QString::fromUtf8(part(*docx, "word/footer1.xml"));
    const QString even = QString::fromUtf8(part(*docx, "word/footer2.xml"));
    CHECK(odd.contains(QStringLiteral(" PAGE ")));
    CHECK(odd.contains(QStringLiteral("<w:jc w:val=\"right\"/>")));
    CHECK(even.contains(QStringLiteral("<w:jc w:val=\"left\"/>")));
    CHECK(odd.contains(QStringLiteral("— ")));
    CHECK(QString::fromUtf8(part(*docx, "word/settings.xml"))
              .contains(QStringLiteral("evenAndOddHeaders")));
    // The template numbers page 1 too (GB/T 9704), so there is no first-page footer of its own.
    CHECK_FALSE(document.contains(QStringLiteral("<w:titlePg/>")));

    const QString core = QString::fromUtf8(part(*docx, "docProps/core.xml"));
    CHECK(core.contains(QStringLiteral("<dc:title>清河县创建文明城市工作快报 第12期</dc:title>")));
    CHECK(core.contains(QStringLiteral("<dc:creator>清河县创建文明城市工作领导小组办公室")));
}

TEST_CASE("docx reader: each bad input is refused with its own message", "[docx]") {
    CHECK(refusal(QByteArray()).contains(QStringLiteral("empty")));
    CHECK(refusal(QByteArray("PK\x03\x04 not really a zip at all"))
              .contains(QStringLiteral("damaged")));
    const QByteArray good =
        docxWithBody(paragraph(QStringLiteral("斋堂镇："), QStringLiteral("近日开展活动。")));
    CHECK(refusal(good.left(good.size() / 2)).contains(QStringLiteral("damaged or cut short")));

    // Zip bombs: past 50 MB declared, and past 100 times the file's size.
    const QByteArray zeros(51 * 1024 * 1024, '\0');
    CHECK(refusal(zipOf({{QStringLiteral("word/document.xml"), zeros}}))
              .contains(QStringLiteral("50 MB")));
    const QByteArray spaces(2 * 1024 * 1024, ' ');
    CHECK(refusal(zipOf({{QStringLiteral("word/document.xml"), spaces}}))
              .contains(QStringLiteral("100 times")));

    // DTDs: entity expansion (billion laughs) and an external DTD.
    const QByteArray laughs =
        "<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
        "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
        "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>";
    CHECK(refusal(docxWithBody(QStringLiteral("<w:p><w:r><w:t>&lol3;</w:t></w:r></w:p>"), laughs))
              .contains(QStringLiteral("DTD")));
    CHECK(refusal(docxWithBody(paragraph(QStringLiteral("斋堂镇："), QStringLiteral("x")),
                               "<!DOCTYPE w:document SYSTEM \"http://example.com/x.dtd\">"))
              .contains(QStringLiteral("DTD")));

    // Old and encrypted Word files: OLE compound files.
    QByteArray ole = QByteArray::fromHex("D0CF11E0A1B11AE1") + QByteArray(504, '\0');
    CHECK(refusal(ole).contains(QStringLiteral("save it as .docx")));
    const QString stream = QStringLiteral("EncryptionInfo");
    ole += QByteArray(reinterpret_cast<const char *>(stream.utf16()), stream.size() * 2);
    CHECK(refusal(ole).contains(QStringLiteral("password-protected")));

    // A zip that is no Word document, and a Word document with no text.
    CHECK(refusal(zipOf({{QStringLiteral("hello.txt"), "hi"}}))
              .contains(QStringLiteral("no word/document.xml")));
    CHECK(
        refusal(docxWithBody(QStringLiteral("<w:p/><w:p/>"))).contains(QStringLiteral("no text")));
}

TEST_CASE("submission: a week's round-up becomes one item per unit", "[docx]") {
    const QByteArray docx = docxWithBody(
        paragraph(QStringLiteral("本周各单位报送信息汇总"), {}) +
        paragraph(QStringLiteral("斋堂镇："), QStringLiteral("近日，桑峪村举办民俗文化节。")) +
        paragraph(QStringLiteral("区妇联："), QStringLiteral("12日，组织家长学校开展活动。")) +
        paragraph(QStringLiteral("二百人"), QStringLiteral("参加。")) +
        paragraph({}, QStringLiteral("主任要求：要持续开展。")));
    Result<QList<SubmittedItem>> items =
        SubmissionReader::readBytes(docx, QStringLiteral("week.docx"));
    REQUIRE(items);
    REQUIRE(items->size() == 2);
    CHECK(items->at(0).unit == QStringLiteral("斋堂镇"));
    CHECK(items->at(0).text.plainText() == QStringLiteral("近日，桑峪村举办民俗文化节。"));
    CHECK(items->at(1).unit == QStringLiteral("区妇联"));
    CHECK(items->at(1).text.toMarkup() ==
          QStringLiteral("12日，组织家长学校开展活动。**二百人**参加。主任要求：要持续开展。"));
    // A name of the unit list counts whatever its ending.
    Result<QList<SubmittedItem>> listed = SubmissionReader::readBytes(
        docxWithBody(
            paragraph(QStringLiteral("京煤集团公司党委宣传组："), QStringLiteral("开展活动。")) +
            paragraph({}, QStringLiteral("大峪：植树。"))),
        QStringLiteral("w.docx"), {QStringLiteral("大峪")});
    REQUIRE(listed);
    REQUIRE(listed->size() == 1);
    CHECK(listed->at(0).unit == QStringLiteral("大峪"));

    // The same as GB18030 text pasted out of a chat.
    const QString text =
        QStringLiteral("本周各单位报送信息汇总\n\n斋堂镇：近日开展活动。\n王平镇：植树。\n");
    QStringEncoder encoder("GB18030");
    REQUIRE(encoder.isValid());
    const QByteArray gb = encoder.encode(text);
    Result<QList<SubmittedItem>> fromText =
        SubmissionReader::readBytes(gb, QStringLiteral("chat.txt"));
    REQUIRE(fromText);
    REQUIRE(fromText->size() == 2);
    CHECK(fromText->at(1).unit == QStringLiteral("王平镇"));
    CHECK(fromText->at(1).text.plainText() == QStringLiteral("植树。"));
}

TEST_CASE("submission history: usual category and repeats of the last months", "[docx]") {
    Issue issue = test::fullFixtureIssue(12, QDate(2024, 3, 8));
    const SubmissionHistory history({issue});
    CHECK(history.suggestedCategory(QStringLiteral("桥头镇")) == QStringLiteral("文明实践"));
    CHECK_FALSE(history.suggestedCategory(QStringLiteral("无名镇")));
    const QString earlier = issue.sections.last().categories.at(1).items.at(0).text.plainText();
    CHECK(history.repeatOf(QStringLiteral("桥头镇"), earlier + QStringLiteral("。"),
                           QDate(2024, 1, 1)));
    CHECK_FALSE(history.repeatOf(QStringLiteral("桥头镇"), earlier, QDate(2024, 4, 1)));
    CHECK_FALSE(history.repeatOf(QStringLiteral("城关镇"), earlier, QDate(2024, 1, 1)));
    CHECK(SubmissionHistory::sharedCharacters(QStringLiteral("甲乙丙丁戊"),
                                              QStringLiteral("甲乙丙丁己")) == Approx(0.8));
}
