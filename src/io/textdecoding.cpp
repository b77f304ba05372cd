#include "textdecoding.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct TextDecodingText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::TextDecoding)
};

// The length of the well-formed UTF-8 sequence at `i`, or 0 when there is none; `*cutOff` tells
// whether the sequence would be well-formed but the bytes end inside it.
int utf8SequenceAt(const unsigned char *data, qsizetype size, qsizetype i, bool *cutOff) {
    *cutOff = false;
    const unsigned char lead = data[i];
    int length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (lead < 0x80) {
        return 1;
    } else if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        low = lead == 0xE0 ? 0xA0 : 0x80;  // no overlong forms
        high = lead == 0xED ? 0x9F : 0xBF; // no surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        low = lead == 0xF0 ? 0x90 : 0x80;
        high = lead == 0xF4 ? 0x8F : 0xBF; // nothing above U+10FFFF
    } else {
        return 0;
    }
    for (int k = 1; k < length; ++k) {
        if (i + k >= size) {
            *cutOff = true;
            return 0;
        }
        const unsigned char c = data[i + k];
        if (c < (k == 1 ? low : 0x80) || c > (k == 1 ? high : 0xBF)) {
            return 0;
        }
    }
    return length;
}

// How UTF-8-like some bytes are: where the first bad sequence is (-1 for none), whether the
// bytes merely end inside a character, and how many multi-byte characters and bad bytes there are.
struct Utf8Census {
    qsizetype firstBad = -1;
    bool truncated = false;
    qsizetype multiByte = 0;
    qsizetype badBytes = 0;

    // Text that is UTF-8 but for a damaged byte or two (rather than GB18030, where sequences
    // that happen to be valid UTF-8 are rare and bad bytes are everywhere).
    bool damagedUtf8() const { return multiByte >= 8 && multiByte > 20 * badBytes; }
};

Utf8Census takeUtf8Census(const QByteArray &bytes) {
    Utf8Census census;
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size;) {
        bool cutOff = false;
        const int length = utf8SequenceAt(data, size, i, &cutOff);
        if (length > 0) {
            census.multiByte += length > 1 ? 1 : 0;
            i += length;
            continue;
        }
        if (census.firstBad < 0) {
            census.firstBad = i;
            census.truncated = cutOff;
        }
        ++census.badBytes;
        ++i;
    }
    return census;
}

// The first line (1-based) that does not decode as GB18030; line ends are single bytes there.
int firstBadGb18030Line(const QByteArray &bytes) {
    int line = 1;
    for (qsizetype start = 0; start <= bytes.size(); ++line) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0) {
            end = bytes.size();
        }
        QStringDecoder decoder("GB18030", QStringConverter::Flag::Stateless);
        // Converting to QString is what runs the decoder.
        const QString decoded = decoder.decode(QByteArrayView(bytes).sliced(start, end - start));
        Q_UNUSED(decoded);
        if (decoder.hasError()) {
            return line;
        }
        start = end + 1;
    }
    return line;
}

int lineOfOffset(const QByteArray &bytes, qsizetype offset) {
    return int(bytes.left(offset).count('\n')) + 1;
}

int lineOfIndex(const QString &text, qsizetype index) {
    int line = 1;
    for (qsizetype i = 0; i < index && i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n') ||
            (c == QLatin1Char('\r') &&
             (i + 1 >= text.size() || text.at(i + 1) != QLatin1Char('\n')))) {
            ++line;
        }
    }
    return line;
}

// A control character that plain text never holds (tab, line ends, form feed and vertical tab
// are text: PDF extractors and Word write the last two for page and line breaks).
bool isForeignControl(QChar c) {
    const char16_t u = c.unicode();
    if (u == u'\t' || u == u'\n' || u == u'\r' || u == u'\f' || u == u'\v') {
        return false;
    }
    return u < 0x20 || u == 0x7F;
}

Status checkIsText(const QString &text, const QString &origin) {
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (isForeignControl(text.at(i))) {
            return Error::badInput(importMessage(
                origin, lineOfIndex(text, i),
                TextDecodingText::tr(
                    "control character U+%1: this is a binary file, not a text bulletin")
                    .arg(int(text.at(i).unicode()), 4, 16, QLatin1Char('0'))));
        }
    }
    bool blank = true;
    for (QChar c : text) {
        if (!c.isSpace()) {
            blank = false;
            break;
        }
    }
    if (blank) {
        return Error::badInput(importMessage(origin, 1, TextDecodingText::tr("the file is empty")));
    }
    return {};
}

