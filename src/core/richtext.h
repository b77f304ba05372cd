#pragma once

#include <QList>
#include <QString>

namespace kuaibao {

// A piece of paragraph text that is either all bold or all plain.
struct TextRun {
    QString text;
    bool bold = false;

    bool operator==(const TextRun &) const = default;
};

// Paragraph text with inline bold: the only formatting a bulletin paragraph has.
class RichText {
public:
    RichText() = default;
    explicit RichText(const QString &plain);
    explicit RichText(QList<TextRun> runs);

    // Parses `**bold**` markup (the form the sample and the text export use).
    static RichText fromMarkup(const QString &markup);
    // Writes `**bold**` markup; fromMarkup(toMarkup()) gives back the same text.
    QString toMarkup() const;

    // Lossless storage form: plain text plus the bold ranges as "start+length,…".
    QString boldRanges() const;
    static RichText fromBoldRanges(const QString &plain, const QString &ranges);

    QString plainText() const;
    const QList<TextRun> &runs() const { return m_runs; }
    bool isEmpty() const;
    bool hasBold() const;

    void append(const QString &text, bool bold = false);
    void append(const RichText &other);
    // Removes leading and trailing white space (full-width spaces included).
    RichText trimmed() const;
    // The runs covering [from, from+length) of plainText().
    RichText mid(qsizetype from, qsizetype length = -1) const;

    bool operator==(const RichText &other) const { return m_runs == other.m_runs; }

private:
    void normalize();
    QList<TextRun> m_runs; // never empty runs, never two neighbours of equal weight
};

} // namespace kuaibao
