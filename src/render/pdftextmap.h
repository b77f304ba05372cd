#pragma once

#include <QByteArray>
#include <QList>
#include <QRawFont>
#include <QString>

namespace kuaibao {

// Corrects the ToUnicode maps of a PDF written by Qt. Qt maps each glyph back to the lowest
// code point that uses it, so in Noto CJK fonts, which share a glyph between a Kangxi radical
// and its ideograph, 门 文 工 come out of the PDF as ⻔ ⽂ ⼯ when copied or searched. For
// every entry whose code point was never drawn, this picks the drawn character that the same
// glyph stands for in one of `fonts`. Entries are rewritten in place with the same length, so
// the file's cross-reference offsets stay valid. Returns how many entries it corrected.
int repairToUnicodeMaps(QByteArray &pdf, const QString &drawnText, const QList<QRawFont> &fonts);

} // namespace kuaibao
