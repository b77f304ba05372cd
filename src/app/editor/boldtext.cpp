#include "boldtext.h"

#include <QFont>
#include <QMimeData>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>

namespace kuaibao {

namespace {
bool isBoldWeight(int weight) {
    return weight >= QFont::DemiBold;
}

// Drops the empty paragraphs a paste brings between and around the real ones.
QList<RichText> withoutEmpty(const QList<RichText> &paragraphs) {
    QList<RichText> kept;
    for (const RichText &p : paragraphs) {
        if (!p.trimmed().isEmpty()) {
            kept << p;
        }
    }
    return kept;
}

// The blocks of a document as RichText, with line breaks (<br>, Shift+Enter) kept.
QList<RichText> blocksOf(const QTextDocument &document) {
    QList<RichText> result;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        RichText paragraph;
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.isValid()) {
                QString text = fragment.text();
                text.remove(QChar::ObjectReplacementCharacter);
                paragraph.append(text, isBoldWeight(fragment.charFormat().fontWeight()));
            }
        }
        result << paragraph;
    }
    return result;
}
} // namespace

QList<RichText> BoldText::paragraphs(const QTextDocument &document) {
    QList<RichText> result;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        RichText paragraph;
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.isValid()) {
                QString text = fragment.text();
                text.replace(QChar::LineSeparator, QString());
                text.replace(QChar::ObjectReplacementCharacter, QString());
                paragraph.append(text, isBoldWeight(fragment.charFormat().fontWeight()));
            }
        }
        result << paragraph;
    }
    return result;
}

QList<RichText> BoldText::fromMimeData(const QMimeData &data) {
    if (data.hasHtml()) {
        return fromHtml(data.html());
    }
    return fromPlainText(data.text());
}

QList<RichText> BoldText::fromHtml(const QString &html) {
    QTextDocument document;
    document.setHtml(html);
    // A <br> inside a block is a line break the sender meant as a new paragraph.
    QList<RichText> split;
    for (const RichText &block : blocksOf(document)) {
        const QString plain = block.plainText();
        qsizetype start = 0;
        for (qsizetype at = plain.indexOf(QChar::LineSeparator); at >= 0;
             at = plain.indexOf(QChar::LineSeparator, start)) {
            split << block.mid(start, at - start);
            start = at + 1;
        }
        split << block.mid(start);
    }
    return withoutEmpty(split);
}

QList<RichText> BoldText::fromPlainText(const QString &text) {
    QList<RichText> result;
    static const QRegularExpression lineBreak(QStringLiteral("\r\n|\r|\n|\u2029|\u2028"));
    for (const QString &line : text.split(lineBreak)) {
        result << RichText(line);
    }
    return withoutEmpty(result);
}

} // namespace kuaibao
