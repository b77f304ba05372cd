#include "bodyparser.h"

#include "headinglines.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct BodyParserText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::BodyParser)
};

// Titles are short; a longer unpunctuated line is a paragraph cut by a page break.
constexpr qsizetype kMaxTitleLength = 40;

// 【文明培育】 东辛房街道：… (a category label with its text on the same line).
const QRegularExpression &categoryLinePattern() {
    static const QRegularExpression p =
        textPattern(QStringLiteral("^【\\s*([^【】]{1,20}?)\\s*】\\s*(.+)$"));
    return p;
}

// The attribution closing an article: （本刊）, (区文明办供稿), alone or after the last sentence.
const QRegularExpression &attributionPattern() {
    static const QRegularExpression p = textPattern(
        QStringLiteral("(?:^|(?<=[\\s。！？；.!?”]))\\s*([（(][^（）()。，]{1,16}[）)])$"));
    return p;
}

// The last (or first) character of markup that is text: bold markers and white space skipped.
// Looks at the ends only, so that a long paragraph built line by line costs no more than its size.
QChar edgeTextChar(const QString &markup, bool last) {
    const qsizetype n = markup.size();
    for (qsizetype k = 0; k < n; ++k) {
        const QChar c = markup.at(last ? n - 1 - k : k);
        if (c != QLatin1Char('*') && !c.isSpace()) {
            return c;
        }
    }
    return {};
}

bool isAsciiWordChar(QChar c) {
    return c.unicode() < 128 && c.isLetterOrNumber();
}

bool markupEndsSentence(const QString &markup) {
    const QChar c = edgeTextChar(markup, true);
    return !c.isNull() && endsSentence(QString(c));
}

// Appends a piece of one paragraph cut apart by a line break (a space between two words of a
// Latin script, nothing between Chinese characters).
void appendPiece(QString &markup, const QString &piece) {
    if (!markup.isEmpty() && isAsciiWordChar(edgeTextChar(markup, true)) &&
        isAsciiWordChar(edgeTextChar(piece, false))) {
        markup += QLatin1Char(' ');
    }
    markup += piece;
}

bool startsWithPunctuation(const QString &plain) {
    return !plain.isEmpty() && plain.front().isPunct() && plain.front() != QChar(u'“') &&
           plain.front() != QChar(u'《') && plain.front() != QChar(u'（') &&
           plain.front() != QLatin1Char('(');
}

} // namespace

BodyParser::BodyParser(const BulletinTemplate &bulletinTemplate, ImportLog &log)
    : m_template(bulletinTemplate), m_log(log), m_footerParser(bulletinTemplate, log),
      m_briefSplitter(bulletinTemplate, log) {}

std::optional<QString> BodyParser::headingName(const QString &plain) {
    static const QRegularExpression heading =
        textPattern(QStringLiteral("^【\\s*([^【】]{1,30}?)\\s*】$"));
    const QRegularExpressionMatch match = heading.match(plain);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    static const QRegularExpression gap = textPattern(QStringLiteral("\\s+"));
    const QStringList parts = match.captured(1).split(gap, Qt::SkipEmptyParts);
    bool letterSpaced = parts.size() > 1;
    for (const QString &part : parts) {
        letterSpaced = letterSpaced && part.size() == 1;
    }
    return letterSpaced ? parts.join(QString()) : match.captured(1);
}

bool BodyParser::isCategoryName(const QString &name) const {
    for (const SectionSkeleton &skeleton : m_template.sections()) {
        if (skeleton.name == name) {
            return false;
        }
    }
    for (const SectionSkeleton &skeleton : m_template.sections()) {
        if (skeleton.categories.contains(name)) {
            return true;
        }
    }
    return false;
}

void BodyParser::startSection(const SourceLine &line, const QString &name) {
    Section section;
    section.name = name;
    m_sectionHasKind = false;
    m_titleJustRead = false;
    bool known = false;
    for (const SectionSkeleton &skeleton : m_template.sections()) {
        if (skeleton.name == name) {
            section.kind = skeleton.kind;
            known = true;
        }
    }
    if (!known) {
        m_log.warn(
            line.number,
            BodyParserText::tr("section 【%1】 is not in the template; it is imported as a section "
                               "of that name")
                .arg(name));
    }
    m_body.sections.append(section);
    m_articleClosed = true;
}

