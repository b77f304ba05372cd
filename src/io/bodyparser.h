#pragma once

#include "briefsplitter.h"
#include "footerparser.h"
#include "sourcelines.h"

#include "core/bulletintemplate.h"
#include "core/issue.h"
#include "core/result.h"

#include <optional>

namespace kuaibao {

// What the lines below the masthead hold: the sections, then the footer.
struct IssueBody {
    QList<Section> sections;
    Footer footer;
};

// Reads the lines from the first 【section】 heading on: articles (an optional title line, the
// paragraphs, the attribution such as （本刊） at the end), 简讯 categories split into items, and
// the footer. A line that does not end a sentence is joined with the next one: that is how a
// page break or a wrapped line in text copied out of a PDF is mended.
class BodyParser {
public:
    BodyParser(const BulletinTemplate &bulletinTemplate, ImportLog &log);

    // Page-number lines (- 2 -, 第2页) are left out first, with a warning each.
    Result<IssueBody> parse(const QList<SourceLine> &allLines);

    // The section name a whole-line heading gives, or nothing: 【简 讯】 gives 简讯.
    static std::optional<QString> headingName(const QString &plain);

private:
    enum class Pending { None, Paragraph, Category };

    void startSection(const SourceLine &line, const QString &name);
    void startCategory(const SourceLine &line, const QString &name, const QString &markup);
    void addBodyLine(const SourceLine &line, const SourceLine *next);
    Status flush();
    void flushParagraph();
    bool isCategoryName(const QString &name) const;
    bool isTitle(const SourceLine &line, const SourceLine *next) const;
    // The heading level of a line of an article (docs/text-format.md), 0 for a paragraph line;
    // `markup` gets the heading's text (a `# ` marker left out).
    int headingLevel(const SourceLine &line, const SourceLine *next, QString *markup) const;
    Status checkComplete(const QList<SourceLine> &lines) const;

    const BulletinTemplate &m_template;
    ImportLog &m_log;
    FooterParser m_footerParser;
    BriefSplitter m_briefSplitter;

    IssueBody m_body;
    bool m_inFooter = false;
    bool m_sectionHasKind = false;
    bool m_articleClosed = true;  // the next paragraph starts a new article
    bool m_titleJustRead = false; // the line before was a title or heading: this is no title
    Pending m_pending = Pending::None;
    QString m_pendingMarkup;
    int m_pendingLine = 0;
};

} // namespace kuaibao
