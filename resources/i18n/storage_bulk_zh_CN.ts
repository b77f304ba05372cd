<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>kuaibao::ArchiveFiller</name>
    <message>
        <source>the number of issues to generate must be between 1 and 200000, not %1</source>
        <translation>生成的期数须在 1 到 200000 之间，而不是 %1</translation>
    </message>
    <message>
        <source>the first issue number must be 1 or more and the first date a real date</source>
        <translation>第一期的期号须大于等于 1，日期须为有效日期</translation>
    </message>
    <message>
        <source>issue %1 is already in the archive; generate into an empty archive or choose another --first-number</source>
        <translation>第%1期已在档案中；请生成到空档案，或另选 --first-number</translation>
    </message>
</context>
</TS>