void BodyParser::startCategory(const SourceLine &line, const QString &name, const QString &markup) {
    Section &section = m_body.sections.last();
    section.kind = SectionKind::Briefs;
    m_sectionHasKind = true;
    if (!isCategoryName(name)) {
        m_log.warn(line.number,
                   BodyParserText::tr(
                       "category 【%1】 is not in the template; it is imported as a category "
                       "of that name")
                       .arg(name));
    }
    section.categories.append(BriefCategory{name, {}, {}});
    m_pending = Pending::Category;
    m_pendingMarkup = markup;
    m_pendingLine = line.number;
}

bool BodyParser::isTitle(const SourceLine &line, const SourceLine *next) const {
    // A title is one phrase: no sentence ends inside it, and it ends in a word (or a closing
    // quote or bracket), never in a comma or other mark.
    static const QString closers = QStringLiteral("”’」』）》)\"'");
    static const QRegularExpression sentenceEnd(QStringLiteral("[。！？；]"));
    const QChar last = line.plain.back();
    if (endsSentence(line.plain) || (last.isPunct() && !closers.contains(last)) ||
        line.plain.contains(sentenceEnd) || line.plain.size() > kMaxTitleLength ||
        startsWithPunctuation(line.plain) || next == nullptr) {
        return false;
    }
    return !next->plain.isEmpty() && !startsWithPunctuation(next->plain) &&
           !headingName(next->plain) && !m_footerParser.startsFooter(*next) &&
           !categoryLinePattern().match(next->plain).hasMatch();
}

int BodyParser::headingLevel(const SourceLine &line, const SourceLine *next,
                             QString *markup) const {
    *markup = line.markup;
    if (const int marked = HeadingLines::markedLevel(line.markup, markup); marked > 0) {
        return marked;
    }
    if (attributionPattern().match(line.plain).hasMatch()) {
        return 0; // a line that closes an article is its last paragraph
    }
    return HeadingLines::levelOf(line.plain, next != nullptr && next->afterBreak);
}

void BodyParser::addBodyLine(const SourceLine &line, const SourceLine *next) {
    Section &section = m_body.sections.last();
    const bool pendingCut = m_pending != Pending::None && !markupEndsSentence(m_pendingMarkup);
    if (section.kind == SectionKind::Briefs && !section.categories.isEmpty()) {
        // More of the category's items, on lines of their own.
        m_pending = Pending::Category;
        appendPiece(m_pendingMarkup, line.markup);
        return;
    }
    // A heading line is never joined to the line before or after it.
    QString headingMarkup;
    const int heading =
        m_pending == Pending::Category ? 0 : headingLevel(line, next, &headingMarkup);
    if (pendingCut && heading == 0) {
        appendPiece(m_pendingMarkup, line.markup); // a page break or a wrapped line
        return;
    }
    flushParagraph();
    if (!m_sectionHasKind) {
        if (section.kind == SectionKind::Briefs) {
            m_log.warn(
                line.number,
                BodyParserText::tr("section 【%1】 holds 简讯 in the template, but its text has no "
                                   "【category】 labels; it is imported as articles")
                    .arg(section.name));
        }
        section.kind = SectionKind::Articles;
        m_sectionHasKind = true;
    }
    const bool titleBefore = m_titleJustRead;
    m_titleJustRead = false;
    if (heading > 0) {
        if (m_articleClosed || section.articles.isEmpty()) {
            section.articles.append(Article{});
            m_articleClosed = false;
        }
        section.articles.last().paragraphs.append(
            Paragraph{RichText::fromMarkup(headingMarkup).trimmed(), heading});
        m_titleJustRead = true; // what follows a heading is its text, never a new article's title
        return;
    }
    if (!titleBefore && isTitle(line, next)) {
        section.articles.append(Article{line.plain, {}, {}});
        m_articleClosed = false;
        m_titleJustRead = true;
        return;
    }
    if (m_articleClosed || section.articles.isEmpty()) {
        section.articles.append(Article{});
        m_articleClosed = false;
    }
    m_pending = Pending::Paragraph;
    m_pendingMarkup = line.markup;
    m_pendingLine = line.number;
}

