<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>kuaibao::IssuePrintActions</name>
    <message>
        <source>Characters no font can draw</source>
        <translation>没有字体能显示的字符</translation>
    </message>
    <message>
        <source>No font of the template can draw these characters: %1</source>
        <translation>模板中没有字体能显示这些字符：%1</translation>
    </message>
    <message>
        <source>They will print as empty boxes or in another typeface. Install a font that has them (put it in the fonts folder of the program&apos;s data folder), or go on without them.</source>
        <translation>它们将打印为空框或其他字体。请安装包含这些字符的字体（放入程序数据文件夹下的 fonts 文件夹），或忽略缺字继续。</translation>
    </message>
    <message>
        <source>Fonts in use:</source>
        <translation>使用的字体：</translation>
    </message>
    <message>
        <source>Print without them</source>
        <translation>忽略缺字继续打印</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>Fonts standing in</source>
        <translation>替代字体</translation>
    </message>
    <message>
        <source>Some of the template&apos;s fonts are not installed; the print uses others in their place:</source>
        <translation>模板指定的部分字体未安装，印件改用以下字体代替：</translation>
    </message>
    <message>
        <source>Do not tell me again while the fonts stay the same</source>
        <translation>字体不变时不再提示</translation>
    </message>
</context>
</TS>
