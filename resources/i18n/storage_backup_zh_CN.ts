<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>kuaibao::ArchiveBackup</name>
    <message>
        <source>no backup file was named</source>
        <translation>未指定备份文件</translation>
    </message>
    <message>
        <source>the folder %1 does not exist; create it or choose another place for the backup</source>
        <translation>文件夹 %1 不存在；请先创建，或为备份另选位置</translation>
    </message>
    <message>
        <source>%1 is a folder; name a file for the backup</source>
        <translation>%1 是文件夹；请为备份指定一个文件名</translation>
    </message>
    <message>
        <source>%1 is the archive itself; choose another file for the backup</source>
        <translation>%1 就是档案库本身；请为备份另选文件</translation>
    </message>
    <message>
        <source>%1 belongs to the open archive; choose another file for the backup</source>
        <translation>%1 属于正在使用的档案库；请为备份另选文件</translation>
    </message>
    <message>
        <source>cannot write in the folder %1: %2</source>
        <translation>无法在文件夹 %1 中写入：%2</translation>
    </message>
    <message>
        <source>backing up the archive to %1</source>
        <translation>将档案库备份到 %1</translation>
    </message>
    <message>
        <source>%1 failed: the copy did not pass the integrity check (%2)</source>
        <translation>%1失败：副本未通过完整性检查（%2）</translation>
    </message>
    <message>
        <source>%1 failed: the copy could not be flushed to the disk</source>
        <translation>%1失败：副本未能写入磁盘</translation>
    </message>
    <message>
        <source>%1 failed: the finished copy could not be renamed into place</source>
        <translation>%1失败：已完成的副本无法改名到目标位置</translation>
    </message>
</context>
<context>
    <name>kuaibao::IntegrityCheck</name>
    <message>
        <source>checking the database&apos;s integrity</source>
        <translation>检查数据库完整性</translation>
    </message>
    <message>
        <source>checking the links between tables</source>
        <translation>检查数据表之间的关联</translation>
    </message>
    <message>
        <source>row %1 of table %2 refers to a missing row of table %3</source>
        <translation>表 %2 的第 %1 行引用了表 %3 中不存在的行</translation>
    </message>
    <message>
        <source>listing the issues</source>
        <translation>列出各期快报</translation>
    </message>
    <message>
        <source>the issue stored with id %1 cannot be read: %2</source>
        <translation>编号为 %1 的已存快报无法读取：%2</translation>
    </message>
    <message>
        <source>opening %1</source>
        <translation>打开 %1</translation>
    </message>
</context>
<context>
    <name>kuaibao::RollingBackup</name>
    <message>
        <source>the daily backup needs a valid date</source>
        <translation>每日备份需要一个有效日期</translation>
    </message>
    <message>
        <source>the daily backup failed: %1</source>
        <translation>每日备份失败：%1</translation>
    </message>
    <message>
        <source>the old daily backup %1 could not be deleted</source>
        <translation>旧的每日备份 %1 无法删除</translation>
    </message>
    <message>
        <source>the daily backup folder %1 cannot be created</source>
        <translation>无法创建每日备份文件夹 %1</translation>
    </message>
</context>
</TS>
