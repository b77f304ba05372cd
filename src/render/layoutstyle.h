#pragma once

#include "core/bulletintemplate.h"
#include "core/result.h"

#include <QColor>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace kuaibao {

// The kinds of type a page uses; each has its own chain of font families.
enum class FontRole { Masthead, Title, Heading, Body, Kai, PageNumber };

// The template key of a role ("masthead", "title", …) and all roles in order.
QString fontRoleKey(FontRole role);
QList<FontRole> allFontRoles();

// One row of the footer block (版记): a rule or a group of lines, top to bottom.
struct FooterRow {
    enum Kind { OuterRule, InnerRule, Staff, Distribution, Contacts, PrintRun };
    Kind kind = Staff;
};

// Every number of the printed page, read from a template's "layout" object (docs/render.md).
// Lengths on paper are millimetres, type sizes and rule widths points. Defaults follow
// GB/T 9704-2012 and ../shared/docs/layout-spec.md.
struct LayoutStyle {
    // Paper and type area.
    qreal pageWidthMm = 210;
    qreal pageHeightMm = 297;
    qreal marginTopMm = 37;
    qreal marginLeftMm = 28;
    qreal marginRightMm = 26;
    qreal marginBottomMm = 35;
    int linesPerPage = 22;
    int charsPerLine = 28;

    QMap<FontRole, QStringList> fontChains;

    // Masthead (报头), page 1 only.
    QColor mastheadColor = QColor(0xE6, 0x00, 0x12);
    qreal singleNameMaxPt = 42; // a one-line name fits the type width, never above this
    qreal smallNameMaxPt = 24;  // the first of two name lines
    qreal largeNameMaxPt = 60;  // the large second line (工作快报) or a short one-line name
    int shortNameChars = 6;     // names this short are set large and letter-spaced
    qreal largeNameSpacingEm = 0.5;
    int nameGridLines = 3; // grid lines the name takes; 第N期 and office/date follow
    qreal numberLinePt = 16;
    qreal officeLinePt = 16;
    qreal ruleGapMm = 4; // from the office/date line to the red rule
    qreal ruleWidthPt = 1.2;

    // Body.
    qreal headingPt = 16;
    int headingIndentChars = 0;
    int blankLinesBeforeHeading = 1;
    qreal titlePt = 16;
    qreal bodyPt = 16;
    int firstLineIndentChars = 2;
    bool attributionRight = true; // （本刊） flush right on the last line, else run in

    // Footer block (版记), bottom of the last page.
    qreal footerPt = 14;
    int footerIndentChars = 1;
    qreal footerLinePitchPt = 0; // 0: the body grid's line pitch
    qreal outerRuleMm = 0.35;
    qreal innerRuleMm = 0.25;
    QList<FooterRow> footerRows;

    // Page numbers — N —.
    qreal pageNumberPt = 14;
    qreal pageNumberGapMm = 7;
    int pageNumberIndentChars = 1;
    bool numberFirstPage = true;

    // Draft watermark.
    QString watermarkText = QStringLiteral("草稿");
    QColor watermarkColor = QColor(0xDD, 0xDD, 0xDD);
    qreal watermarkPt = 130;

    // The defaults with the default font chains and footer rows.
    static LayoutStyle defaults();
    // The template's "layout" object over the defaults; an unknown key or a bad value is a
    // BadInput error naming the key ("layout.body.size").
    static Result<LayoutStyle> fromTemplate(const BulletinTemplate &bulletinTemplate);
    static Result<LayoutStyle> fromJson(const QJsonObject &layout, const QString &origin);

    // Derived geometry, in points.
    qreal typeWidthPt() const;
    qreal typeHeightPt() const;
    qreal linePitchPt() const { return typeHeightPt() / linesPerPage; }
    qreal charPitchPt() const { return typeWidthPt() / charsPerLine; }
};

// Millimetres to points.
constexpr qreal mmToPt(qreal mm) {
    return mm * 72.0 / 25.4;
}

} // namespace kuaibao
