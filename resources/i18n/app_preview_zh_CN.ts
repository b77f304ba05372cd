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
</context>
<context>
    <name>kuaibao::PlainTextRenderer</name>
    <message>
        <source>No. %1</source>
        <translation>第%1期</translation>
    </message>
    <message>
        <source>%1-%2-%3</source>
        <translation>%1年%2月%3日</translation>
    </message>
    <message>
        <source>Plain preview: the print layout may break lines and pages slightly differently.</source>
        <translation>简易预览：正式排版的换行和分页可能略有不同。</translation>
    </message>
</context>
</TS>
