<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>kuaibao::ArchiveHealth</name>
    <message>
        <source>checking %1</source>
        <translation>检查 %1</translation>
    </message>
    <message>
        <source>the archive %1 is damaged (%2), so nothing is written to it; reading, searching and exporting still work. Put the newest backup in place with: kuaibao-cli restore BACKUP</source>
        <translation>档案 %1 已损坏（%2），因此不再写入；仍可查看、检索和导出。请用最新的备份恢复：kuaibao-cli restore 备份文件</translation>
    </message>
</context>
<context>
    <name>kuaibao::Database</name>
    <message>
        <source>the folder %1 does not exist; create it or choose another database path</source>
        <translation>文件夹 %1 不存在；请先创建，或换一个数据库路径</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 是文件夹，不是数据库文件</translation>
    </message>
    <message>
        <source>%1 is not a kuaibao database (it is not an SQLite file)</source>
        <translation>%1 不是快报数据库（不是 SQLite 文件）</translation>
    </message>
    <message>
        <source>the folder %1 is read-only; kuaibao needs to write its database there</source>
        <translation>文件夹 %1 是只读的；快报需要在那里写入数据库</translation>
    </message>
    <message>
        <source>opening %1</source>
        <translation>打开 %1</translation>
    </message>
    <message>
        <source>%1 failed: the database could not switch to write-ahead logging</source>
        <translation>%1失败：数据库无法切换到预写日志模式</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>读取 %1</translation>
    </message>
    <message>
        <source>initialising %1</source>
        <translation>初始化 %1</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a kuaibao archive</source>
        <translation>%1 是其他程序的 SQLite 数据库，不是快报档案库</translation>
    </message>
    <message>
        <source>%1 was written by a newer kuaibao (schema %2; this program knows schema %3 at most); install the newer program to open it</source>
        <translation>%1 由更新版本的快报写入（结构版本 %2；本程序最高只认识 %3）；请安装新版程序后再打开</translation>
    </message>
    <message>
        <source>starting to save</source>
        <translation>开始保存</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>%1 is a symbolic link that leads back to itself (a loop)</source>
        <translation>%1 是指回自身的符号链接（循环）</translation>
    </message>
    <message>
        <source>%1 is a symbolic link to a file that does not exist</source>
        <translation>%1 是指向不存在文件的符号链接</translation>
    </message>
    <message>
        <source>%1 is a pipe or device, not a database file</source>
        <translation>%1 是管道或设备，不是数据库文件</translation>
    </message>
    <message>
        <source>%1 is read-only and was written by an older kuaibao (schema %2); it must be upgraded before this program can read it, which needs write access to the file and its folder</source>
        <translation>%1 是只读的，且由旧版快报编辑器写成（结构版本 %2）；需要先升级才能读取，而升级需要对该文件及其文件夹的写权限</translation>
    </message>
    <message>
        <source>the archive %1 is read-only (the file or its folder cannot be written): it can be read, searched, exported and printed, but nothing can be saved in it</source>
        <translation>档案 %1 是只读的（文件或所在文件夹不可写）：可以查看、检索、导出和打印，但不能保存任何改动</translation>
    </message>
    <message>
        <source>this computer lacks Qt&apos;s PostgreSQL driver (the Debian package libqt6sql6-psql), so it cannot reach %1</source>
        <translation>本机缺少 Qt 的 PostgreSQL 驱动（Debian 软件包 libqt6sql6-psql），无法连接 %1</translation>
    </message>
    <message>
        <source>the server database %1 has not been set up for kuaibao yet; its owner sets it up once with: %2</source>
        <translation>服务器数据库 %1 尚未为快报设置；请其所有者运行一次：%2</translation>
    </message>
    <message>
        <source>the server database %1 was set up by a newer kuaibao (schema %2; this program knows up to %3); update kuaibao on this computer</source>
        <translation>服务器数据库 %1 由较新版本的快报设置（架构 %2；本程序最高支持 %3）；请更新本机的快报</translation>
    </message>
    <message>
        <source>the server database %1 has schema %2 and this program needs %3; its owner upgrades it with: %4</source>
        <translation>服务器数据库 %1 的架构为 %2，本程序需要 %3；请其所有者运行以下命令升级：%4</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>读取</translation>
    </message>
    <message>
        <source>the connection to the database server %1 was lost while the save was being committed, so it may or may not have been stored; reopen the issue to see</source>
        <translation>提交保存时与数据库服务器 %1 的连接断开，本次保存可能已存入，也可能没有；请重新打开这一期查看</translation>
    </message>
    <message>
        <source>the connection to the database server %1 was lost during the save, so nothing of it was stored; the next save connects again</source>
        <translation>保存过程中与数据库服务器 %1 的连接断开，本次保存的内容均未存入；下次保存时会重新连接</translation>
    </message>
