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
<context>
    <name>kuaibao::EditingLeases</name>
    <message>
        <source>someone</source>
        <translation>某人</translation>
    </message>
    <message>
        <source>reading the server&apos;s clock</source>
        <translation>读取服务器时钟</translation>
    </message>
    <message>
        <source>taking the editing lease</source>
        <translation>占用编辑权</translation>
    </message>
    <message>
        <source>giving up the editing lease</source>
        <translation>放弃编辑权</translation>
    </message>
    <message>
        <source>asking who edits the issue</source>
        <translation>查询谁在编辑本期</translation>
    </message>
</context>
</TS>