void BodyParser::flushParagraph() {
    if (m_pending != Pending::Paragraph) {
        return;
    }
    m_pending = Pending::None;
    Article &article = m_body.sections.last().articles.last();
    RichText text = RichText::fromMarkup(m_pendingMarkup).trimmed();
    m_pendingMarkup.clear();
    const QString plain = text.plainText();
    if (const auto match = attributionPattern().match(plain); match.hasMatch()) {
        article.attribution = match.captured(1);
        text = text.mid(0, match.capturedStart()).trimmed();
        m_articleClosed = true;
    }
    if (!text.isEmpty()) {
        article.paragraphs.append(Paragraph{text});
    }
}

Status BodyParser::flush() {
    if (m_pending == Pending::Paragraph) {
        flushParagraph();
    } else if (m_pending == Pending::Category) {
        m_pending = Pending::None;
        const RichText text = RichText::fromMarkup(m_pendingMarkup);
        m_pendingMarkup.clear();
        if (Status split = m_briefSplitter.split(text, m_pendingLine,
                                                 m_body.sections.last().categories.last());
            !split) {
            return split;
        }
    }
    return {};
}

Status BodyParser::checkComplete(const QList<SourceLine> &lines) const {
    if (m_inFooter || lines.isEmpty()) {
        return {};
    }
    const SourceLine &last = lines.last();
    if (headingName(last.plain) || !endsSentence(last.plain)) {
        return Error::badInput(m_log.error(
            last.number,
            BodyParserText::tr(
                "the text stops in the middle (\"%1\") and has no footer: the file looks "
                "truncated")
                .arg(last.plain.right(20))));
    }
    return {};
}

namespace {

// Page numbers that text copied out of a PDF carries between pages: 2, - 2 -, —2—, 第2页, 2/5.
bool isPageNumber(const QString &plain) {
    static const QRegularExpression pattern =
        textPattern(QStringLiteral("^[-—－–·\\s]*(?:第\\s*)?[0-9０-９]{1,4}(?:\\s*页)?(?:\\s*(?:/"
                                   "|共)\\s*[0-9０-９]{1,4}\\s*页?)?[-—－–·\\s]*$"));
    return pattern.match(plain).hasMatch();
}

} // namespace

Result<IssueBody> BodyParser::parse(const QList<SourceLine> &allLines) {
    QList<SourceLine> lines;
    for (const SourceLine &line : allLines) {
        if (isPageNumber(line.plain)) {
            m_log.warn(line.number,
                       BodyParserText::tr("page number \"%1\" left out").arg(line.plain));
        } else {
            lines.append(line);
        }
    }
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const SourceLine &line = lines.at(i);
        const SourceLine *next = i + 1 < lines.size() ? &lines.at(i + 1) : nullptr;
        if (m_inFooter || m_footerParser.startsFooter(line)) {
            if (Status s = flush(); !s) {
                return s.error();
            }
            m_inFooter = true;
            m_footerParser.read(line, m_body.footer);
            continue;
        }
        if (const std::optional<QString> name = headingName(line.plain)) {
            if (Status s = flush(); !s) {
                return s.error();
            }
            const bool briefsHere =
                !m_body.sections.isEmpty() &&
                (m_body.sections.last().kind == SectionKind::Briefs || !m_sectionHasKind);
            if (briefsHere && isCategoryName(*name)) {
                startCategory(line, *name, QString());
            } else {
                startSection(line, *name);
            }
            continue;
        }
        const Section *section = m_body.sections.isEmpty() ? nullptr : &m_body.sections.last();
        const QRegularExpressionMatch category = categoryLinePattern().match(line.plain);
        if (section != nullptr && category.hasMatch() &&
            (section->kind == SectionKind::Briefs ? true : section->articles.isEmpty())) {
            if (Status s = flush(); !s) {
                return s.error();
            }
            // The text after the label, keeping a bold run that the label opened.
            const qsizetype close = line.markup.indexOf(QStringLiteral("】"));
            QString markup = line.markup.mid(close + 1);
            if (line.markup.left(close).count(QStringLiteral("**")) % 2 != 0) {
                markup.prepend(QStringLiteral("**"));
            }
            startCategory(line, category.captured(1), trimBlank(markup));
            continue;
        }
        if (section == nullptr) {
            return Error::badInput(m_log.error(
                line.number, BodyParserText::tr("text before the first 【section】 heading")));
        }
        addBodyLine(line, next);
    }
    if (Status s = flush(); !s) {
        return s.error();
    }
    if (Status s = checkComplete(lines); !s) {
        return s.error();
    }
    return m_body;
}

} // namespace kuaibao
