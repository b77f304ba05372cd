<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>kuaibao::ArchiveOpening</name>
    <message>
        <source>Cannot reach the office&apos;s server</source>
        <translation>无法连接单位服务器</translation>
    </message>
    <message>
        <source>%1

Open the archive of this computer instead?</source>
        <translation>%1

改为打开本机的档案吗？</translation>
    </message>
</context>
<context>
    <name>kuaibao::ConnectServerDialog</name>
    <message>
        <source>The server refused the password. Password of %1:</source>
        <translation>服务器拒绝了该密码。%1 的密码：</translation>
    </message>
    <message>
        <source>Password of %1:</source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>Server password</source>
        <translation>服务器密码</translation>
    </message>
    <message>
        <source>prefer: encrypted when the server offers it</source>
        <translation>prefer：服务器支持时加密</translation>
    </message>
    <message>
        <source>require: always encrypted</source>
        <translation>require：始终加密</translation>
    </message>
    <message>
        <source>verify-full: encrypted, server certificate checked</source>
        <translation>verify-full：加密并核验服务器证书</translation>
    </message>
    <message>
        <source>disable: not encrypted (only inside a trusted network)</source>
        <translation>disable：不加密（仅限可信的内部网络）</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Not connected: the server wants a password.</source>
        <translation>未连接：服务器要求输入密码。</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>无法连接：%1</translation>
    </message>
</context>
<context>
    <name>kuaibao::ConnectionKeeper</name>
    <message>
        <source>The connection to the server was lost; retrying</source>
        <translation>与服务器的连接已断开，正在重试</translation>
    </message>
    <message>
        <source>Connected to the server again.</source>
        <translation>已重新连接到服务器。</translation>
    </message>
</context>
<context>
    <name>kuaibao::IssueLease</name>
    <message>
        <source>Could not mark the issue as being edited here: %1</source>
        <translation>无法把本期标记为正在本机编辑：%1</translation>
    </message>
</context>
<context>
    <name>kuaibao::LeaseBanner</name>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Being edited by %1 (since %2)</source>
        <translation>正在由 %1 编辑（自 %2 起）</translation>
    </message>
    <message>
        <source>One person edits an issue at a time: it is read-only here, and shows their saves.</source>
        <translation>每期同一时间只由一人编辑：本窗口中为只读，并随对方的保存更新。</translation>
    </message>
    <message>
        <source>%1 has stopped editing this issue: you can edit it now.</source>
        <translation>%1 已停止编辑本期，现在可以编辑。</translation>
    </message>
</context>
<context>
    <name>kuaibao::OfficeFeatures</name>
    <message>
        <source>%1 has taken this issue over while this window was not renewing its claim; your saves are still checked against theirs</source>
        <translation>本窗口未能按时续占本期，%1 已接手编辑；你的保存仍会与对方的版本核对</translation>
    </message>
    <message>
        <source>Changes made by others will show only when the issue is opened again: %1</source>
        <translation>他人所做的改动要重新打开本期才能看到：%1</translation>
    </message>
    <message>
        <source>Connect to &amp;server…</source>
        <translation>连接到服务器(&amp;S)…</translation>
    </message>
    <message>
        <source>Open this computer&apos;s &amp;archive</source>
        <translation>打开本机档案(&amp;A)</translation>
    </message>
    <message>
        <source>Your changes are kept in this window and in a recovery file, and are saved as soon as the server answers again.</source>
        <translation>你的改动保留在本窗口和恢复文件中，服务器一恢复就会保存。</translation>
    </message>
</context>
<context>
    <name>kuaibao::ServerLogin</name>
    <message>
        <source>fill in the server, the database and your login</source>
        <translation>请填写服务器、数据库和登录名</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address; it starts with postgresql://</source>
        <translation>“%1”不是服务器地址；服务器地址以 postgresql:// 开头</translation>
    </message>
</context>
</TS>
