<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>kuaibao::ArchiveChecks</name>
    <message>
        <source>integrity</source>
        <translation>完整性</translation>
    </message>
    <message>
        <source>links</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>issues</source>
        <translation>各期快报</translation>
    </message>
    <message>
        <source>issue %1: %2</source>
        <translation>第%1期：%2</translation>
    </message>
    <message>
        <source>signatures</source>
        <translation>签发记录</translation>
    </message>
    <message>
        <source>retirements</source>
        <translation>停用记录</translation>
    </message>
    <message>
        <source>guards</source>
        <translation>保护</translation>
    </message>
</context>
<context>
    <name>kuaibao::BusyNotice</name>
    <message>
        <source>the database is busy (another program is saving); retrying (%1 of %2)</source>
        <translation>数据库正忙（另一个程序正在保存），正在重试（第 %1 次，共 %2 次）</translation>
    </message>
</context>
<context>
    <name>kuaibao::MaintenanceCommands</name>
    <message>
        <source>Where to write the copy.</source>
        <translation>副本写到哪里。</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>FILE 已存在时将其替换。</translation>
    </message>
    <message>
        <source>backup takes exactly one file name (kuaibao-cli backup FILE)</source>
        <translation>backup 只接受一个文件名（kuaibao-cli backup FILE）</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name or add --overwrite</source>
        <translation>%1 已存在；请另选文件名，或加上 --overwrite</translation>
    </message>
    <message>
        <source>backed up the archive to %1</source>
        <translation>已将档案库备份到 %1</translation>
    </message>
    <message>
        <source>check takes no arguments</source>
        <translation>check 不接受参数</translation>
    </message>
    <message>
        <source>could not run: %1</source>
        <translation>无法执行：%1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n 处问题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the archive %1 has %n problem(s); restore it from a backup (the daily copies lie next to it)</source>
        <translation>
            <numerusform>档案库 %1 有 %n 处问题；请从备份恢复（每日备份就在它旁边）</numerusform>
        </translation>
    </message>
    <message>
        <source>--%1 must be a whole number of 0 or more, not &quot;%2&quot;</source>
        <translation>--%1 必须是 0 或更大的整数，而不是“%2”</translation>
    </message>
    <message>
        <source>--writer needs a name without a colon</source>
        <translation>--writer 需要一个不含冒号的名字</translation>
    </message>
    <message>
        <source>Issues to save in turn (default 1).</source>
        <translation>轮流保存的各期（默认第 1 期）。</translation>
    </message>
    <message>
        <source>Name stamped into every save.</source>
        <translation>写入每次保存的名字。</translation>
    </message>
    <message>
        <source>How many saves to attempt.</source>
        <translation>尝试保存的次数。</translation>
    </message>
    <message>
        <source>Stop after this long.</source>
        <translation>运行这么长时间后停止。</translation>
    </message>
    <message>
        <source>Pause a random time up to this long between saves.</source>
        <translation>每两次保存之间随机暂停，最长这么久。</translation>
    </message>
    <message>
        <source>Write a consistent copy of the archive, even while it is in use.</source>
        <translation>写出档案库的一致副本，使用中也可以。</translation>
    </message>
    <message>
        <source>Check the archive for damage; exit status 1 when any is found.</source>
        <translation>检查档案库是否损坏；发现问题时退出状态为 1。</translation>
    </message>
    <message>
        <source>Developer tool: save stamped issues in a loop, one line per save (for the crash and concurrency tests).</source>
        <translation>开发工具：循环保存带标记的快报，每次保存输出一行（用于崩溃和并发测试）。</translation>
    </message>
    <message>
        <source>dev save-loop takes no positional arguments</source>
        <translation>dev save-loop 不接受位置参数</translation>
    </message>
    <message>
        <source>Put a backup in place of the archive, setting the old file aside; refused while the archive is open.</source>
        <translation>用备份替换档案，原文件另存一旁；档案被打开时拒绝执行。</translation>
    </message>
    <message>
        <source>Report a failed save and go on with the next one.</source>
        <translation>报告保存失败的那一次，然后继续下一次。</translation>
    </message>
    <message numerus="yes">
        <source>the server archive %1 has %n problem(s); its owner mends the guards as each line says, and restores damaged issues from the office&apos;s pg_dump backup (docs/server.md)</source>
        <translation>
            <numerusform>服务器档案库 %1 有 %n 个问题；请数据库所有者按各行所述修复保护，并用本单位的 pg_dump 备份恢复受损的各期（见 docs/server.md）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kuaibao::RestoreCommand</name>
    <message>
        <source>The backup to put in place of the archive.</source>
        <translation>用来替换档案的备份。</translation>
    </message>
    <message>
        <source>restore takes exactly one backup file (kuaibao-cli restore BACKUP [--db PATH])</source>
        <translation>restore 只接受一个备份文件（kuaibao-cli restore 备份 [--db 路径]）</translation>
    </message>
    <message>
        <source>set the old archive aside as %1</source>
        <translation>原档案已另存为 %1</translation>
    </message>
    <message numerus="yes">
        <source>restored %1 from %2: %n issue(s)</source>
        <translation>
            <numerusform>已用 %2 恢复 %1：共 %n 期</numerusform>
        </translation>
    </message>
    <message>
        <source>restore puts a backup file in place of an archive file; to bring a backup&apos;s issues onto the server run kuaibao-cli --db URL copy-archive BACKUP (with --replace for numbers already there), or restore the office&apos;s pg_dump with pg_restore (docs/server.md)</source>
        <translation>restore 用备份文件替换档案库文件；要把备份中的各期放回服务器，请运行 kuaibao-cli --db URL copy-archive BACKUP（已有的期号加 --replace），或用 pg_restore 恢复本单位的 pg_dump 备份（见 docs/server.md）</translation>
    </message>
</context>
<context>
    <name>kuaibao::SaveLoop</name>
    <message>
        <source>save-loop needs issue numbers and a --count or a --duration-ms</source>
        <translation>save-loop 需要期号，以及 --count 或 --duration-ms</translation>
    </message>
    <message>
        <source>issue %1 was saved as revision %2 instead of %3</source>
        <translation>第 %1 期被保存为第 %2 版，而不是第 %3 版</translation>
    </message>
    <message>
        <source>issue %1 is real work, not a save-loop issue; run the save loop on a scratch archive (--db)</source>
        <translation>第 %1 期是实际工作内容，不是 save-loop 写的；请在临时档案库上运行（--db）</translation>
    </message>
    <message>
        <source>%1 of %2 saves failed</source>
        <translation>%2 次保存中有 %1 次失败</translation>
    </message>
</context>
</TS>
