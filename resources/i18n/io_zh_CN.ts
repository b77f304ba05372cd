<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>kuaibao::IssueJson</name>
    <message>
        <source>%1 is missing</source>
        <translation>缺少 %1</translation>
    </message>
    <message>
        <source>%1 must be a string</source>
        <translation>%1 必须是字符串</translation>
    </message>
    <message>
        <source>%1 must be a list</source>
        <translation>%1 必须是列表</translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation>%1 必须是对象</translation>
    </message>
    <message>
        <source>%1[%2] must be a string</source>
        <translation>%1[%2] 必须是字符串</translation>
    </message>
    <message>
        <source>%1 must be a whole number or null</source>
        <translation>%1 必须是整数或 null</translation>
    </message>
    <message>
        <source>%1 must be a list of runs</source>
        <translation>%1 必须是文字段列表</translation>
    </message>
    <message>
        <source>%1.kind must be &quot;articles&quot; or &quot;briefs&quot;</source>
        <translation>%1.kind 必须是“articles”或“briefs”</translation>
    </message>
    <message>
        <source>not a kuaibao issue document: &quot;schema&quot; is &quot;%1&quot;, expected &quot;%2&quot;</source>
        <translation>不是快报文档：“schema”为“%1”，应为“%2”</translation>
    </message>
    <message>
        <source>series must be &quot;regular&quot; or &quot;supplement&quot;</source>
        <translation>series 必须是“regular”或“supplement”</translation>
    </message>
    <message>
        <source>date must be a real date written YYYY-MM-DD</source>
        <translation>date 必须是按 YYYY-MM-DD 书写的有效日期</translation>
    </message>
    <message>
        <source>status must be one of draft, review, signature, published</source>
        <translation>status 必须是 draft、review、signature、published 之一</translation>
    </message>
</context>
</TS>
