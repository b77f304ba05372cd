#pragma once

#include "core/issue.h"

namespace kuaibao {

// The numbering the headings of an article carry in sequence: each level counts 一、二、… (or
// 1. 2. …) and starts again under every heading of a higher level, as GB/T 9704 numbers them.
class HeadingNumbering {
public:
    // The number heading `index` of `level` takes after the headings before it.
    static int valueAt(const QList<Paragraph> &paragraphs, int index, int level);
    // `text` numbered `value` at `level`: its own numbering (of any level) replaced, or the
    // numbering put in front when it has none.
    static RichText numbered(const RichText &text, int level, int value);
    // Every heading numbered in sequence; body text is left as it is.
    static QList<Paragraph> renumbered(QList<Paragraph> paragraphs);
};

} // namespace kuaibao
