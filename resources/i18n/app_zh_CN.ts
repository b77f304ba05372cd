<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message>
        <source>Cannot open the archive</source>
        <translation>无法打开档案库</translation>
    </message>
</context>
<context>
    <name>kuaibao::MainWindow</name>
    <message>
        <source>Kuaibao bulletin editor</source>
        <translation>快报编辑器</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>期号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New issue</source>
        <translation>新建一期(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>The archive is empty.</source>
        <translation>档案库还是空的。</translation>
    </message>
    <message>
        <source>Start a new issue from the template</source>
        <translation>按模板新建一期</translation>
    </message>
    <message>
        <source>Cannot read the archive</source>
        <translation>无法读取档案库</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>第%1期</translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s) in the archive</source>
        <translation>
            <numerusform>档案库共 %n 期</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the issue</source>
        <translation>无法打开这一期</translation>
    </message>
    <message>
        <source>Cannot create the issue</source>
        <translation>无法新建这一期</translation>
    </message>
</context>
</TS>
