// Bad input: each refused with a message naming the file and the line, and nothing returned.
#include "io/textdecoding.h"
#include "io/textimporter.h"

#include "core/templatelibrary.h"
#include "support/testsupport.h"

#include <QStringEncoder>
#include <QTemporaryDir>

#include "qstringprinting.h"

#include <catch2/catch.hpp>

using namespace kuaibao;

namespace {

const QString kOrigin = QStringLiteral("bad.txt");

QString goodBulletin() {
    return QStringLiteral(
        "河口乡创城 工作快报\n第3期\n河口乡创城办\n2024年1月2日\n【检查督导】\n乡里检查集市秩序。\n"
        "编校：周五\n");
}

TextImporter importer() {
    Result<BulletinTemplate> templ = TemplateLibrary::load(TemplateLibrary::defaultTemplateId());
    REQUIRE(templ.ok());
    return TextImporter(*templ);
}

QString errorOf(const QByteArray &bytes, std::optional<int> number = {}) {
    Result<TextImport> imported = importer().importBytes(bytes, {kOrigin, number});
    REQUIRE_FALSE(imported.ok());
    CHECK(imported.error().kind == ErrorKind::BadInput);
    return imported.error().message;
}

} // namespace

TEST_CASE("the good bulletin these tests spoil imports") {
    Result<TextImport> imported = importer().importBytes(goodBulletin().toUtf8(), {kOrigin, {}});
    REQUIRE(imported.ok());
    CHECK(imported->issue.masthead.number == 3);
}

TEST_CASE("an empty file, or one of only white space, is refused as empty") {
    CHECK(errorOf({}) == QStringLiteral("bad.txt:1: the file is empty"));
    CHECK(errorOf("\xEF\xBB\xBF \r\n\t\n") == QStringLiteral("bad.txt:1: the file is empty"));
    CHECK(errorOf("\xFF\xFE") == QStringLiteral("bad.txt:1: the file is empty"));
}

TEST_CASE("a binary file is refused as binary, naming the line") {
    const QByteArray png = QByteArray::fromHex("89504e470d0a1a0a0000000d49484452");
    CHECK(errorOf(png).startsWith(QStringLiteral("bad.txt:3: the file holds NUL bytes")));
    QByteArray controls = goodBulletin().toUtf8();
    controls.insert(controls.indexOf("第3期"), "\x01\x02");
    CHECK(errorOf(controls).startsWith(QStringLiteral("bad.txt:2: control character U+0001")));
}

TEST_CASE("a file with no issue number is refused unless the number is supplied") {
    QString text = goodBulletin();
    text.remove(QStringLiteral("第3期\n"));
    const QString error = errorOf(text.toUtf8());
    CHECK(error.startsWith(QStringLiteral("bad.txt:4: no issue number")));
    CHECK(error.contains(QStringLiteral("--number N")));
    Result<TextImport> supplied = importer().importBytes(text.toUtf8(), {kOrigin, 41});
    REQUIRE(supplied.ok());
    CHECK(supplied->issue.masthead.number == 41);
    CHECK(supplied->issue.masthead.office == QStringLiteral("河口乡创城办"));
}

TEST_CASE("a truncated file is refused as truncated") {
    SECTION("cut in the middle of a sentence, before the footer") {
        const QString text = goodBulletin().left(goodBulletin().indexOf(QStringLiteral("秩序。")));
        const QString error = errorOf(text.toUtf8());
        CHECK(error.startsWith(QStringLiteral("bad.txt:6: the text stops in the middle")));
        CHECK(error.contains(QStringLiteral("truncated")));
    }
    SECTION("cut inside a character") {
        const QByteArray bytes =
            goodBulletin().toUtf8().left(goodBulletin().toUtf8().indexOf("秩序") + 2);
        const QString error = errorOf(bytes);
        CHECK(error.startsWith(QStringLiteral("bad.txt:6: the file ends inside a character")));
    }
    SECTION("cut inside a UTF-16 character") {
        QStringEncoder encoder(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
        const QByteArray bytes = QByteArray(encoder.encode(goodBulletin())).chopped(3);
        CHECK(errorOf(bytes).contains(QStringLiteral("truncated")));
    }
    SECTION("cut after the masthead") {
        const QString text = goodBulletin().left(goodBulletin().indexOf(QStringLiteral("【")));
        CHECK(errorOf(text.toUtf8())
                  .startsWith(QStringLiteral("bad.txt:4: no 【section】 heading anywhere")));
    }
}

TEST_CASE("a 50 MB file is refused before it is read, with its size") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("huge.txt"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.resize(50 * 1024 * 1024)); // sparse: no time spent writing it
    file.close();
    Result<TextImport> imported = importer().importFile(path, {QStringLiteral("huge.txt"), {}});
    REQUIRE_FALSE(imported.ok());
    CHECK(imported.error().message.startsWith(QStringLiteral("huge.txt:1: the file is 50.0 MB")));
    // Bytes handed over directly are held to the same limit.
    CHECK(errorOf(QByteArray(kMaxBulletinTextBytes + 1, 'a')).contains(QStringLiteral("MB")));
}

