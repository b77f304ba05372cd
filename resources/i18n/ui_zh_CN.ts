<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>SubmissionDialog</name>
    <message>
        <source>Add submitted items</source>
        <translation>添加来稿信息</translation>
    </message>
    <message>
        <source>Check the items to add, and their units and categories.</source>
        <translation>请勾选要添加的条目，并核对单位和类别。</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>信息内容</translation>
    </message>
    <message>
        <source>Sent before</source>
        <translation>此前已报</translation>
    </message>
</context>
</TS>
