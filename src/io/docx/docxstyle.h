#pragma once

#include "core/bulletintemplate.h"

#include <QString>

namespace kuaibao {

// The numbers a Word document of an issue is set with, read from the template's "layout"
// object (docs/render.md), with the defaults of the print layout. Lengths are twips (1/20 pt)
// unless the name says otherwise; font names are the first of each chain, as an office
// computer knows them.
struct DocxStyle {
    int pageWidth = 11906;
    int pageHeight = 16838;
    int marginTop = 2098;
    int marginLeft = 1587;
    int marginRight = 1474;
    int marginBottom = 1984;
    int linesPerPage = 22;
    int charsPerLine = 28;

    QString mastheadFont = QStringLiteral("方正小标宋简体");
    QString titleFont = QStringLiteral("方正小标宋简体");
    QString headingFont = QStringLiteral("黑体");
    QString bodyFont = QStringLiteral("仿宋_GB2312");
    QString kaiFont = QStringLiteral("楷体_GB2312");
    QString pageNumberFont = QStringLiteral("宋体");

    QString mastheadColor = QStringLiteral("E60012"); // RRGGBB
    double smallNameMaxPt = 22;
    double singleNameMaxPt = 42;
    double largeNameMaxPt = 54;
    int shortNameChars = 6;
    double largeNameSpacingEm = 0.5;
    int nameGridLines = 3;
    double numberPt = 16;
    double officePt = 16;
    double ruleGapMm = 4;
    double ruleWidthPt = 1.2;

    double headingPt = 16;
    int headingIndentChars = 0;
    int blankLinesBeforeHeading = 1;
    double titlePt = 16;
    double bodyPt = 16;
    int firstLineIndentChars = 2;
    bool attributionRight = true;

    double footerPt = 14;
    int footerIndentChars = 1;
    double outerRuleMm = 0.35;
    double innerRuleMm = 0.25;
    QStringList footerRows = {QStringLiteral("staff"),        QStringLiteral("outerRule"),
                              QStringLiteral("distribution"), QStringLiteral("innerRule"),
                              QStringLiteral("contacts"),     QStringLiteral("printRun"),
                              QStringLiteral("outerRule")};

    double pageNumberPt = 14;
    double pageNumberGapMm = 7;
    int pageNumberIndentChars = 1;
    bool numberFirstPage = false;

    static DocxStyle fromTemplate(const BulletinTemplate &bulletinTemplate);

    // The font of heading level 1–4 inside an article (GB/T 9704 §7.3.3): 黑体, 楷体, then
    // the body's 仿宋 for levels 3 and 4.
    QString levelFont(int level) const {
        return level == 1 ? headingFont : (level == 2 ? kaiFont : bodyFont);
    }
    // The style id of heading level 1–4: Word's built-in Heading1 … Heading4 ("heading 1",
    // shown as 标题 1 in a Chinese Word or WPS).
    static QString levelStyleId(int level) { return QStringLiteral("Heading%1").arg(level); }

    int textWidth() const { return pageWidth - marginLeft - marginRight; }
    int textHeight() const { return pageHeight - marginTop - marginBottom; }
    // The grid's line pitch, in whole twips so that all its lines fit the type area.
    int linePitch() const { return textHeight() / linesPerPage; }
    // Twips of one grid character at the body size.
    double charPitch() const { return double(textWidth()) / charsPerLine; }
};

int mmToTwips(double mm);

} // namespace kuaibao
