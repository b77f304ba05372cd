#include "printedtext.h"

#include <QRegularExpression>
#include <QStringList>

namespace kuaibao::printedtext {

namespace {

const QRegularExpression &pageNumberLine() {
    static const QRegularExpression re(QStringLiteral("^\\s*—\\s*\\d+\\s*—\\s*$"));
    return re;
}

const QRegularExpression &codeLine() {
    static const QRegularExpression re(
        QStringLiteral("签发校验码\\s*([0-9A-F]{4})\\s*([0-9A-F]{4})\\s*([0-9A-F]{4})"));
    return re;
}

} // namespace

QString squeezed(const QString &text) {
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (!c.isSpace()) {
            out += c;
        }
    }
    return out;
}

QString comparable(const QString &text) {
    QStringList kept;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        QString rest = line;
        rest.remove(codeLine()); // it shares the last page number's line
        if (pageNumberLine().match(rest).hasMatch()) {
            continue;
        }
        kept << rest;
    }
    // Bold is `**markup**` in the text export and a typeface on the page, and the footer's
    // print run is printed in brackets.
    static const QRegularExpression printRun(QStringLiteral("（(共印\\d+份)）"));
    return squeezed(kept.join(QLatin1Char('\n')))
        .remove(QStringLiteral("**"))
        .replace(printRun, QStringLiteral("\\1"));
}

QString printedSignoffCode(const QString &text) {
    const QRegularExpressionMatch m = codeLine().match(text);
    if (!m.hasMatch()) {
        return {};
    }
    return m.captured(1) + QLatin1Char(' ') + m.captured(2) + QLatin1Char(' ') + m.captured(3);
}

qsizetype firstDifference(const QString &a, const QString &b) {
    const qsizetype common = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < common; ++i) {
        if (a.at(i) != b.at(i)) {
            return i;
        }
    }
    return a.size() == b.size() ? -1 : common;
}

} // namespace kuaibao::printedtext
