#include "pdfsubsetnames.h"

#include <QHash>
#include <QRegularExpression>

namespace kuaibao {

namespace {

// The dictionary objects of the file (no streams): object number and body.
QList<std::pair<int, QByteArray>> dictionaryObjects(const QByteArray &pdf) {
    QList<std::pair<int, QByteArray>> objects;
    static const QRegularExpression start(QStringLiteral("(?:^|\\n)(\\d+) 0 obj\\n"));
    const QString latin = QString::fromLatin1(pdf);
    for (auto it = start.globalMatch(latin); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const qsizetype bodyAt = m.capturedEnd();
        const qsizetype end = pdf.indexOf("endobj", bodyAt);
        if (end < 0) {
            break;
        }
        const QByteArray body = pdf.mid(bodyAt, end - bodyAt);
        if (body.startsWith("<<") && !body.contains("stream")) {
            objects.append({m.captured(1).toInt(), body});
        }
    }
    return objects;
}

} // namespace

QList<std::pair<int, QByteArray>> taggedFontDictionaries(const QByteArray &pdf) {
    static const QRegularExpression fontName(
        QStringLiteral("/FontName /([A-Z]{6})\\+([^\\s/<>\\[\\]()]+)"));
    static const QRegularExpression baseFont(QStringLiteral("/BaseFont /([^\\s/<>\\[\\]()]+)"));
    const QList<std::pair<int, QByteArray>> objects = dictionaryObjects(pdf);
    QHash<QString, QString> tagged; // untagged name -> TAG+name
    for (const auto &[number, body] : objects) {
        const QRegularExpressionMatch m = fontName.match(QString::fromLatin1(body));
        if (m.hasMatch() && body.contains("/FontDescriptor")) {
            tagged.insert(m.captured(2), m.captured(1) + QLatin1Char('+') + m.captured(2));
        }
    }
    QList<std::pair<int, QByteArray>> rewritten;
    for (const auto &[number, body] : objects) {
        const QString text = QString::fromLatin1(body);
        const QRegularExpressionMatch m = baseFont.match(text);
        if (!m.hasMatch() || !tagged.contains(m.captured(1))) {
            continue;
        }
        QString updated = text;
        updated.replace(m.capturedStart(1), m.capturedLength(1), tagged.value(m.captured(1)));
        rewritten.append({number, updated.toLatin1()});
    }
    return rewritten;
}

} // namespace kuaibao
