#include "poppler.h"

#include <QProcess>
#include <QRegularExpression>

namespace kuaibao::test {

QString Poppler::run(const QString &tool, const QStringList &args, bool *ok) {
    QProcess process;
    process.start(tool, args);
    const bool finished = process.waitForStarted(10000) && process.waitForFinished(60000);
    const bool good =
        finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    if (ok) {
        *ok = good;
    }
    return good ? QString::fromUtf8(process.readAllStandardOutput()) : QString();
}

QString Poppler::text(const QString &pdf, int page) {
    QStringList args = {QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (page > 0) {
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
             << QString::number(page);
    }
    return run(QStringLiteral("pdftotext"), args << pdf << QStringLiteral("-"));
}

QString Poppler::info(const QString &pdf, const QStringList &extra) {
    return run(QStringLiteral("pdfinfo"), QStringList(extra) << pdf);
}

QString Poppler::fonts(const QString &pdf) {
    return run(QStringLiteral("pdffonts"), {pdf});
}

QList<PdfWord> Poppler::words(const QString &pdf, int page) {
    const QString html =
        run(QStringLiteral("pdftotext"),
            {QStringLiteral("-bbox"), QStringLiteral("-f"), QString::number(page),
             QStringLiteral("-l"), QString::number(page), pdf, QStringLiteral("-")});
    static const QRegularExpression word(QStringLiteral(
        "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">"
        "([^<]*)</word>"));
    QList<PdfWord> words;
    for (auto it = word.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QPointF topLeft(m.captured(1).toDouble(), m.captured(2).toDouble());
        const QPointF bottomRight(m.captured(3).toDouble(), m.captured(4).toDouble());
        words << PdfWord{m.captured(5), QRectF(topLeft, bottomRight)};
    }
    return words;
}

int Poppler::pageCount(const QString &pdf) {
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info(pdf));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QString squeezed(const QString &text) {
    QString out;
    for (QChar c : text) {
        if (!c.isSpace()) {
            out += c;
        }
    }
    return out;
}

} // namespace kuaibao::test
