<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>kuaibao::BackupActions</name>
    <message>
        <source>&amp;Back up…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>Write a copy of the whole archive to a file of your choice</source>
        <translation>把整个档案库复制到您选择的文件</translation>
    </message>
    <message>
        <source>%1 backup %2.db</source>
        <translation>%1 备份 %2.db</translation>
    </message>
    <message>
        <source>Back up the archive</source>
        <translation>备份档案库</translation>
    </message>
    <message>
        <source>Kuaibao archive (*.db)</source>
        <translation>快报档案库 (*.db)</translation>
    </message>
    <message>
        <source>The backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>备份完成</translation>
    </message>
    <message>
        <source>The archive was copied to %1.</source>
        <translation>档案库已复制到 %1。</translation>
    </message>
    <message>
        <source>The daily backup failed</source>
        <translation>每日备份失败</translation>
    </message>
    <message>
        <source>Today&apos;s backup was written to %1</source>
        <translation>今天的备份已写到 %1</translation>
    </message>
</context>
</TS>
