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
    <message>
        <source>%1 is not a regular file; a backup must be written to a file</source>
        <translation>%1 不是普通文件，备份必须写入文件</translation>
    </message>
    <message>
        <source>finishing the copy</source>
        <translation>完成副本</translation>
    </message>
</context>
<context>
    <name>kuaibao::ArchiveRestore</name>
    <message>
        <source>%1 is the archive&apos;s own file, not a backup of it</source>
        <translation>%1 是档案自身的文件，不是它的备份</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>无法用 %1 恢复：%2</translation>
    </message>
    <message>
        <source>%1 is not a kuaibao archive or backup</source>
        <translation>%1 不是快报档案，也不是档案备份</translation>
    </message>
    <message>
        <source>the backup %1 is damaged itself (%2); choose an older one</source>
        <translation>备份 %1 本身已损坏（%2），请选用更早的备份</translation>
    </message>
    <message>
        <source>cannot write in the folder %1: %2</source>
        <translation>无法在文件夹 %1 中写入：%2</translation>
    </message>
    <message>
        <source>copying %1</source>
        <translation>复制 %1</translation>
    </message>
    <message>
        <source>the copy of the backup did not pass the integrity check</source>
        <translation>备份的副本没有通过完整性检查</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>the archive %1 is open in another program (the window or a command); close it first, then restore</source>
        <translation>档案 %1 正被其他程序（窗口或命令）打开，请先关闭再恢复</translation>
    </message>
    <message>
        <source>%1 could not be set aside</source>
        <translation>无法把 %1 另存一旁</translation>
    </message>
    <message>
        <source>the backup could not be put in place of %1</source>
        <translation>无法用备份替换 %1</translation>
    </message>
    <message>
        <source>the restored archive does not open: %1</source>
        <translation>恢复后的档案打不开：%1</translation>
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
