#pragma once

#include "core/richtext.h"

#include <QList>

class QMimeData;
class QTextDocument;

namespace kuaibao {

// Converts between a QTextDocument and paragraphs of RichText, keeping text and bold only:
// what paragraph text may hold, and all a paste from Word, WPS or a web page may bring in.
class BoldText {
public:
    // One RichText per block of `document`; a character counts as bold from DemiBold up.
    static QList<RichText> paragraphs(const QTextDocument &document);
    // The paragraphs of clipboard or drag data: its HTML when there is any, else its text.
    // Fonts, colours, sizes, links, images and tables are dropped; bold survives.
    static QList<RichText> fromMimeData(const QMimeData &data);
    // The paragraphs of an HTML fragment (Word, WPS and browsers put one on the clipboard).
    static QList<RichText> fromHtml(const QString &html);
    // The paragraphs of plain text: one per non-empty line.
    static QList<RichText> fromPlainText(const QString &text);
};

} // namespace kuaibao
