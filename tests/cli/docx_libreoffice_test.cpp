// The Word export of the sample issue, set by a real word processor (LibreOffice headless): as
// many pages as our PDF, the text in order, the page breaks where ours are, the masthead red.
#include "core/templatelibrary.h"
#include "support/testsupport.h"

#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace kuaibao;
using namespace kuaibao::test;

namespace {

QString run(const QString &program, const QStringList &args,
            const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment()) {
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, args);
    REQUIRE(process.waitForFinished(180000));
    INFO(program.toStdString() << ": " << process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// A fontconfig file that gives the office font names the template's stand-ins, as the PDF
// uses them: LibreOffice then sets the document with the same type as our PDF.
QByteArray fontsConf() {
    Result<BulletinTemplate> tmpl = TemplateLibrary::load(QStringLiteral("mentougou"));
    REQUIRE(tmpl);
    const QJsonObject fonts = tmpl->json()
                                  .value(QStringLiteral("layout"))
                                  .toObject()
                                  .value(QStringLiteral("fonts"))
                                  .toObject();
    QByteArray conf = "<?xml version=\"1.0\"?>\n<fontconfig>\n"
                      "<include ignore_missing=\"yes\">/etc/fonts/fonts.conf</include>\n";
    for (const QJsonValue &value : fonts) {
        const QJsonArray chain = value.toArray();
        QByteArray prefer;
        for (qsizetype i = 1; i < chain.size(); ++i) {
            prefer += "<family>" + chain.at(i).toString().toUtf8() + "</family>";
        }
        conf += "<alias binding=\"strong\"><family>" + chain.first().toString().toUtf8() +
                "</family><prefer>" + prefer + "</prefer></alias>\n";
    }
    return conf + "</fontconfig>\n";
}

QString squeezed(QString text) {
    static const QRegularExpression pageNumber(QStringLiteral("—\\s*\\d+\\s*—"));
    static const QRegularExpression space(QStringLiteral("[\\s\\x{3000}*]"));
    return text.remove(pageNumber).remove(space);
}

// The text of each page line by line as it stands on the page, white space and page numbers
// removed.
QStringList pages(const QString &pdf) {
    QStringList result;
    const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    for (const QString &page : text.split(QLatin1Char('\f'))) {
        if (!squeezed(page).isEmpty()) {
            result << squeezed(page);
        }
    }
    return result;
}

} // namespace

TEST_CASE("export docx: LibreOffice sets the sample as our PDF does", "[docx][libreoffice]") {
    const QString sample = samplePath();
    if (sample.isEmpty()) {
        KUAIBAO_SKIP(QStringLiteral("the sample issue kuaibao-673.txt is absent"));
    }
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty()) {
        KUAIBAO_SKIP(QStringLiteral("LibreOffice (soffice) is not installed"));
    }
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty() ||
        QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty()) {
        KUAIBAO_SKIP(QStringLiteral("poppler-utils (pdftotext, pdftoppm) is not installed"));
    }
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("archive.db"));
    auto cli = [&](const QStringList &args) {
        const CliRun result = runCli(QStringList{QStringLiteral("--db"), db} + args);
        INFO(result.err.toStdString());
        REQUIRE(result.exitCode == 0);
        return result.out;
    };
    cli({QStringLiteral("import"), sample});
    const QString ours = dir.filePath(QStringLiteral("ours.pdf"));
    cli({QStringLiteral("render"), QStringLiteral("673"), QStringLiteral("-o"), ours});
    const QString docx = dir.filePath(QStringLiteral("673.docx"));
    cli({QStringLiteral("export"), QStringLiteral("673"), QStringLiteral("--format"),
         QStringLiteral("docx"), QStringLiteral("-o"), docx});
    const QStringList blocks =
        cli({QStringLiteral("export"), QStringLiteral("673")}).split(QStringLiteral("\n\n"));

    const QString conf = dir.filePath(QStringLiteral("fonts.conf"));
    writeFile(conf, fontsConf());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FONTCONFIG_FILE"), conf);
    run(soffice,
        {QStringLiteral("-env:UserInstallation=file://") + dir.filePath(QStringLiteral("profile")),
         QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("pdf"),
         QStringLiteral("--outdir"), dir.filePath(QStringLiteral("lo")), docx},
        env);
    const QString theirs = dir.filePath(QStringLiteral("lo/673.pdf"));

    // As many pages.
    const QStringList ourPages = pages(ours);
    const QStringList theirPages = pages(theirs);
    CHECK(ourPages.size() == 4);
    REQUIRE(theirPages.size() == ourPages.size());

    // The text paragraph by paragraph in order; the 版记 (from 编校 on) anywhere.
    const QString theirText = theirPages.join(QString());
    qsizetype from = 0;
    bool footer = false;
    for (const QString &block : blocks) {
        const QString wanted = squeezed(block);
        if (wanted.isEmpty()) {
            continue;
        }
        footer |= wanted.startsWith(QStringLiteral("编校："));
        INFO(wanted.toStdString());
        const qsizetype at = theirText.indexOf(wanted, footer ? 0 : from);
        CHECK(at >= 0);
        if (!footer && at >= 0) {
            from = at + wanted.size();
        }
    }

    // Each page starts within two lines (56 characters) of where ours does.
    const QString ourText = ourPages.join(QString());
    qsizetype ourStart = 0;
    qsizetype theirStart = 0;
    for (qsizetype i = 1; i < ourPages.size(); ++i) {
        ourStart += ourPages.at(i - 1).size();
        theirStart += theirPages.at(i - 1).size();
        INFO("page " << i + 1);
        CHECK(std::abs(ourStart - theirStart) <= 56);
    }

    // The masthead is red.
    const QString image = dir.filePath(QStringLiteral("page1"));
    run(QStringLiteral("pdftoppm"),
        {QStringLiteral("-r"), QStringLiteral("20"), QStringLiteral("-f"), QStringLiteral("1"),
         QStringLiteral("-l"), QStringLiteral("1"), QStringLiteral("-singlefile"),
         QStringLiteral("-png"), theirs, image});
    const QImage page(image + QStringLiteral(".png"));
    REQUIRE(!page.isNull());
    int red = 0;
    for (int y = 0; y < page.height() / 3; ++y) {
        for (int x = 0; x < page.width(); ++x) {
            const QColor c = page.pixelColor(x, y);
            red += c.red() > 150 && c.green() < 100 && c.blue() < 100;
        }
    }
    CHECK(red > 30);
}
