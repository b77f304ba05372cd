<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>kuaibao::IssueJson</name>
    <message>
        <source>%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[%2] must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a list of runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.kind must be &quot;articles&quot; or &quot;briefs&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a kuaibao issue document: &quot;schema&quot; is &quot;%1&quot;, expected &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>series must be &quot;regular&quot; or &quot;supplement&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date must be a real date written YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status must be one of draft, review, signature, published</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
