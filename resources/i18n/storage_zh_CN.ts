<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>kuaibao::Database</name>
    <message>
        <source>the folder %1 does not exist; create it or choose another database path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a kuaibao database (it is not an SQLite file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 is read-only; kuaibao needs to write its database there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening %1</source>
        <translation>打开 %1</translation>
    </message>
    <message>
        <source>%1 failed: the database could not switch to write-ahead logging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>initialising %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a kuaibao archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer kuaibao (schema %2; this program knows schema %3 at most); install the newer program to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kuaibao::IssueCreation</name>
    <message>
        <source>the issue number must be 1 or more, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issue %1 already exists; choose another number or open it instead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kuaibao::IssueRepository</name>
    <message>
        <source>supplement issue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored issue with id %1 is damaged (series, number, date or status)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing the issues</source>
        <translation>列出各期快报</translation>
    </message>
    <message>
        <source>looking up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading an issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no issue with id %1 is in the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding the latest issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists in the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed or deleted by someone else since it was opened; reopen it to see their version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kuaibao::IssueRows</name>
    <message>
        <source>reading the issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored issue is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section kind &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an article outside any section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a paragraph outside any article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a category outside any section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item outside any category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item position out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a unit outside any item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the issue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kuaibao::Migrations</name>
    <message>
        <source>schema step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting schema step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finishing schema step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrading the database to schema %1 (%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kuaibao::Sql</name>
    <message>
        <source>database operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the database is busy (another program is writing it); try again when it has finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the database file is damaged or is not a kuaibao database (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the disk is full; nothing was changed, free some space and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the database is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the disk reported an error (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the database holds a value of the wrong type (%2); it is damaged</source>
        <translation>%1失败：数据库中存有类型错误的值（%2），数据库已损坏</translation>
    </message>
    <message>
        <source>%1 failed: the database lacks part of the kuaibao structure (%2); it is damaged or was changed by another program</source>
        <translation>%1失败：数据库缺少快报程序所需的部分结构（%2），文件已损坏或被其他程序改动</translation>
    </message>
</context>
</TS>
