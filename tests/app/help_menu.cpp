// The 帮助 menu: F1 finds the manual, About names the version, fonts and the archive's file.
#include "appfixture.h"

#include "app/help/helpfeatures.h"
#include "app/mainwindow.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>

using namespace kuaibao;
using namespace kuaibao::test;

TEST_CASE("the Help menu comes last, with the manual on F1 and About", "[app][help]") {
    AppFixture f;
    MainWindow window(*f.database, f.settingsPath());
    const QList<QAction *> menus = window.menuBar()->actions();
    REQUIRE_FALSE(menus.isEmpty());
    QMenu *help = menus.last()->menu();
    REQUIRE(help != nullptr);
    CHECK(help->objectName() == QStringLiteral("helpMenu"));
    auto *manual = window.findChild<QAction *>(QStringLiteral("manualAction"));
    REQUIRE(manual != nullptr);
    CHECK(manual->shortcut() == QKeySequence(Qt::Key_F1));
    CHECK(help->actions().contains(manual));
    CHECK(help->actions().contains(window.findChild<QAction *>(QStringLiteral("aboutAction"))));
}

TEST_CASE("in a development build F1 finds the source tree's manual", "[app][help]") {
    const QString path = HelpFeatures::manualPath();
    REQUIRE_FALSE(path.isEmpty());
    CHECK(QFileInfo(path).fileName() == QStringLiteral("index.md"));
    CHECK(QFileInfo(path).absolutePath().endsWith(QStringLiteral("docs/manual")));
}

TEST_CASE("About names the version, the archive's file and the fonts in use", "[app][help]") {
    AppFixture f;
    MainWindow window(*f.database, f.settingsPath());
    auto *help = window.findChild<HelpFeatures *>();
    REQUIRE(help != nullptr);
    const QString text = help->aboutText();
    CHECK(text.contains(QStringLiteral(KUAIBAO_VERSION)));
    CHECK(text.contains(f.databasePath().toHtmlEscaped()));
    // fonts-noto-cjk is installed by scripts/packages.txt; the template's masthead falls to it.
    CHECK(text.contains(QStringLiteral("Noto Serif CJK SC")));
}
