#include <catch2/catch.hpp>

#include "core/richtext.h"

using kuaibao::RichText;

TEST_CASE("bold markup reads into runs and writes back the same", "[richtext]") {
    const QString markup = QStringLiteral("会议要求：**一要压实责任。**要把任务分解到村。");
    const RichText text = RichText::fromMarkup(markup);
    REQUIRE(text.runs().size() == 3);
    CHECK(text.runs().at(1).bold);
    CHECK(text.runs().at(1).text == QStringLiteral("一要压实责任。"));
    CHECK(text.plainText() == QStringLiteral("会议要求：一要压实责任。要把任务分解到村。"));
    CHECK(text.toMarkup() == markup);
}

TEST_CASE("an unclosed bold mark makes the rest bold rather than losing text", "[richtext]") {
    const RichText text = RichText::fromMarkup(QStringLiteral("甲**乙丙"));
    CHECK(text.plainText() == QStringLiteral("甲乙丙"));
    CHECK(text.runs().last().bold);
}

TEST_CASE("bold ranges store and restore bold exactly, even around literal asterisks",
          "[richtext]") {
    RichText text;
    text.append(QStringLiteral("a**b"), false);
    text.append(QStringLiteral("粗体"), true);
    text.append(QStringLiteral("尾"), false);
    const RichText back = RichText::fromBoldRanges(text.plainText(), text.boldRanges());
    CHECK(back == text);
    CHECK(text.boldRanges() == QStringLiteral("4+2"));
}

TEST_CASE("damaged bold ranges keep all the text", "[richtext]") {
    const RichText back =
        RichText::fromBoldRanges(QStringLiteral("一二三"), QStringLiteral("x+1,2+9"));
    CHECK(back.plainText() == QStringLiteral("一二三"));
    CHECK_FALSE(back.hasBold());
    // ranges so large that start + length would overflow
    const RichText huge = RichText::fromBoldRanges(
        QStringLiteral("一二三"), QStringLiteral("4611686018427387904+4611686018427387904,1+1"));
    CHECK(huge.plainText() == QStringLiteral("一二三"));
    CHECK(huge.boldRanges() == QStringLiteral("1+1"));
}

TEST_CASE("neighbouring runs of equal weight merge", "[richtext]") {
    RichText text;
    text.append(QStringLiteral("一"), true);
    text.append(QStringLiteral("二"), true);
    text.append(QString(), false);
    REQUIRE(text.runs().size() == 1);
    CHECK(text.runs().first().text == QStringLiteral("一二"));
}

TEST_CASE("trimming removes full-width and ASCII blanks and keeps bold", "[richtext]") {
    RichText text;
    text.append(QStringLiteral("\u3000 "), false);
    text.append(QStringLiteral("粗"), true);
    text.append(QStringLiteral("细 \u3000"), false);
    const RichText trimmed = text.trimmed();
    CHECK(trimmed.plainText() == QStringLiteral("粗细"));
    CHECK(trimmed.runs().first().bold);
}
