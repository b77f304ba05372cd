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
    <name>kuaibao::ServerChecks</name>
    <message>
        <source>listing the server&apos;s triggers</source>
        <translation>列出服务器上的触发器</translation>
    </message>
    <message>
        <source>the guard trigger %1 is missing, so what it protects can be changed; the database&apos;s owner runs kuaibao-cli server init again</source>
        <translation>保护触发器 %1 缺失，它所保护的内容可被改动；请数据库所有者重新运行 kuaibao-cli server init</translation>
    </message>
    <message>
        <source>the guard trigger %1 on table %2 is disabled, so the table can be changed unguarded; the database&apos;s owner runs ALTER TABLE %2 ENABLE TRIGGER %1</source>
        <translation>表 %2 上的保护触发器 %1 已被停用，该表可不受保护地改动；请数据库所有者运行 ALTER TABLE %2 ENABLE TRIGGER %1</translation>
    </message>
    <message>
        <source>looking for the role %1</source>
        <translation>查找角色 %1</translation>
    </message>
    <message>
        <source>the office role %1 is missing; the database&apos;s owner runs kuaibao-cli server init again</source>
        <translation>办公室角色 %1 不存在；请数据库所有者重新运行 kuaibao-cli server init</translation>
    </message>
    <message>
        <source>reading what the role %1 may do</source>
        <translation>读取角色 %1 的权限</translation>
    </message>
    <message>
        <source>the office role %1 is a member of the database&apos;s owner, so every office login can disable the guards</source>
        <translation>办公室角色 %1 是数据库所有者的成员，每个办公室登录名都能停用保护</translation>
    </message>
    <message>
        <source>the office role %1 may %2 table %3, which only the server&apos;s guards may touch; the database&apos;s owner runs REVOKE %2 ON %3 FROM %1</source>
        <translation>办公室角色 %1 可以对表 %3 执行 %2，而该表只应由服务器的保护机制处理；请数据库所有者运行 REVOKE %2 ON %3 FROM %1</translation>
    </message>
    <message>
        <source>listing the links between tables</source>
        <translation>列出表之间的关联</translation>
    </message>
    <message>
        <source>listing the server&apos;s link checks</source>
        <translation>列出服务器的关联检查</translation>
    </message>
    <message>
        <source>the server&apos;s link checks on table %1 are switched off; a superuser runs ALTER TABLE %1 ENABLE TRIGGER ALL</source>
        <translation>服务器对表 %1 的关联检查已关闭；请超级用户运行 ALTER TABLE %1 ENABLE TRIGGER ALL</translation>
    </message>
    <message>
        <source>the link %1 from table %2 to table %3 is not checked by the server (NOT VALID)</source>
        <translation>从表 %2 到表 %3 的关联 %1 未经服务器检查（NOT VALID）</translation>
    </message>
    <message>
        <source>checking the links from table %1 to table %2</source>
        <translation>检查从表 %1 到表 %2 的关联</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of table %1 refer to a missing row of table %2</source>
        <translation>
            <numerusform>表 %1 有 %n 行指向表 %2 中不存在的行</numerusform>
        </translation>
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
