<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>kuaibao::ArchiveSearch</name>
    <message>
        <source>the search index entry of issue id %1 is damaged; the index must be rebuilt</source>
        <translation>编号为 %1 的期次的搜索索引已损坏，需要重建索引</translation>
    </message>
    <message>
        <source>the search text is empty; give at least one character</source>
        <translation>搜索文字为空；请至少输入一个字</translation>
    </message>
    <message>
        <source>the date range is empty: %1 is after %2</source>
        <translation>日期范围为空：%1 晚于 %2</translation>
    </message>
    <message>
        <source>the number of hits to show must be 0 (all) or more</source>
        <translation>显示的结果数须为 0（全部）或更多</translation>
    </message>
    <message>
        <source>searching the archive</source>
        <translation>搜索档案</translation>
    </message>
</context>
<context>
    <name>kuaibao::SearchIndex</name>
    <message>
        <source>updating the search index</source>
        <translation>更新搜索索引</translation>
    </message>
    <message>
        <source>issue %1 cannot be indexed for search: numbers above %2 or more than %3 pieces of text in one issue are not supported</source>
        <translation>第%1期无法建立搜索索引：不支持大于 %2 的期号或单期超过 %3 段文字</translation>
    </message>
    <message>
        <source>reading an issue to index it</source>
        <translation>读取期次以建立索引</translation>
    </message>
    <message>
        <source>no issue with id %1 is in the archive</source>
        <translation>档案中没有编号为 %1 的期次</translation>
    </message>
    <message>
        <source>listing the issues to index</source>
        <translation>列出需要建立索引的期次</translation>
    </message>
    <message>
        <source>compacting the search index</source>
        <translation>压缩搜索索引</translation>
    </message>
</context>
</TS>
