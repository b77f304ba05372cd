<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>kuaibao::PagesPanel</name>
    <message>
        <source>The footer does not fit on the last page and stands on a page of its own. Shorten the text or move an item.</source>
        <translation>版记在最后一页放不下，单独占了一页。请压缩正文或移动条目。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>The printed pages of the open issue appear here, exactly as they will print and as the PDF will look. They follow your typing.</source>
        <translation>打开一期快报后，这里显示它印出来的样子，与打印和 PDF 完全一致，并随输入即时更新。</translation>
    </message>
</context>
<context>
    <name>kuaibao::PrintPageRenderer</name>
    <message>
        <source>The template could not be read (%1); the pages use the standard layout.</source>
        <translation>无法读取模板（%1），页面按标准版式排出。</translation>
    </message>
</context>
</TS>
