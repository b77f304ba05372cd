<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>kuaibao::TemplateArchive</name>
    <message>
        <source>looking up template %1 version %2</source>
        <translation>查找模板 %1 第 %2 版</translation>
    </message>
    <message>
        <source>keeping template %1 version %2</source>
        <translation>保存模板 %1 第 %2 版</translation>
    </message>
    <message>
        <source>reading template %1 version %2</source>
        <translation>读取模板 %1 第 %2 版</translation>
    </message>
    <message>
        <source>%1 version %2 (archived)</source>
        <translation>%1 第 %2 版（存档）</translation>
    </message>
    <message>
        <source>the issue names no template; printing with %1 version %2</source>
        <translation>这期快报未指定模板；使用 %1 第 %2 版打印</translation>
    </message>
    <message>
        <source>template %1 version %2, which the issue was set with, is no longer available; printing with version %3</source>
        <translation>这期快报排版所用的模板 %1 第 %2 版已不存在；改用第 %3 版打印</translation>
    </message>
</context>
</TS>
