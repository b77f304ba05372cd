<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message>
        <source>Cannot open the archive</source>
        <translation>无法打开档案库</translation>
    </message>
</context>
<context>
    <name>kuaibao::AppCommandLine</name>
    <message>
        <source>The archive to open (default: $KUAIBAO_DB, else ~/.local/share/kuaibao/kuaibao.db).</source>
        <translation>要打开的档案（默认为 $KUAIBAO_DB，否则为 ~/.local/share/kuaibao/kuaibao.db）。</translation>
    </message>
    <message>
        <source>Keep the window&apos;s settings in FILE instead of the user&apos;s.</source>
        <translation>把窗口设置保存在 FILE 中，而不是用户的设置里。</translation>
    </message>
    <message>
        <source>The desktop editor with which a district office composes, signs off, prints and files its work bulletin.</source>
        <translation>区级机关编辑、签发、印制和归档《工作快报》的桌面程序。</translation>
    </message>
</context>
<context>
    <name>kuaibao::ArchiveFeatures</name>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>档案(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Search the archive…</source>
        <translation>搜索档案(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>S&amp;tatistics…</source>
        <translation>统计(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Units…</source>
        <translation>单位名单(&amp;U)…</translation>
    </message>
</context>
<context>
    <name>kuaibao::ArchiveHealthWatch</name>
    <message>
        <source>The archive is damaged</source>
        <translation>档案已损坏</translation>
    </message>
</context>
<context>
    <name>kuaibao::EditingSession</name>
    <message>
        <source>Unit names cannot be checked: %1</source>
        <translation>无法核对单位名称：%1</translation>
    </message>
    <message>
        <source>Could not read the issue back: %1</source>
        <translation>无法重新读取本期：%1</translation>
    </message>
    <message>
        <source>The archive set this issue&apos;s status to %1.</source>
        <translation>档案已将本期状态改为%1。</translation>
    </message>
    <message>
        <source>%1 is still editing this issue</source>
        <translation>%1 仍在编辑本期</translation>
    </message>
</context>
<context>
    <name>kuaibao::FileFeatures</name>
    <message>
        <source>&amp;Import text files…</source>
        <translation>导入文本文件(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>导出 PDF(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>The archive is busy, retrying…</source>
        <translation>数据库忙，正在重试…</translation>
    </message>
    <message>
        <source>Save the issue first</source>
        <translation>请先保存本期</translation>
    </message>
    <message>
        <source>The issue could not be saved, so it is not printed as it stands: %1</source>
        <translation>本期未能保存，因此不按当前内容输出：%1</translation>
    </message>
    <message>
        <source>Import text files</source>
        <translation>导入文本文件</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Export as &amp;Word…</source>
        <translation>导出为 &amp;Word…</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Export as Word</source>
        <translation>导出为 Word</translation>
    </message>
</context>
<context>
    <name>kuaibao::FindReplaceBar</name>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 处，共 %2 处</translation>
    </message>
    <message>
        <source>replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>replace all</source>
        <translation>全部替换</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n occurrence(s).</source>
        <translation>
            <numerusform>已替换 %n 处。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>找到 %n 处</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kuaibao::IssueActions</name>
    <message>
        <source>Cannot create the issue</source>
        <translation>无法新建一期</translation>
    </message>
    <message>
        <source>Issue %1 created from the latest issue.</source>
        <translation>已根据上一期新建第%1期。</translation>
    </message>
    <message>
        <source>Cannot duplicate the issue</source>
        <translation>无法复制本期</translation>
    </message>
    <message>
        <source>Copied as issue %1.</source>
        <translation>已复制为第%1期。</translation>
    </message>
    <message>
        <source>Cannot delete the issue</source>
        <translation>无法删除本期</translation>
    </message>
    <message>
        <source>Issue %1 is %2: only a draft can be deleted. A signed issue stays in the archive.</source>
        <translation>第%1期的状态是“%2”：只有草稿可以删除，已签的期次保留在档案库中。</translation>
    </message>
    <message>
        <source>Delete issue</source>
        <translation>删除本期</translation>
    </message>
    <message>
        <source>Delete issue %1 (%2) from the archive? This cannot be undone.</source>
        <translation>从档案库中删除第%1期（%2）？删除后无法恢复。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Issue %1 deleted.</source>
        <translation>第%1期已删除。</translation>
    </message>
    <message>
        <source>Cannot make the issue a draft</source>
        <translation>无法转为草稿</translation>
    </message>
    <message>
        <source>Issue %1 is now a draft: it can be edited and signed off.</source>
        <translation>第%1期已转为草稿，可以编辑和送签。</translation>
    </message>
</context>
<context>
    <name>kuaibao::IssueListPanel</name>
    <message>
        <source>Filter: number, date, status…</source>
        <translation>筛选：期号、日期、状态…</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>期号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>Supplement %1</source>
        <translation>增刊第%1期</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>第%1期</translation>
    </message>
    <message>
        <source>Changed after signing!</source>
        <translation>签发后被改动！</translation>
    </message>
    <message>
        <source>Returned: %1</source>
        <translation>已退回：%1</translation>
    </message>
</context>
<context>
    <name>kuaibao::MainWindow</name>
    <message>
        <source>Cannot read the archive</source>
        <translation>无法读取档案库</translation>
    </message>
    <message>
        <source>Cannot open the issue</source>
        <translation>无法打开该期</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销%1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做%1(&amp;R)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已于 %1 保存</translation>
    </message>
    <message>
        <source>Not saved: your changes are kept in this window</source>
        <translation>未保存：修改仍保留在本窗口中</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) in all</source>
        <translation>
            <numerusform>共 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <source> (footer alone on the last page)</source>
        <translation>（版记单独成页）</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>所有修改均已保存</translation>
    </message>
    <message>
        <source>Kuaibao editor</source>
        <translation>快报编辑器</translation>
    </message>
    <message>
        <source>No. %1 %2[*] — Kuaibao editor</source>
        <translation>第%1期 %2[*] — 快报编辑器</translation>
    </message>
    <message>
        <source>Could not save to the archive</source>
        <translation>无法保存到档案库</translation>
    </message>
    <message>
        <source>%1

Your changes were written to:
%2</source>
        <translation>%1

您的修改已写入：
%2</translation>
    </message>
    <message>
        <source>%1

They could not be kept in a file either: %2</source>
        <translation>%1

也无法把修改写入文件：%2</translation>
    </message>
    <message>
        <source>Signed and published: read-only</source>
        <translation>已签发：只读</translation>
    </message>
    <message>
        <source>No. %1 %2 (signed, read-only) — Kuaibao editor</source>
        <translation>第%1期 %2（已签发，只读）— 快报编辑器</translation>
    </message>
    <message>
        <source>Past issue, imported: read-only</source>
        <translation>往期（导入）：只读</translation>
    </message>
    <message>
        <source>No. %1 %2 (past issue, read-only) — Kuaibao editor</source>
        <translation>第%1期 %2（往期，只读）— 快报编辑器</translation>
    </message>
    <message>
        <source>Read-only: someone else is editing this issue</source>
        <translation>只读：其他人正在编辑本期</translation>
    </message>
    <message>
        <source>No. %1 %2 (edited elsewhere, read-only) — Kuaibao editor</source>
        <translation>第%1期 %2（他人正在编辑，只读）— 快报编辑器</translation>
    </message>
</context>
<context>
    <name>kuaibao::PreflightFeatures</name>
    <message>
        <source>Preflight</source>
        <translation>预检</translation>
    </message>
    <message>
        <source>The preflight could not read the archive: %1</source>
        <translation>预检无法读取档案库：%1</translation>
    </message>
    <message>
        <source>The text there has changed since it was checked; check the finding again.</source>
        <translation>该处文字在检查后已改动，请重新查看这条问题。</translation>
    </message>
    <message numerus="yes">
        <source>The preflight finds %n error(s) in this issue, the first at %1: %2</source>
        <translation>
            <numerusform>预检在本期发现 %n 个错误，第一个在 %1：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Errors print as they stand. Look at them first, or go on anyway?</source>
        <translation>错误会照原样印出。先查看预检结果，还是仍然继续？</translation>
    </message>
    <message>
        <source>Show the findings</source>
        <translation>查看预检结果</translation>
    </message>
    <message>
        <source>Go on anyway</source>
        <translation>仍然继续</translation>
    </message>
</context>
<context>
    <name>kuaibao::RecoveryFile</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not an issue in JSON: %2</source>
        <translation>%1 不是 JSON 格式的一期快报：%2</translation>
    </message>
    <message>
        <source>cannot move %1 to %2</source>
        <translation>无法把 %1 移到 %2</translation>
    </message>
</context>
<context>
    <name>kuaibao::RecoveryOffer</name>
    <message>
        <source>No. %1, kept %2</source>
        <translation>第%1期，保存于 %2</translation>
    </message>
    <message>
        <source>%1 (unreadable: %2)</source>
        <translation>%1（无法读取：%2）</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>恢复未保存的工作？</translation>
    </message>
    <message>
        <source>Last time the archive refused to store these edits, and they were kept in files:
%1

Restore them into the archive? Restoring replaces the archived issue of the same number.</source>
        <translation>上次档案库未能保存这些修改，它们已保存在文件中：
%1

要把它们恢复到档案库吗？恢复会替换档案库中同一期号的快报。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>放到一边</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <source>No. %1: %2</source>
        <translation>第%1期：%2</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n issue(s) from the recovery files.</source>
        <translation>
            <numerusform>已从恢复文件恢复 %n 期快报。</numerusform>
        </translation>
    </message>
    <message>
        <source>Some recovery files could not be restored: %1</source>
        <translation>有些恢复文件未能恢复：%1</translation>
    </message>
    <message>
        <source>The recovery files were set aside in %1.</source>
        <translation>恢复文件已移到 %1。</translation>
    </message>
</context>
<context>
    <name>kuaibao::SignoffFeatures</name>
    <message>
        <source>Si&amp;gn-off</source>
        <translation>签发(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Sign off / review…</source>
        <translation>签发/审核(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Check signed issues</source>
        <translation>检查已签发的快报(&amp;C)</translation>
    </message>
    <message>
        <source>The open issue could not be saved: %1</source>
        <translation>当前快报未能保存：%1</translation>
    </message>
    <message>
        <source>Every signed issue matches what was signed.</source>
        <translation>所有已签发的快报均与签发内容一致。</translation>
    </message>
    <message>
        <source>Returned by %1 (%2): %3</source>
        <translation>%1（%2）退回：%3</translation>
    </message>
    <message>
        <source>Returned by %1 (%2) on %3: %4</source>
        <translation>%1（%2）于 %3 退回：%4</translation>
    </message>
    <message>
        <source>Change the issue, then mark the remark dealt with on the sign-off screen.</source>
        <translation>请修改本期，然后在签发界面把这条意见标为已处理。</translation>
    </message>
    <message>
        <source>Past issue, imported from a file: it is kept, searched and counted, and nobody signs it. To edit it or send it through sign-off, choose File ▸ Make a draft of this past issue.</source>
        <translation>往期（从文件导入）：留档、可检索、计入统计，不进入签发流程。如需编辑或送签，请选择“文件 ▸ 转为草稿”。</translation>
    </message>
</context>
<context>
    <name>kuaibao::TextFileImport</name>
    <message>
        <source>Supplement %1</source>
        <translation>增刊第%1期</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>第%1期</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported.</source>
        <translation>
            <numerusform>已导入 %n 个文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not imported:</source>
        <translation>
            <numerusform>%n 个文件未导入：</numerusform>
        </translation>
    </message>
    <message>
        <source>Please check:</source>
        <translation>请核对：</translation>
    </message>
</context>
<context>
    <name>kuaibao::WordExport</name>
    <message>
        <source>Export as Word</source>
        <translation>导出为 Word</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
</context>
</TS>
