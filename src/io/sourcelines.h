#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace kuaibao {

// One non-blank line of an imported text, as read.
struct SourceLine {
    int number = 0;          // 1-based line number in the file
    QString markup;          // trimmed, `**bold**` markers kept
    QString plain;           // trimmed, markers removed
    bool afterBreak = false; // a blank line or a page break (form feed) came before it
};

// Splits decoded text into its non-blank lines: CRLF, CR and LF all end a line, a form feed
// or vertical tab ends one too, and zero-width characters are dropped.
QList<SourceLine> splitSourceLines(const QString &text);

// Whether text ends a sentence or a clause that stands alone: 。！？；：… and closing quotes or
// brackets, in full-width or ASCII form. A line that does not is cut (a page break or a wrap).
bool endsSentence(const QString &plain);

// A pattern over imported text: \\s and \\w know Unicode (the ideographic space is a space).
QRegularExpression textPattern(const QString &pattern,
                               QRegularExpression::PatternOptions options = {});

// Trims white space, including the ideographic space and no-break space.
QString trimBlank(const QString &text);

// The warnings of one import, each "ORIGIN:LINE: warning: …".
class ImportLog {
public:
    explicit ImportLog(QString origin) : m_origin(std::move(origin)) {}
    const QString &origin() const { return m_origin; }
    void warn(int line, const QString &message);
    QString error(int line, const QString &message) const;
    const QStringList &warnings() const { return m_warnings; }

private:
    QString m_origin;
    QStringList m_warnings;
};

} // namespace kuaibao
