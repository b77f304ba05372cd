// The benchmark's floor: a minimal Qt program that only writes one PDF page of the sample's
// text with the same fonts kuaibao-cli render uses (masthead face and body face), nothing else.
// Usage: render-floor SAMPLE.txt OUT.pdf
#include <QFile>
#include <QFont>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>

int main(int argc, char *argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    if (argc != 3) {
        return 2;
    }
    QFile sample(QString::fromLocal8Bit(argv[1]));
    if (!sample.open(QIODevice::ReadOnly)) {
        return 1;
    }
    const QString text = QString::fromUtf8(sample.readAll()).remove(QStringLiteral("**"));
    QPdfWriter writer(QString::fromLocal8Bit(argv[2]));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(1200);
    QPainter painter(&writer);
    painter.scale(1200 / 72.0, 1200 / 72.0);
    QFont masthead(QStringLiteral("Noto Serif CJK SC"));
    masthead.setPixelSize(22);
    masthead.setBold(true);
    painter.setFont(masthead);
    painter.drawText(QRectF(79, 105, 442, 40), Qt::AlignCenter,
                     text.section(QLatin1Char('\n'), 0, 2).trimmed());
    QFont body(QStringLiteral("AR PL UMing CN"));
    body.setPixelSize(16);
    painter.setFont(body);
    painter.drawText(QRectF(79, 150, 442, 640), Qt::TextWordWrap, text);
    return painter.end() ? 0 : 1;
}
