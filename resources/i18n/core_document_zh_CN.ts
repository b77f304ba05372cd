<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>kuaibao::StructureEditor</name>
    <message>
        <source>Add section</source>
        <translation>添加栏目</translation>
    </message>
    <message>
        <source>Remove section</source>
        <translation>删除栏目</translation>
    </message>
    <message>
        <source>Move section</source>
        <translation>移动栏目</translation>
    </message>
    <message>
        <source>Add article</source>
        <translation>添加文章</translation>
    </message>
    <message>
        <source>Remove article</source>
        <translation>删除文章</translation>
    </message>
    <message>
        <source>Move article</source>
        <translation>移动文章</translation>
    </message>
    <message>
        <source>Add category</source>
        <translation>添加类别</translation>
    </message>
    <message>
        <source>Remove category</source>
        <translation>删除类别</translation>
    </message>
    <message>
        <source>Move category</source>
        <translation>移动类别</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>添加条目</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>删除条目</translation>
    </message>
    <message>
        <source>Move item</source>
        <translation>移动条目</translation>
    </message>
    <message>
        <source>Body text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Heading level %1</source>
        <translation>%1级标题</translation>
    </message>
    <message>
        <source>Renumber headings</source>
        <translation>重新编号标题</translation>
    </message>
</context>
</TS>