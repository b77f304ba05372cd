<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>kuaibao::SubmissionReader</name>
    <message>
        <source>no such file</source>
        <translation>没有这个文件</translation>
    </message>
    <message>
        <source>the document has no text</source>
        <translation>文档中没有文字</translation>
    </message>
    <message>
        <source>no item found: an item starts with the unit&apos;s name and &quot;：&quot; (斋堂镇：…)</source>
        <translation>没有找到信息：每条信息以单位名称和&quot;：&quot;开头（斋堂镇：…）</translation>
    </message>
</context>
</TS>
