#include "sourcelines.h"

#include "textdecoding.h"

#include <QCoreApplication>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct SourceLinesText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::SourceLines)
};

bool isZeroWidth(QChar c) {
    const char16_t u = c.unicode();
    return u == 0xFEFF || u == 0x200B || u == 0x200C || u == 0x200D;
}

} // namespace

QRegularExpression textPattern(const QString &pattern, QRegularExpression::PatternOptions options) {
    return QRegularExpression(pattern, options | QRegularExpression::UseUnicodePropertiesOption);
}

QString trimBlank(const QString &text) {
    qsizetype start = 0;
    qsizetype end = text.size();
    while (start < end && text.at(start).isSpace()) {
        ++start;
    }
    while (end > start && text.at(end - 1).isSpace()) {
        --end;
    }
    return text.mid(start, end - start);
}

QList<SourceLine> splitSourceLines(const QString &text) {
    QList<SourceLine> lines;
    int number = 1;
    bool pendingBreak = false;
    QString current;
    auto finish = [&](bool pageBreak) {
        const QString markup = trimBlank(current);
        QString plain = markup;
        plain.remove(QStringLiteral("**"));
        plain = trimBlank(plain);
        if (plain.isEmpty()) {
            pendingBreak = !lines.isEmpty();
        } else {
            lines.append({number, markup, plain, pendingBreak});
            pendingBreak = false;
        }
        if (pageBreak && !lines.isEmpty()) {
            pendingBreak = true;
        }
        current.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('\n')) {
                ++i;
            }
            finish(false);
            ++number;
        } else if (c == QLatin1Char('\f') || c == QLatin1Char('\v')) {
            finish(c == QLatin1Char('\f'));
        } else if (!isZeroWidth(c)) {
            current += c;
        }
    }
    finish(false);
    return lines;
}

bool endsSentence(const QString &plain) {
    static const QString finals = QStringLiteral("。！？；：…”’」』）》】.!?;:)\"'");
    const QString trimmed = trimBlank(plain);
    return !trimmed.isEmpty() && finals.contains(trimmed.back());
}

void ImportLog::warn(int line, const QString &message) {
    m_warnings << importMessage(m_origin, line, SourceLinesText::tr("warning: %1").arg(message));
}

QString ImportLog::error(int line, const QString &message) const {
    return importMessage(m_origin, line, message);
}

} // namespace kuaibao
