<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>kuaibao::ArchiveStatistics</name>
    <message>
        <source>counting items</source>
        <translation>统计条目</translation>
    </message>
    <message>
        <source>the date range is empty: %1 is after %2</source>
        <translation>日期范围为空：%1 晚于 %2</translation>
    </message>
</context>
</TS>
