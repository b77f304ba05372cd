<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>kuaibao::UnitDirectory</name>
    <message>
        <source>looking up the unit %1</source>
        <translation>查找单位 %1</translation>
    </message>
    <message>
        <source>the %1 must not be empty</source>
        <translation>%1不能为空</translation>
    </message>
    <message>
        <source>the %1 &quot;%2&quot; must not contain &apos;|&apos; or a line break</source>
        <translation>%1“%2”不能包含“|”或换行</translation>
    </message>
    <message>
        <source>storing the template&apos;s unit list</source>
        <translation>保存模板的单位名单</translation>
    </message>
    <message>
        <source>reading the unit aliases</source>
        <translation>读取单位别名</translation>
    </message>
    <message>
        <source>reading the unit list</source>
        <translation>读取单位名单</translation>
    </message>
    <message>
        <source>unit name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>%1 is already a unit or an alias</source>
        <translation>%1 已是单位或别名</translation>
    </message>
    <message>
        <source>adding the unit %1</source>
        <translation>添加单位 %1</translation>
    </message>
    <message>
        <source>removing the alias %1</source>
        <translation>删除别名 %1</translation>
    </message>
    <message>
        <source>%1 is not an alias</source>
        <translation>%1 不是别名</translation>
    </message>
    <message>
        <source>finding unknown units</source>
        <translation>查找未知单位</translation>
    </message>
    <message>
        <source>counting the occurrences of %1</source>
        <translation>统计 %1 的出现次数</translation>
    </message>
    <message>
        <source>name to map</source>
        <translation>要对应的名称</translation>
    </message>
    <message>
        <source>%1 is not a unit of the list; add it first</source>
        <translation>%1 不在单位名单中；请先添加</translation>
    </message>
    <message>
        <source>%1 is a unit of the list itself and cannot become an alias</source>
        <translation>%1 本身是名单中的单位，不能作为别名</translation>
    </message>
    <message>
        <source>the %1 &quot;%2&quot; must not contain control or invisible characters (terminal escapes, zero-width spaces, direction marks)</source>
        <translation>%1“%2”不能含有控制字符或不可见字符（终端转义、零宽空格、方向标记）</translation>
    </message>
</context>
</TS>
