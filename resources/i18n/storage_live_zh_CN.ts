<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>kuaibao::ArchiveChanges</name>
    <message>
        <source>reading the sign-off log</source>
        <translation>读取签发记录</translation>
    </message>
</context>
<context>
    <name>kuaibao::ChangeNotifier</name>
    <message>
        <source>watching the archive</source>
        <translation>监视档案</translation>
    </message>
    <message>
        <source>listening for changes on the server failed: %1</source>
        <translation>在服务器上监听改动失败：%1</translation>
    </message>
</context>
</TS>
