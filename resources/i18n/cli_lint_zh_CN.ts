<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>kuaibao::LintCommand</name>
    <message>
        <source>lint takes exactly one issue number (kuaibao-cli lint N)</source>
        <translation>lint 只接受一个期号（kuaibao-cli lint N）</translation>
    </message>
    <message>
        <source>The preflight's findings, one per line: PLACE, SEVERITY, KIND, MESSAGE; exit 1 when any is an error.</source>
        <translation>预检发现的问题，每行一条：位置、严重程度、类别、说明；有错误时退出状态为 1。</translation>
    </message>
</context>
</TS>