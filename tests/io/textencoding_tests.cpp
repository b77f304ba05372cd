// The same bulletin in every encoding and line-end convention an office's files come in.
#include "io/textimporter.h"

#include "core/templatelibrary.h"

#include <QStringEncoder>

#include "qstringprinting.h"

#include <catch2/catch.hpp>

using namespace kuaibao;

namespace {

// A small bulletin of our own, with LF line ends.
QString ownBulletin() {
    return QStringLiteral(
        "清河县创城 工作快报\n\n第九期\n\n清河县创城办\n\n2023年5月6日\n\n【检查督导】\n\n"
        "县里检查老街\n\n查看了老街的**门前三包**落实情况，要求\n\n限期整改。 （本刊）\n\n"
        "【简 讯】\n\n【文明培育】 "
        "**城关镇：**近日，东街社区开展宣传。河口乡、县妇联也开展了相关活动。\n\n"
        "编校：赵一 审核：钱二 核签：孙三\n\n报：县委、县政府领导同志\n\n印数：30份\n");
}

Issue expectedIssue() {
    Result<BulletinTemplate> templ = TemplateLibrary::load(TemplateLibrary::defaultTemplateId());
    REQUIRE(templ.ok());
    Result<TextImport> imported =
        TextImporter(*templ).importText(ownBulletin(), {QStringLiteral("own.txt"), {}});
    INFO((imported ? QString() : imported.error().message).toStdString());
    REQUIRE(imported.ok());
    return imported->issue;
}

Result<TextImport> importBytes(const QByteArray &bytes) {
    Result<BulletinTemplate> templ = TemplateLibrary::load(TemplateLibrary::defaultTemplateId());
    REQUIRE(templ.ok());
    return TextImporter(*templ).importBytes(bytes, {QStringLiteral("variant.txt"), {}});
}

QByteArray encoded(const QString &text, const char *encoding,
                   QStringConverter::Flags flags = QStringConverter::Flag::Default) {
    QStringEncoder encoder(encoding, flags);
    REQUIRE(encoder.isValid());
    QByteArray bytes = encoder.encode(text);
    REQUIRE_FALSE(encoder.hasError());
    return bytes;
}

QString withLineEnds(QString text, const QString &lineEnd) {
    return text.replace(QLatin1Char('\n'), lineEnd);
}

} // namespace

TEST_CASE("our own bulletin is read as intended") {
    const Issue issue = expectedIssue();
    CHECK(issue.masthead.number == 9);
    CHECK(issue.masthead.nameLines ==
          QStringList{QStringLiteral("清河县创城"), QStringLiteral("工作快报")});
    CHECK(issue.masthead.date == QDate(2023, 5, 6));
    REQUIRE(issue.sections.size() == 2);
    REQUIRE(issue.sections.at(0).articles.size() == 1);
    CHECK(issue.sections.at(0).articles.at(0).title == QStringLiteral("县里检查老街"));
    REQUIRE(issue.sections.at(0).articles.at(0).paragraphs.size() == 1);
    CHECK(issue.sections.at(0).articles.at(0).paragraphs.at(0).text.plainText() ==
          QStringLiteral("查看了老街的门前三包落实情况，要求限期整改。"));
    REQUIRE(issue.sections.at(1).categories.size() == 1);
    CHECK(issue.sections.at(1).categories.at(0).items.at(0).units ==
          QStringList{QStringLiteral("城关镇")});
    CHECK(issue.sections.at(1).categories.at(0).alsoUnits ==
          QStringList{QStringLiteral("河口乡"), QStringLiteral("县妇联")});
    CHECK(issue.footer.printRun == 30);
}

TEST_CASE(
    "UTF-8 with and without a byte-order mark, with LF, CRLF and CR line ends, read the same") {
    const Issue expected = expectedIssue();
    for (const QString &lineEnd :
         {QStringLiteral("\n"), QStringLiteral("\r\n"), QStringLiteral("\r")}) {
        for (bool bom : {false, true}) {
            INFO("bom " << bom << " line end " << lineEnd.toUtf8().toHex().toStdString());
            QByteArray bytes = withLineEnds(ownBulletin(), lineEnd).toUtf8();
            if (bom) {
                bytes.prepend("\xEF\xBB\xBF");
            }
            Result<TextImport> imported = importBytes(bytes);
            REQUIRE(imported.ok());
            CHECK(imported->encoding == QStringLiteral("UTF-8"));
            CHECK(imported->issue.sameContent(expected));
        }
    }
}

TEST_CASE("UTF-16 with a byte-order mark, little and big endian, reads the same") {
    const Issue expected = expectedIssue();
    for (const char *encoding : {"UTF-16LE", "UTF-16BE"}) {
        INFO(encoding);
        QByteArray bytes = encoded(withLineEnds(ownBulletin(), QStringLiteral("\r\n")), encoding,
                                   QStringConverter::Flag::WriteBom);
        REQUIRE((bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")));
        Result<TextImport> imported = importBytes(bytes);
        INFO((imported ? QString() : imported.error().message).toStdString());
        REQUIRE(imported.ok());
        CHECK(imported->encoding == QLatin1String(encoding));
        CHECK(imported->issue.sameContent(expected));
    }
}

TEST_CASE("GB18030 and GBK, as Chinese Windows writes them, read the same") {
    const Issue expected = expectedIssue();
    for (const char *encoding : {"GB18030", "GBK"}) {
        INFO(encoding);
        const QByteArray bytes =
            encoded(withLineEnds(ownBulletin(), QStringLiteral("\r\n")), encoding);
        REQUIRE(bytes != ownBulletin().toUtf8());
        Result<TextImport> imported = importBytes(bytes);
        INFO((imported ? QString() : imported.error().message).toStdString());
        REQUIRE(imported.ok());
        CHECK(imported->encoding == QStringLiteral("GB18030"));
        CHECK(imported->issue.sameContent(expected));
    }
}

TEST_CASE("ASCII colons and brackets in labels and a form feed page break read the same") {
    const Issue expected = expectedIssue();
    QString text = ownBulletin();
    text.replace(QStringLiteral("编校：赵一 审核：钱二 核签：孙三"),
                 QStringLiteral("编校:赵一 审核: 钱二 核签 : 孙三"));
    text.replace(QStringLiteral("报："), QStringLiteral("报:"));
    text.replace(QStringLiteral("印数：30份"), QStringLiteral("(共印30份)"));
    text.replace(QStringLiteral("**城关镇：**"), QStringLiteral("城关镇:"));
    text.replace(QStringLiteral("要求\n\n限期"), QStringLiteral("要求\n\f限期"));
    Result<TextImport> imported = importBytes(text.toUtf8());
    INFO((imported ? QString() : imported.error().message).toStdString());
    REQUIRE(imported.ok());
    CHECK(imported->issue.sameContent(expected));
}
