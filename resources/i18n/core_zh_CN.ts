<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>kuaibao::BulletinTemplate</name>
    <message>
        <source>key &quot;%1&quot; must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key &quot;%1&quot; must be a list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key &quot;%1[%2]&quot; must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key &quot;%1&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key &quot;%1&quot; must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template %1 is not valid JSON: %2 at byte %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key &quot;version&quot; must be a whole number of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key &quot;masthead.nameLines&quot; must hold one or two lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key &quot;%1.kind&quot; must be &quot;articles&quot; or &quot;briefs&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kuaibao::Issue</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kuaibao::IssueValidator</name>
    <message>
        <source>section %1 (%2) holds brief categories and cannot hold articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section %1, category %2 has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section %1, category %2, item %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names no unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an empty unit name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section %1, category %2 has an empty also-took-part unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the issue number must be 1 or more, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cumulative number must be 1 or more, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the issue has no valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bulletin name must be one or two non-empty lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section %1 has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section %1 (%2) holds articles and cannot hold brief categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a staff credit in the footer has no role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a footer line has no label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the print run must be 1 or more, not %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kuaibao::TemplateLibrary</name>
    <message>
        <source>cannot read template %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no template named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
