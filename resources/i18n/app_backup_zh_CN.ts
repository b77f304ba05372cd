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
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Put a backup in place of the archive; the current archive is set aside</source>
        <translation>用备份替换档案，当前档案另存一旁</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>The archive will be closed and replaced by %1; the current archive is kept beside it under a new name. Other computers and programs must close the archive first. Go on?</source>
        <translation>档案将被关闭，并用 %1 替换；当前档案会以新名称保留在旁边。其他电脑和程序须先关闭该档案。继续吗？</translation>
    </message>
</context>
<context>
    <name>kuaibao::RestoreRequest</name>
    <message>
        <source>The backup was not restored</source>
        <translation>备份没有恢复</translation>
    </message>
    <message numerus="yes">
        <source>The archive was restored from %1: %n issue(s).</source>
        <translation>
            <numerusform>档案已用 %1 恢复：共 %n 期。</numerusform>
        </translation>
    </message>
    <message>
        <source>The previous archive was set aside as %1.</source>
        <translation>原档案已另存为 %1。</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>备份已恢复</translation>
    </message>
</context>
</TS>