</context>
<context>
    <name>kuaibao::IssueCreation</name>
    <message>
        <source>the issue number must be 1 or more, not %1</source>
        <translation>期号必须不小于 1，而不是 %1</translation>
    </message>
    <message>
        <source>issue %1 already exists; choose another number or open it instead</source>
        <translation>第%1期已存在；请换一个期号，或直接打开它</translation>
    </message>
</context>
<context>
    <name>kuaibao::IssueRepository</name>
    <message>
        <source>supplement issue %1</source>
        <translation>增刊第%1期</translation>
    </message>
    <message>
        <source>issue %1</source>
        <translation>第%1期</translation>
    </message>
    <message>
        <source>the stored issue with id %1 is damaged (series, number, date or status)</source>
        <translation>编号为 %1 的已存期刊已损坏（序列、期号、日期或状态）</translation>
    </message>
    <message>
        <source>listing the issues</source>
        <translation>列出各期快报</translation>
    </message>
    <message>
        <source>looking up %1</source>
        <translation>查找%1</translation>
    </message>
    <message>
        <source>%1 is not in the archive</source>
        <translation>档案库中没有%1</translation>
    </message>
    <message>
        <source>reading an issue</source>
        <translation>读取一期</translation>
    </message>
    <message>
        <source>no issue with id %1 is in the archive</source>
        <translation>档案库中没有编号为 %1 的一期</translation>
    </message>
    <message>
        <source>finding the latest issue</source>
        <translation>查找最新一期</translation>
    </message>
    <message>
        <source>%1 already exists in the archive</source>
        <translation>档案库中已有%1</translation>
    </message>
    <message>
        <source>saving %1</source>
        <translation>保存%1</translation>
    </message>
    <message>
        <source>%1 was changed or deleted by someone else since it was opened; reopen it to see their version</source>
        <translation>%1在打开后已被他人修改或删除；请重新打开查看对方的版本</translation>
    </message>
    <message>
        <source>deleting %1</source>
        <translation>删除%1</translation>
    </message>
</context>
<context>
    <name>kuaibao::IssueRows</name>
    <message>
        <source>reading the issue</source>
        <translation>读取这一期</translation>
    </message>
    <message>
        <source>the stored issue is damaged: %1</source>
        <translation>已存的这一期已损坏：%1</translation>
    </message>
    <message>
        <source>section kind &quot;%1&quot;</source>
        <translation>栏目类型“%1”</translation>
    </message>
    <message>
        <source>an article outside any section</source>
        <translation>有文章不属于任何栏目</translation>
    </message>
    <message>
        <source>a paragraph outside any article</source>
        <translation>有段落不属于任何文章</translation>
    </message>
    <message>
        <source>a category outside any section</source>
        <translation>有类别不属于任何栏目</translation>
    </message>
    <message>
        <source>an item outside any category</source>
        <translation>有条目不属于任何类别</translation>
    </message>
    <message>
        <source>an item position out of range</source>
        <translation>条目位置越界</translation>
    </message>
    <message>
        <source>a unit outside any item</source>
        <translation>有单位不属于任何条目</translation>
    </message>
    <message>
        <source>saving the issue</source>
        <translation>保存这一期</translation>
    </message>
    <message>
        <source>a paragraph with heading level %1</source>
        <translation>段落的标题级别为 %1</translation>
    </message>
    <message>
        <source>this archive is older than heading levels and cannot store one</source>
        <translation>此档案库早于标题级别功能，无法保存标题</translation>
    </message>
</context>
<context>
    <name>kuaibao::Migrations</name>
    <message>
        <source>schema step %1</source>
        <translation>结构升级第 %1 步</translation>
    </message>
    <message>
        <source>starting schema step %1</source>
        <translation>开始结构升级第 %1 步</translation>
    </message>
    <message>
        <source>finishing schema step %1</source>
        <translation>完成结构升级第 %1 步</translation>
    </message>
    <message>
        <source>upgrading the database to schema %1 (%2) failed: %3</source>
        <translation>将数据库升级到结构版本 %1（%2）失败：%3</translation>
    </message>
</context>
<context>
    <name>kuaibao::PastIssue</name>
    <message>
        <source>issue %1 is %2, not a past issue (往期); only a past issue is made a draft this way</source>
        <translation>第%1期的状态是%2，不是往期；只有往期才能这样转为草稿</translation>
    </message>
</context>
</TS>
