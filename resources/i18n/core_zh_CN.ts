<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>kuaibao::BulletinTemplate</name>
    <message>
        <source>key &quot;%1&quot; must be a non-empty string</source>
        <translation>键“%1”必须是非空字符串</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; must be a list of strings</source>
        <translation>键“%1”必须是字符串列表</translation>
    </message>
    <message>
        <source>key &quot;%1[%2]&quot; must be a non-empty string</source>
        <translation>键“%1[%2]”必须是非空字符串</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; must be a list</source>
        <translation>键“%1”必须是列表</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; must be an object</source>
        <translation>键“%1”必须是对象</translation>
    </message>
    <message>
        <source>template %1 is not valid JSON: %2 at byte %3</source>
        <translation>模板 %1 不是有效的 JSON：第 %3 字节处%2</translation>
    </message>
    <message>
        <source>key &quot;version&quot; must be a whole number of at least 1</source>
        <translation>键“version”必须是不小于 1 的整数</translation>
    </message>
    <message>
        <source>key &quot;masthead.nameLines&quot; must hold one or two lines</source>
        <translation>键“masthead.nameLines”必须有一行或两行</translation>
    </message>
    <message>
        <source>key &quot;%1.kind&quot; must be &quot;articles&quot; or &quot;briefs&quot;</source>
        <translation>键“%1.kind”必须是“articles”或“briefs”</translation>
    </message>
    <message>
        <source>template %1: %2</source>
        <translation>模板 %1：%2</translation>
    </message>
</context>
<context>
    <name>kuaibao::Issue</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Awaiting signature</source>
        <translation>待核签</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已签发</translation>
    </message>
    <message>
        <source>Past issue (imported)</source>
        <translation>往期（导入）</translation>
    </message>
</context>
<context>
    <name>kuaibao::IssueValidator</name>
    <message>
        <source>section %1 (%2) holds brief categories and cannot hold articles</source>
        <translation>第 %1 栏（%2）是简讯栏目，不能包含文章</translation>
    </message>
    <message>
        <source>section %1, category %2 has no name</source>
        <translation>第 %1 栏的第 %2 个类别没有名称</translation>
    </message>
    <message>
        <source>section %1, category %2, item %3</source>
        <translation>%1栏“%2”类第 %3 条</translation>
    </message>
    <message>
        <source>%1 names no unit</source>
        <translation>%1没有署单位</translation>
    </message>
    <message>
        <source>%1 has an empty unit name</source>
        <translation>%1有空的单位名称</translation>
    </message>
    <message>
        <source>section %1, category %2 has an empty also-took-part unit</source>
        <translation>%1栏“%2”类的“也开展了相关活动”中有空单位</translation>
    </message>
    <message>
        <source>the issue number must be 1 or more, not %1</source>
        <translation>期号必须不小于 1，而不是 %1</translation>
    </message>
    <message>
        <source>the cumulative number must be 1 or more, not %1</source>
        <translation>总期号必须不小于 1，而不是 %1</translation>
    </message>
    <message>
        <source>the issue has no valid date</source>
        <translation>这一期没有有效日期</translation>
    </message>
    <message>
        <source>the bulletin name must be one or two non-empty lines</source>
        <translation>刊名必须是一行或两行非空文字</translation>
    </message>
    <message>
        <source>section %1 has no name</source>
        <translation>第 %1 栏没有名称</translation>
    </message>
    <message>
        <source>section %1 (%2) holds articles and cannot hold brief categories</source>
        <translation>第 %1 栏（%2）是文章栏目，不能包含简讯类别</translation>
    </message>
    <message>
        <source>a staff credit in the footer has no role</source>
        <translation>版记中有一个署名缺少职责</translation>
    </message>
    <message>
        <source>a footer line has no label</source>
        <translation>版记中有一行缺少标签</translation>
    </message>
    <message>
        <source>the print run must be 1 or more, not %1</source>
        <translation>印数必须不小于 1，而不是 %1</translation>
    </message>
</context>
<context>
    <name>kuaibao::TemplateLibrary</name>
    <message>
        <source>cannot read template %1: %2</source>
        <translation>无法读取模板 %1：%2</translation>
    </message>
    <message>
        <source>no template named &quot;%1&quot;</source>
        <translation>没有名为“%1”的模板</translation>
    </message>
</context>
</TS>
