#include "shortterms.h"

#include <QChar>
#include <QList>

namespace kuaibao::shortterms {

namespace {

constexpr char32_t kStandIn = 0xE000;

// Letters, marks, numbers, punctuation and symbols are token characters; the rest is mapped.
char32_t tokenChar(char32_t c) {
    switch (QChar::category(c)) {
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
        return kStandIn;
    default:
        return c;
    }
}

QList<char32_t> mapped(const QString &text) {
    QList<char32_t> out;
    out.reserve(text.size());
    for (char32_t c : text.toUcs4()) {
        out.append(tokenChar(c));
    }
    return out;
}

QString quoted(const QString &term) {
    QString escaped = term;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace

QString tokens(const QString &text) {
    const QList<char32_t> chars = mapped(text);
    QString out;
    out.reserve(chars.size() * 3);
    for (qsizetype i = 0; i < chars.size(); ++i) {
        if (i > 0) {
            out += QLatin1Char(' ');
        }
        const qsizetype length = i + 1 < chars.size() ? 2 : 1;
        out += QString::fromUcs4(chars.constData() + i, length);
    }
    return out;
}

QString matchExpression(const QString &query) {
    const QList<char32_t> chars = mapped(query);
    const QString term = QString::fromUcs4(chars.constData(), chars.size());
    return chars.size() == 1 ? quoted(term) + QLatin1Char('*') : quoted(term);
}

bool answersExactly(const QString &query) {
    return !mapped(query).contains(kStandIn);
}

QString tokenizerSpec() {
    return QStringLiteral("unicode61 remove_diacritics 0 categories 'L* M* N* P* S* Co'");
}

} // namespace kuaibao::shortterms
