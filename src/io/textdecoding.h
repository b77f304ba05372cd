#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace kuaibao {

// Text files above this size are refused: a whole bulletin is a few dozen kilobytes.
inline constexpr qint64 kMaxBulletinTextBytes = 4 * 1024 * 1024;

// A bulletin's bytes turned into text, with the encoding that was recognised.
struct DecodedText {
    QString text;
    QString encoding; // "UTF-8", "UTF-16LE", "GB18030" …
};

// Turns a text file's bytes into text: UTF-8 with or without a byte-order mark, UTF-16 with a
// byte-order mark, else GB18030 (which includes GBK). Refuses, with a message that starts with
// "ORIGIN:LINE: ", an empty file, a binary file, a file cut inside a character, a file above
// kMaxBulletinTextBytes and bytes that are neither UTF-8 nor GB18030.
Result<DecodedText> decodeBulletinText(const QByteArray &bytes, const QString &origin);

// The message refusing a file of `size` bytes, above kMaxBulletinTextBytes.
QString tooLargeMessage(const QString &origin, qint64 size);

// "ORIGIN:LINE: message", the form of every import problem.
QString importMessage(const QString &origin, int line, const QString &message);

} // namespace kuaibao
