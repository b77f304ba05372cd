#pragma once

#include <QString>

namespace kuaibao {

// The printed text of an issue made comparable, whatever the spacing and pagination: what a
// PDF's extracted text and the text export are both reduced to before they are compared.
namespace printedtext {

// `text` without any kind of white space.
QString squeezed(const QString &text);

// `text` without page numbers (a line that is only "— N —"), without the 签发校验码 line,
// squeezed, without the text export's `**` bold markers, and with the print run's brackets
// (（共印60份）) dropped. The 草稿 watermark is drawn as a path and never is text.
QString comparable(const QString &text);

// The 签发校验码 a page's text prints ("3F2A 91C0 7B1D"), or an empty string.
QString printedSignoffCode(const QString &text);

// Where two comparable texts first differ: the offset, or -1 when they are equal.
qsizetype firstDifference(const QString &a, const QString &b);

} // namespace printedtext

} // namespace kuaibao
