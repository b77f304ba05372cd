<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>kuaibao::Sql</name>
    <message>
        <source>database operation</source>
        <translation>数据库操作</translation>
    </message>
    <message>
        <source>%1 failed: the database is busy (another program is writing it); try again when it has finished</source>
        <translation>%1失败：数据库正忙（另一个程序正在写入）；请等它完成后再试</translation>
    </message>
    <message>
        <source>%1 failed: the database file is damaged or is not a kuaibao database (%2)</source>
        <translation>%1失败：数据库文件已损坏，或不是快报数据库（%2）</translation>
    </message>
    <message>
        <source>%1 failed: the disk is full; nothing was changed, free some space and try again</source>
        <translation>%1失败：磁盘已满；未做任何更改，请腾出空间后再试</translation>
    </message>
    <message>
        <source>%1 failed: the database is read-only</source>
        <translation>%1失败：数据库是只读的</translation>
    </message>
    <message>
        <source>%1 failed: the disk reported an error (%2)</source>
        <translation>%1失败：磁盘报告错误（%2）</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1失败：%2</translation>
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
