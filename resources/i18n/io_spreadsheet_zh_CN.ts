<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>kuaibao::TableWorkbook</name>
    <message>
        <source>the spreadsheet could not be written: %1</source>
        <translation>无法写出表格：%1</translation>
    </message>
    <message>
        <source>no temporary folder for the spreadsheet: %1</source>
        <translation>没有可用于表格的临时文件夹：%1</translation>
    </message>
    <message>
        <source>the spreadsheet could not be read back: %1</source>
        <translation>无法读回表格：%1</translation>
    </message>
</context>
</TS>
