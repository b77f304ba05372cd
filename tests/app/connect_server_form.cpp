// 文件 ▸ 连接到服务器…: the form makes the server's address (never with a password), a pasted
// address fills the same fields, and a server that cannot be reached is said in Chinese,
// in the dialog, which stays open.
#include "app/mainwindow.h"
#include "app/office/connectserverdialog.h"
#include "app/office/officefeatures.h"
#include "app/office/serverlogin.h"
#include "appfixture.h"
#include "core/translations.h"

#include <catch2/catch.hpp>

#include <QAction>

using namespace kuaibao;
using namespace kuaibao::test;

TEST_CASE("the connect form makes a server address, and reads a pasted one", "[app][connect]") {
    ServerFields fields;
    fields.host = QStringLiteral(" 192.168.10.5 ");
    fields.database = QStringLiteral("kuaibao");
    fields.user = QStringLiteral("zhangsan");
    fields.sslmode = QStringLiteral("require");
    Result<QString> address = ServerLogin::addressOf(fields);
    REQUIRE(address);
    CHECK(*address ==
          QStringLiteral("postgresql://zhangsan@192.168.10.5:5432/kuaibao?sslmode=require"));
    Result<ServerFields> back = ServerLogin::fieldsOf(*address);
    REQUIRE(back);
    CHECK(back->host == QStringLiteral("192.168.10.5"));
    CHECK(back->user == QStringLiteral("zhangsan"));
    CHECK(back->sslmode == QStringLiteral("require"));

    fields.user.clear();
    CHECK_FALSE(ServerLogin::addressOf(fields));
    // A pasted address with the password in it is refused: it would be remembered in plain text.
    Result<ServerFields> withPassword =
        ServerLogin::fieldsOf(QStringLiteral("postgresql://zhangsan:secret@host/kuaibao"));
    REQUIRE_FALSE(withPassword);
    CHECK(withPassword.error().message.contains(QStringLiteral("~/.pgpass")));
    CHECK_FALSE(ServerLogin::fieldsOf(QStringLiteral("/home/zhangsan/kuaibao.db")));
}

TEST_CASE("a server that cannot be reached is said in Chinese and the dialog stays open",
          "[app][connect]") {
    installTranslations(QLocale(QStringLiteral("zh_CN"))); // this case runs in a process of its own
    AppFixture fixture;
    MainWindow window(*fixture.database, fixture.settingsPath());
    // On a file: connecting is offered, going back to the file is not.
    CHECK(window.officeFeatures()->connectAction()->isEnabled());
    CHECK_FALSE(window.officeFeatures()->localAction()->isEnabled());
    CHECK(window.officeFeatures()->connectAction()->text() == QStringLiteral("连接到服务器(&S)…"));

    ConnectServerDialog dialog(
        QStringLiteral("postgresql://zhangsan@127.0.0.1:1/kuaibao?sslmode=disable"));
    bool asked = false;
    dialog.setPasswordPrompt([&](const QString &, bool) {
        asked = true;
        return std::optional<QString>();
    });
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(asked);
    CHECK(dialog.errorText().startsWith(QStringLiteral("无法连接：连接数据库服务器 "
                                                       "postgresql://zhangsan@127.0.0.1:1/kuaibao "
                                                       "失败：")));
    CHECK(dialog.address().isEmpty());
}
