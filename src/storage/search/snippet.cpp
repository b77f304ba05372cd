#include "snippet.h"

namespace kuaibao {

namespace {

// Moves a cut point off the second half of a surrogate pair.
qsizetype safeCut(const QString &text, qsizetype at) {
    if (at > 0 && at < text.size() && text.at(at).isLowSurrogate()) {
        return at - 1;
    }
    return at;
}

} // namespace

Snippet Snippet::around(const QString &fullText, const QString &query, int before, int after) {
    Snippet out;
    const QString flat = QString(fullText).replace(QLatin1Char('\n'), QLatin1Char(' '));
    const qsizetype at = flat.indexOf(query, 0, Qt::CaseInsensitive);
    if (at < 0) {
        out.text = flat.left(before + after);
        return out;
    }
    out.matchStart = at;
    out.matchLength = query.size();
    const qsizetype from = safeCut(flat, std::max<qsizetype>(0, at - before));
    const qsizetype end =
        safeCut(flat, std::min<qsizetype>(flat.size(), at + query.size() + after));
    if (from > 0) {
        out.text += QChar(0x2026);
    }
    out.text += flat.mid(from, at - from) + kMatchOpen + flat.mid(at, query.size()) + kMatchClose +
                flat.mid(at + query.size(), end - at - query.size());
    if (end < flat.size()) {
        out.text += QChar(0x2026);
    }
    return out;
}

} // namespace kuaibao
