<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>kuaibao::HelpFeatures</name>
    <message>
        <source>&amp;Manual</source>
        <translation>使用手册(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>Open the user manual</source>
        <translation>打开使用手册</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>The manual is not installed (looked in %1).</source>
        <translation>没有安装使用手册（查找位置：%1）。</translation>
    </message>
    <message>
        <source>No program on this computer opens %1.</source>
        <translation>本机没有能打开 %1 的程序。</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kuaibao %1&lt;/h3&gt;&lt;p&gt;Composes, signs off, prints and files the office&apos;s work bulletin.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licence:&lt;/b&gt; none chosen yet; all rights reserved by the authors.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Fonts in use:&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Archive:&lt;/b&gt; %3&lt;/p&gt;&lt;p&gt;&lt;b&gt;Manual:&lt;/b&gt; %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;快报编辑器 %1&lt;/h3&gt;&lt;p&gt;编辑、签发、印制和归档《工作快报》。&lt;/p&gt;&lt;p&gt;&lt;b&gt;许可：&lt;/b&gt;尚未选定许可证，作者保留所有权利。&lt;/p&gt;&lt;p&gt;&lt;b&gt;排版所用字体：&lt;/b&gt;%2&lt;/p&gt;&lt;p&gt;&lt;b&gt;档案位置：&lt;/b&gt;%3&lt;/p&gt;&lt;p&gt;&lt;b&gt;使用手册：&lt;/b&gt;%4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>未安装</translation>
    </message>
    <message>
        <source>About Kuaibao</source>
        <translation>关于快报编辑器</translation>
    </message>
</context>
</TS>
