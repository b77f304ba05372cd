<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>kuaibao::ServerCommands</name>
    <message>
        <source>server init takes no arguments (kuaibao-cli --db URL server init)</source>
        <translation>server init 不带参数（kuaibao-cli --db 地址 server init）</translation>
    </message>
    <message>
        <source>server init sets up a server database: give its address with --db postgresql://USER@HOST:PORT/DATABASE (an archive file is set up when it is first opened)</source>
        <translation>server init 用于设置服务器数据库：用 --db postgresql://用户@主机:端口/数据库 给出其地址（档案文件在首次打开时自动设置）</translation>
    </message>
    <message>
        <source>the server database was already set up (schema %1)</source>
        <translation>服务器数据库已经设置过（架构 %1）</translation>
    </message>
    <message>
        <source>set up the server database for kuaibao (schema %1)</source>
        <translation>已为快报设置服务器数据库（架构 %1）</translation>
    </message>
    <message>
        <source>upgraded the server database from schema %1 to %2</source>
        <translation>已将服务器数据库从架构 %1 升级到 %2</translation>
    </message>
    <message>
        <source>created the role kuaibao_user</source>
        <translation>已创建角色 kuaibao_user</translation>
    </message>
    <message>
        <source>members of kuaibao_user may read and save issues and sign; signatures and the log cannot be changed or removed (GRANT kuaibao_user TO LOGIN;)</source>
        <translation>kuaibao_user 的成员可以读取、保存各期并签发；签名和日志不能修改或删除（GRANT kuaibao_user TO 登录名;）</translation>
    </message>
    <message>
        <source>The archive to copy from: an archive file or a server address.</source>
        <translation>要从中复制的档案：档案文件或服务器地址。</translation>
    </message>
    <message>
        <source>Overwrite issues whose number the target already has.</source>
        <translation>覆盖目标中已有同一期号的各期。</translation>
    </message>
    <message>
        <source>copy-archive takes exactly one source (kuaibao-cli --db TARGET copy-archive SOURCE [--replace])</source>
        <translation>copy-archive 只接受一个来源（kuaibao-cli --db 目标 copy-archive 来源 [--replace]）</translation>
    </message>
    <message>
        <source>the source archive %1 does not exist</source>
        <translation>来源档案 %1 不存在</translation>
    </message>
    <message>
        <source>the source and the target are the same archive</source>
        <translation>来源和目标是同一个档案</translation>
    </message>
    <message numerus="yes">
        <source>copied %n issue(s) (%1 signed)</source>
        <translation>
            <numerusform>已复制 %n 期（其中已签发 %1 期）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>added %n person(s), %1 unit(s), %2 template version(s)</source>
        <translation>
            <numerusform>新增 %n 人、%1 个单位、%2 个模板版本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>with %n signature(s), %1 signed act(s), %2 log row(s)</source>
        <translation>
            <numerusform>含 %n 个签名、%1 条签名记录、%2 条日志</numerusform>
        </translation>
    </message>
    <message>
        <source>Set up a PostgreSQL database for kuaibao (run once by its owner, again after an update).</source>
        <translation>为快报设置 PostgreSQL 数据库（由其所有者运行一次，升级后再运行一次）。</translation>
    </message>
    <message>
        <source>Copy every issue, person, signature and log row of SOURCE (a file or a server) into the archive.</source>
        <translation>把来源（文件或服务器）的全部各期、人员、签名和日志复制到本档案。</translation>
    </message>
</context>
</TS>
