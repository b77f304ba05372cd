#include "richtext.h"

#include <QStringList>

namespace kuaibao {

namespace {
const QString kBoldMark = QStringLiteral("**");

bool isBlank(QChar c) {
    return c.isSpace() || c == QChar(0x3000);
}
} // namespace

RichText::RichText(const QString &plain) {
    append(plain, false);
}

RichText::RichText(QList<TextRun> runs) : m_runs(std::move(runs)) {
    normalize();
}

RichText RichText::fromMarkup(const QString &markup) {
    RichText result;
    bool bold = false;
    qsizetype pos = 0;
    while (pos <= markup.size()) {
        const qsizetype mark = markup.indexOf(kBoldMark, pos);
        if (mark < 0) {
            result.append(markup.mid(pos), bold);
            break;
        }
        result.append(markup.mid(pos, mark - pos), bold);
        bold = !bold;
        pos = mark + kBoldMark.size();
    }
    return result;
}

QString RichText::toMarkup() const {
    QString out;
    for (const TextRun &run : m_runs) {
        out += run.bold ? kBoldMark + run.text + kBoldMark : run.text;
    }
    return out;
}

QString RichText::boldRanges() const {
    QStringList ranges;
    qsizetype offset = 0;
    for (const TextRun &run : m_runs) {
        if (run.bold) {
            ranges << QStringLiteral("%1+%2").arg(offset).arg(run.text.size());
        }
        offset += run.text.size();
    }
    return ranges.join(QLatin1Char(','));
}

RichText RichText::fromBoldRanges(const QString &plain, const QString &ranges) {
    RichText result;
    qsizetype offset = 0;
    for (const QString &range : ranges.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList parts = range.split(QLatin1Char('+'));
        bool startOk = false;
        bool lengthOk = false;
        const qsizetype start = parts.value(0).toLongLong(&startOk);
        const qsizetype length = parts.value(1).toLongLong(&lengthOk);
        if (parts.size() != 2 || !startOk || !lengthOk || start < offset || start > plain.size() ||
            length < 0 || length > plain.size() - start) {
            continue; // a damaged range loses its bold, never the text
        }
        result.append(plain.mid(offset, start - offset), false);
        result.append(plain.mid(start, length), true);
        offset = start + length;
    }
    result.append(plain.mid(offset), false);
    return result;
}

QString RichText::plainText() const {
    QString out;
    for (const TextRun &run : m_runs) {
        out += run.text;
    }
    return out;
}

bool RichText::isEmpty() const {
    return m_runs.isEmpty();
}

bool RichText::hasBold() const {
    for (const TextRun &run : m_runs) {
        if (run.bold) {
            return true;
        }
    }
    return false;
}

void RichText::append(const QString &text, bool bold) {
    if (text.isEmpty()) {
        return;
    }
    if (!m_runs.isEmpty() && m_runs.last().bold == bold) {
        m_runs.last().text += text;
    } else {
        m_runs.append({text, bold});
    }
}

void RichText::append(const RichText &other) {
    for (const TextRun &run : other.m_runs) {
        append(run.text, run.bold);
    }
}

RichText RichText::trimmed() const {
    const QString plain = plainText();
    qsizetype start = 0;
    qsizetype end = plain.size();
    while (start < end && isBlank(plain.at(start))) {
        ++start;
    }
    while (end > start && isBlank(plain.at(end - 1))) {
        --end;
    }
    return mid(start, end - start);
}

RichText RichText::mid(qsizetype from, qsizetype length) const {
    RichText result;
    const qsizetype to = length < 0 ? plainText().size() : from + length;
    qsizetype offset = 0;
    for (const TextRun &run : m_runs) {
        const qsizetype runStart = offset;
        const qsizetype runEnd = offset + run.text.size();
        offset = runEnd;
        const qsizetype a = std::max(runStart, from);
        const qsizetype b = std::min(runEnd, to);
        if (a < b) {
            result.append(run.text.mid(a - runStart, b - a), run.bold);
        }
    }
    return result;
}

void RichText::normalize() {
    QList<TextRun> runs;
    runs.swap(m_runs);
    for (const TextRun &run : runs) {
        append(run.text, run.bold);
    }
}

} // namespace kuaibao
