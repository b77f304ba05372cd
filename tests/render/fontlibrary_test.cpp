// Fonts an office drops into <app data>/fonts are loaded at start and can head a chain.
#include "render/fontlibrary.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <catch2/catch.hpp>

using namespace kuaibao;

TEST_CASE("fonts in the data folder's fonts/ are loaded once; a broken file is reported") {
    const QString folder = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                               .filePath(QStringLiteral("fonts"));
    REQUIRE(QDir().mkpath(folder));
    const QString source = QStringLiteral("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    if (!QFile::exists(source)) {
        KUAIBAO_SKIP(QStringLiteral("the font DejaVu Sans is not installed"));
    }
    QFile::remove(QDir(folder).filePath(QStringLiteral("office.ttf")));
    REQUIRE(QFile::copy(source, QDir(folder).filePath(QStringLiteral("office.ttf"))));
    QFile broken(QDir(folder).filePath(QStringLiteral("broken.ttf")));
    REQUIRE(broken.open(QIODevice::WriteOnly));
    broken.write("not a font");
    broken.close();

    const FontLoadReport report = loadApplicationFonts();
    CHECK(report.folder == folder);
    CHECK(report.loadedFamilies.contains(QStringLiteral("DejaVu Sans")));
    CHECK(report.failedFiles.contains(broken.fileName()));
    CHECK(loadApplicationFonts().loadedFamilies == report.loadedFamilies); // once per process

    LayoutStyle style = LayoutStyle::defaults();
    style.fontChains[FontRole::PageNumber] = {QStringLiteral("DejaVu Sans"),
                                              QStringLiteral("AR PL UMing CN")};
    FontSet fonts(style);
    CHECK(fonts.chosenFamily(FontRole::PageNumber) == QStringLiteral("DejaVu Sans"));
    QDir(folder).removeRecursively();
}