TEST_CASE("bytes that are neither UTF-8 nor GB18030 are refused, naming the line") {
    QStringEncoder gbk("GBK");
    QByteArray bytes = gbk.encode(goodBulletin());
    bytes.replace("\n", "\n\n");                     // blank lines before the bad one
    bytes.insert(bytes.indexOf("2024"), "\x80\xFF"); // bytes that no GB18030 character has
    CHECK(errorOf(bytes) ==
          QStringLiteral("bad.txt:7: this line is neither UTF-8 nor GB18030/GBK: the file is "
                         "in another encoding, or damaged"));
}

TEST_CASE("UTF-8 with a damaged byte is refused as damaged UTF-8, not read as GB18030") {
    QByteArray bytes = goodBulletin().toUtf8();
    bytes.replace("乡里检查集市秩序。", "乡里检查集市秩序，各村各户参加了检查。");
    const qsizetype at = bytes.indexOf("河口乡创城办") + 1;
    bytes[at] = 'x'; // the middle byte of 河
    CHECK(errorOf(bytes) ==
          QStringLiteral("bad.txt:3: the file is UTF-8 but damaged: byte %1 is not UTF-8").arg(at));
    QByteArray withBom = goodBulletin().toUtf8();
    withBom.prepend("\xEF\xBB\xBF");
    withBom.insert(withBom.indexOf("2024"), "\xB0\xA1"); // GBK bytes behind a UTF-8 byte-order mark
    CHECK(errorOf(withBom).startsWith(
        QStringLiteral("bad.txt:4: the file starts with a UTF-8 byte-order mark but holds bytes "
                       "that are not UTF-8")));
}

TEST_CASE("UTF-16 with a surrogate that has no partner is refused, naming the line") {
    QByteArray bytes("\xFF\xFE");
    bytes += QByteArray(reinterpret_cast<const char *>(goodBulletin().utf16()),
                        goodBulletin().size() * 2);
    const qsizetype office = bytes.indexOf(QByteArray(reinterpret_cast<const char *>(u"办"), 2));
    bytes.insert(office, QByteArray("\x10\xDA", 2)); // a lone high surrogate, U+DA10
    CHECK(errorOf(bytes) ==
          QStringLiteral("bad.txt:3: the file claims to be UTF-16LE but is not valid UTF-16LE"));
}

TEST_CASE("a date that is not on the calendar is refused, naming the line") {
    QString text = goodBulletin();
    text.replace(QStringLiteral("2024年1月2日"), QStringLiteral("2023年2月29日"));
    CHECK(errorOf(text.toUtf8()) ==
          QStringLiteral("bad.txt:4: \"2023年2月29日\" is not a real date"));
    text.remove(QStringLiteral("2023年2月29日\n"));
    CHECK(errorOf(text.toUtf8()).startsWith(QStringLiteral("bad.txt:4: no date")));
}

TEST_CASE("a 简讯 item that names no unit is refused, naming the line") {
    QString text = goodBulletin();
    text.replace(QStringLiteral("编校"),
                 QStringLiteral("【简 讯】\n【文明培育】 近日，村里开展了宣传。\n编校"));
    CHECK(errorOf(text.toUtf8())
              .startsWith(QStringLiteral(
                  "bad.txt:8: the 简讯 text under 【文明培育】 must start with the unit")));
}

TEST_CASE("a folder or a missing file is refused by name") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    Result<TextImport> folder = importer().importFile(dir.path(), {});
    REQUIRE_FALSE(folder.ok());
    CHECK(folder.error().message.contains(QStringLiteral("is a folder")));
    Result<TextImport> missing =
        importer().importFile(dir.filePath(QStringLiteral("absent.txt")), {});
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message.endsWith(QStringLiteral("absent.txt: no such file")));
}
