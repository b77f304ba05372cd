<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>kuaibao::Postgres</name>
    <message>
        <source>reading the schema version</source>
        <translation>读取架构版本</translation>
    </message>
    <message>
        <source>database operation</source>
        <translation>数据库操作</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1失败：%2</translation>
    </message>
    <message>
        <source>%1 failed: the server was busy with another person&apos;s change; try again</source>
        <translation>%1失败：服务器正在处理他人的修改；请重试</translation>
    </message>
    <message>
        <source>%1 failed: your database login may not do this (%2)</source>
        <translation>%1失败：您的数据库登录名无权执行此操作（%2）</translation>
    </message>
    <message>
        <source>%1 failed: the server database lacks part of the kuaibao structure (%2)</source>
        <translation>%1失败：服务器数据库缺少快报结构的一部分（%2）</translation>
    </message>
    <message>
        <source>%1 failed: the server&apos;s disk is full; nothing was changed</source>
        <translation>%1失败：服务器磁盘已满；未做任何更改</translation>
    </message>
    <message>
        <source>%1 failed: the connection to the database server was lost (%2)</source>
        <translation>%1失败：与数据库服务器的连接已断开（%2）</translation>
    </message>
    <message>
        <source>%1 failed: there is no connection to the database server (it was lost, and the server cannot be reached yet); try again</source>
        <translation>%1失败：与数据库服务器之间没有连接（连接已断开，暂时还连不上服务器）；请稍后再试</translation>
    </message>
</context>
<context>
    <name>kuaibao::PostgresSchema</name>
    <message>
        <source>creating the schema</source>
        <translation>创建架构</translation>
    </message>
</context>
<context>
    <name>kuaibao::SearchIndex</name>
    <message>
        <source>updating the search index</source>
        <translation>更新搜索索引</translation>
    </message>
</context>
<context>
    <name>kuaibao::ServerAddress</name>
    <message>
        <source>&quot;%1&quot; is not a server address like %2 (%3)</source>
        <translation>“%1”不是形如 %2 的服务器地址（%3）</translation>
    </message>
    <message>
        <source>the server address must not contain the password: put it in ~/.pgpass (or PGPASSWORD) instead, so it is never written in plain text on a command line</source>
        <translation>服务器地址中不得包含密码：请改放在 ~/.pgpass（或 PGPASSWORD）中，以免以明文写在命令行上</translation>
    </message>
    <message>
        <source>the server address &quot;%1&quot; needs a host and a database, like %2</source>
        <translation>服务器地址“%1”需要主机和数据库，例如 %2</translation>
    </message>
    <message>
        <source>the server address has the parameter &quot;%1&quot;, which kuaibao does not use (known: %2)</source>
        <translation>服务器地址带有快报不使用的参数“%1”（可用：%2）</translation>
    </message>
    <message>
        <source>connecting to the database server %1 failed: %2</source>
        <translation>连接数据库服务器 %1 失败：%2</translation>
    </message>
    <message>
        <source>the server %1 refused the login: %2; the password is read from ~/.pgpass (a line HOST:PORT:DATABASE:USER:PASSWORD, mode 600) or PGPASSWORD</source>
        <translation>服务器 %1 拒绝登录：%2；密码从 ~/.pgpass（一行“主机:端口:数据库:用户:密码”，权限 600）或 PGPASSWORD 读取</translation>
    </message>
</context>
<context>
    <name>kuaibao::ServerSetup</name>
    <message>
        <source>finding the database&apos;s owner</source>
        <translation>查找数据库的所有者</translation>
    </message>
    <message>
        <source>the server did not name the database&apos;s owner</source>
        <translation>服务器未给出数据库的所有者</translation>
    </message>
    <message>
        <source>server init must be run by the owner of the database %1 (%2); you are connected as %3</source>
        <translation>server init 必须由数据库 %1 的所有者（%2）运行；您当前的登录名是 %3</translation>
    </message>
    <message>
        <source>looking for the role %1</source>
        <translation>查找角色 %1</translation>
    </message>
    <message>
        <source>creating the role %1</source>
        <translation>创建角色 %1</translation>
    </message>
    <message>
        <source>the role %1 does not exist and your login may not create roles; an administrator of the server runs &quot;CREATE ROLE %1 NOLOGIN;&quot; once, then run server init again (%2)</source>
        <translation>角色 %1 不存在，且您的登录名无权创建角色；请服务器管理员运行一次“CREATE ROLE %1 NOLOGIN;”，然后再运行 server init（%2）</translation>
    </message>
    <message>
        <source>the server database was set up by a newer kuaibao (schema %1; this program knows up to %2)</source>
        <translation>服务器数据库由较新版本的快报设置（架构 %1；本程序最高支持 %2）</translation>
    </message>
    <message>
        <source>granting %1 its rights</source>
        <translation>授予 %1 权限</translation>
    </message>
</context>
</TS>
