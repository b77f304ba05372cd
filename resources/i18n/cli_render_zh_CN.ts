<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>kuaibao::RenderCommand</name>
    <message>
        <source>The PDF file to write.</source>
        <translation>要写入的 PDF 文件。</translation>
    </message>
    <message>
        <source>Write PDF/A-1b, for the archive.</source>
        <translation>写入 PDF/A-1b，用于归档。</translation>
    </message>
    <message>
        <source>Write the PDF even when no font can draw some characters.</source>
        <translation>即使有字符没有字体能显示，也写入 PDF。</translation>
    </message>
    <message>
        <source>render takes exactly one issue number (kuaibao-cli render N -o FILE.pdf)</source>
        <translation>render 只接受一个期号（kuaibao-cli render N -o FILE.pdf）</translation>
    </message>
    <message>
        <source>render needs -o FILE.pdf</source>
        <translation>render 需要 -o FILE.pdf</translation>
    </message>
    <message>
        <source>warning: no font can draw %1; writing the PDF anyway (--force)</source>
        <translation>警告：没有字体能显示 %1；仍然写入 PDF（--force）</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s)</source>
        <translation>
            <numerusform>%1：共 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>Write an issue&apos;s print as a PDF (A4, fonts embedded).</source>
        <translation>把一期快报的印刷版式写成 PDF（A4，嵌入字体）。</translation>
    </message>
</context>
</TS>