// Where a UTF-16 surrogate stands without its partner, or -1 (Qt's decoder lets them through).
qsizetype firstUnpairedSurrogate(const QString &text) {
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i;
        } else if (c.isSurrogate()) {
            return i;
        }
    }
    return -1;
}

Result<DecodedText> decodeUtf16(const QByteArray &bytes, QStringConverter::Encoding encoding,
                                const QString &origin) {
    const QString name = encoding == QStringConverter::Utf16LE ? QStringLiteral("UTF-16LE")
                                                               : QStringLiteral("UTF-16BE");
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    const QString text = decoder.decode(bytes.mid(2));
    if (bytes.size() % 2 != 0 || decoder.hasError()) {
        const int line = lineOfIndex(text, text.size());
        const QString what =
            bytes.size() % 2 != 0
                ? TextDecodingText::tr("the file ends inside a character: it is truncated")
                : TextDecodingText::tr("the file claims to be %1 but is not valid %1").arg(name);
        return Error::badInput(importMessage(origin, line, what));
    }
    if (const qsizetype lone = firstUnpairedSurrogate(text); lone >= 0) {
        return Error::badInput(importMessage(
            origin, lineOfIndex(text, lone),
            TextDecodingText::tr("the file claims to be %1 but is not valid %1").arg(name)));
    }
    return DecodedText{text, name};
}

} // namespace

QString importMessage(const QString &origin, int line, const QString &message) {
    return QStringLiteral("%1:%2: %3").arg(origin).arg(line).arg(message);
}

QString tooLargeMessage(const QString &origin, qint64 size) {
    return importMessage(
        origin, 1,
        TextDecodingText::tr(
            "the file is %1 MB; a bulletin is imported only up to %2 MB (one issue is "
            "usually under 100 KB): is this the right file?")
            .arg(double(size) / (1024 * 1024), 0, 'f', 1)
            .arg(kMaxBulletinTextBytes / (1024 * 1024)));
}

Result<DecodedText> decodeBulletinText(const QByteArray &bytes, const QString &origin) {
    if (bytes.size() > kMaxBulletinTextBytes) {
        return Error::badInput(tooLargeMessage(origin, bytes.size()));
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        Result<DecodedText> decoded = decodeUtf16(
            bytes,
            bytes.startsWith("\xFF\xFE") ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
            origin);
        if (!decoded) {
            return decoded;
        }
        if (Status text = checkIsText(decoded->text, origin); !text) {
            return text.error();
        }
        return decoded;
    }
    const qsizetype nul = bytes.indexOf('\0');
    if (nul >= 0) {
        return Error::badInput(
            importMessage(origin, lineOfOffset(bytes, nul),
                          TextDecodingText::tr(
                              "the file holds NUL bytes: it is a binary file, or UTF-16 without a "
                              "byte-order mark (save it as UTF-8)")));
    }
    const bool utf8Bom = bytes.startsWith("\xEF\xBB\xBF");
    const QByteArray body = utf8Bom ? bytes.mid(3) : bytes;
    const Utf8Census census = takeUtf8Census(body);
    const qsizetype bad = census.firstBad;
    DecodedText decoded;
    if (bad < 0) {
        decoded = {QString::fromUtf8(body), QStringLiteral("UTF-8")};
    } else if (census.truncated) {
        return Error::badInput(importMessage(
            origin, lineOfOffset(body, bad),
            TextDecodingText::tr("the file ends inside a character: it is truncated")));
    } else if (utf8Bom || census.damagedUtf8()) {
        const QString what =
            utf8Bom ? TextDecodingText::tr("the file starts with a UTF-8 byte-order mark but holds "
                                           "bytes that are not UTF-8 (byte %1)")
                          .arg(bad + 3 + 1)
                    : TextDecodingText::tr("the file is UTF-8 but damaged: byte %1 is not UTF-8")
                          .arg(bad + 1);
        return Error::badInput(importMessage(origin, lineOfOffset(body, bad), what));
    } else {
        QStringDecoder gb18030("GB18030", QStringConverter::Flag::Stateless);
        const QString text = gb18030.decode(body);
        if (!gb18030.isValid() || gb18030.hasError()) {
            return Error::badInput(importMessage(
                origin, firstBadGb18030Line(body),
                TextDecodingText::tr("this line is neither UTF-8 nor GB18030/GBK: the file is in "
                                     "another encoding, or damaged")));
        }
        decoded = {text, QStringLiteral("GB18030")};
    }
    if (Status text = checkIsText(decoded.text, origin); !text) {
        return text.error();
    }
    return decoded;
}

} // namespace kuaibao
