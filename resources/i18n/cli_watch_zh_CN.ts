<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>kuaibao::WatchCommand</name>
    <message>
        <source>the archive answers again; watching</source>
        <translation>档案又能访问了；继续监视</translation>
    </message>
    <message>
        <source>%1; still watching, and trying again</source>
        <translation>%1；仍在监视，并会重试</translation>
    </message>
    <message>
        <source>watch takes no arguments</source>
        <translation>watch 不带参数</translation>
    </message>
    <message>
        <source>watching %1; one line per change, Ctrl+C stops</source>
        <translation>正在监视 %1；每有一处改动输出一行，按 Ctrl+C 停止</translation>
    </message>
    <message>
        <source>Print one line per change to the archive, by anyone, until interrupted: TIME, NUMBER, EVENT, WHO, STATE.</source>
        <translation>档案每有一处改动（不论谁改）输出一行，直到中断：时间、期号、事件、人员、状态。</translation>
    </message>
</context>
</TS>
