#include "docxstyle.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace kuaibao {

namespace {

void readNumber(const QJsonObject &object, const char *key, double &value) {
    const QJsonValue v = object.value(QLatin1String(key));
    if (v.isDouble()) {
        value = v.toDouble();
    }
}

void readInt(const QJsonObject &object, const char *key, int &value) {
    const QJsonValue v = object.value(QLatin1String(key));
    if (v.isDouble()) {
        value = v.toInt();
    }
}

void readTwips(const QJsonObject &object, const char *key, int &value) {
    const QJsonValue v = object.value(QLatin1String(key));
    if (v.isDouble()) {
        value = mmToTwips(v.toDouble());
    }
}

void readFont(const QJsonObject &fonts, const char *key, QString &value) {
    const QJsonArray chain = fonts.value(QLatin1String(key)).toArray();
    if (!chain.isEmpty() && !chain.first().toString().isEmpty()) {
        value = chain.first().toString();
    }
}

} // namespace

int mmToTwips(double mm) {
    return int(std::lround(mm / 25.4 * 1440));
}

DocxStyle DocxStyle::fromTemplate(const BulletinTemplate &bulletinTemplate) {
    DocxStyle s;
    const QJsonObject layout = bulletinTemplate.json().value(QStringLiteral("layout")).toObject();
    const QJsonObject page = layout.value(QStringLiteral("page")).toObject();
    readTwips(page, "width", s.pageWidth);
    readTwips(page, "height", s.pageHeight);
    readTwips(page, "marginTop", s.marginTop);
    readTwips(page, "marginLeft", s.marginLeft);
    readTwips(page, "marginRight", s.marginRight);
    readTwips(page, "marginBottom", s.marginBottom);
    const QJsonObject grid = layout.value(QStringLiteral("grid")).toObject();
    readInt(grid, "linesPerPage", s.linesPerPage);
    readInt(grid, "charsPerLine", s.charsPerLine);
    s.linesPerPage = qMax(1, s.linesPerPage);
    s.charsPerLine = qMax(1, s.charsPerLine);

    const QJsonObject fonts = layout.value(QStringLiteral("fonts")).toObject();
    readFont(fonts, "masthead", s.mastheadFont);
    readFont(fonts, "title", s.titleFont);
    readFont(fonts, "heading", s.headingFont);
    readFont(fonts, "body", s.bodyFont);
    readFont(fonts, "kai", s.kaiFont);
    readFont(fonts, "pageNumber", s.pageNumberFont);

    const QJsonObject masthead = layout.value(QStringLiteral("masthead")).toObject();
    const QString color = masthead.value(QStringLiteral("color")).toString();
    if (color.size() == 7 && color.startsWith(QLatin1Char('#'))) {
        s.mastheadColor = color.mid(1).toUpper();
    }
    readNumber(masthead, "singleLineMaxSize", s.singleNameMaxPt);
    readNumber(masthead, "smallLineMaxSize", s.smallNameMaxPt);
    readNumber(masthead, "largeLineMaxSize", s.largeNameMaxPt);
    readInt(masthead, "shortNameChars", s.shortNameChars);
    readNumber(masthead, "largeLineSpacing", s.largeNameSpacingEm);
    readInt(masthead, "nameGridLines", s.nameGridLines);
    readNumber(masthead, "numberSize", s.numberPt);
    readNumber(masthead, "officeSize", s.officePt);
    readNumber(masthead, "ruleGap", s.ruleGapMm);
    readNumber(masthead, "ruleWidth", s.ruleWidthPt);

    const QJsonObject heading = layout.value(QStringLiteral("heading")).toObject();
    readNumber(heading, "size", s.headingPt);
    readInt(heading, "indentChars", s.headingIndentChars);
    readInt(heading, "blankLinesBefore", s.blankLinesBeforeHeading);
    readNumber(layout.value(QStringLiteral("title")).toObject(), "size", s.titlePt);
    const QJsonObject body = layout.value(QStringLiteral("body")).toObject();
    readNumber(body, "size", s.bodyPt);
    readInt(body, "firstLineIndentChars", s.firstLineIndentChars);
    s.attributionRight =
        body.value(QStringLiteral("attribution")).toString() != QLatin1String("runIn");

    const QJsonObject footer = layout.value(QStringLiteral("footer")).toObject();
    readNumber(footer, "size", s.footerPt);
    readInt(footer, "indentChars", s.footerIndentChars);
    readNumber(footer, "outerRule", s.outerRuleMm);
    readNumber(footer, "innerRule", s.innerRuleMm);
    const QJsonArray rows = footer.value(QStringLiteral("rows")).toArray();
    if (!rows.isEmpty()) {
        s.footerRows.clear();
        for (const QJsonValue &row : rows) {
            s.footerRows << row.toString();
        }
    }

    const QJsonObject numbers = layout.value(QStringLiteral("pageNumbers")).toObject();
    readNumber(numbers, "size", s.pageNumberPt);
    readNumber(numbers, "gap", s.pageNumberGapMm);
    readInt(numbers, "indentChars", s.pageNumberIndentChars);
    if (numbers.value(QStringLiteral("firstPage")).isBool()) {
        s.numberFirstPage = numbers.value(QStringLiteral("firstPage")).toBool();
    }
    return s;
}

} // namespace kuaibao
