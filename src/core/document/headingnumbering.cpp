#include "headingnumbering.h"

#include "core/headingnumber.h"

namespace kuaibao {

int HeadingNumbering::valueAt(const QList<Paragraph> &paragraphs, int index, int level) {
    int value = 1;
    for (int i = qMin(index, int(paragraphs.size())) - 1; i >= 0; --i) {
        const int before = paragraphs.at(i).level;
        if (before == level) {
            ++value;
        } else if (before > kBodyLevel && before < level) {
            break; // a heading of a higher level: this level starts again under it
        }
    }
    return value;
}

RichText HeadingNumbering::numbered(const RichText &text, int level, int value) {
    const HeadingNumber own = HeadingNumber::of(text.plainText());
    const RichText rest = text.mid(own.length);
    // The numbering keeps the weight of the numbering it replaces; a new one is plain.
    const bool bold = own.length > 0 && !text.runs().isEmpty() && text.runs().first().bold;
    RichText out;
    out.append(HeadingNumber::text(level, value), bold);
    out.append(rest);
    return out;
}

QList<Paragraph> HeadingNumbering::renumbered(QList<Paragraph> paragraphs) {
    for (int i = 0; i < paragraphs.size(); ++i) {
        Paragraph &p = paragraphs[i];
        if (p.isHeading()) {
            p.text = numbered(p.text, p.level, valueAt(paragraphs, i, p.level));
        }
    }
    return paragraphs;
}

} // namespace kuaibao
