<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>kuaibao::IssuePrinter</name>
    <message>
        <source>the printer could not start printing</source>
        <translation>打印机无法开始打印</translation>
    </message>
    <message>
        <source>the printer refused page %1</source>
        <translation>打印机拒绝了第 %1 页</translation>
    </message>
</context>
<context>
    <name>kuaibao::LayoutStyle</name>
    <message>
        <source>key &quot;%1&quot; must be a number from %2 to %3</source>
        <translation>键“%1”必须是 %2 到 %3 之间的数</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; must be a whole number from %2 to %3</source>
        <translation>键“%1”必须是 %2 到 %3 之间的整数</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; must be true or false</source>
        <translation>键“%1”必须是 true 或 false</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; must be a colour written #RRGGBB</source>
        <translation>键“%1”必须是写作 #RRGGBB 的颜色</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; must be a non-empty string</source>
        <translation>键“%1”必须是非空字符串</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; must be a non-empty list of non-empty strings</source>
        <translation>键“%1”必须是由非空字符串组成的非空列表</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; must be an object</source>
        <translation>键“%1”必须是对象</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>未知的键“%1”</translation>
    </message>
    <message>
        <source>key &quot;%1[%2]&quot; must be one of %3</source>
        <translation>键“%1[%2]”必须是以下之一：%3</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; must be &quot;right&quot; or &quot;runIn&quot;</source>
        <translation>键“%1”必须是“right”或“runIn”</translation>
    </message>
    <message>
        <source>template %1: key &quot;layout&quot; must be an object</source>
        <translation>模板 %1：键“layout”必须是对象</translation>
    </message>
    <message>
        <source>the margins in &quot;layout.page&quot; leave no room for the type area</source>
        <translation>“layout.page”中的页边距没有给版心留出空间</translation>
    </message>
    <message>
        <source>template %1: %2</source>
        <translation>模板 %1：%2</translation>
    </message>
</context>
<context>
    <name>kuaibao::PdfExport</name>
    <message>
        <source>there is nothing to print</source>
        <translation>没有可打印的内容</translation>
    </message>
    <message>
        <source>the PDF writer could not start</source>
        <translation>PDF 写入器无法启动</translation>
    </message>
    <message>
        <source>the page does not print the sign-off&apos;s check code</source>
        <translation>页面上没有印出签发校验码</translation>
    </message>
</context>
<context>
    <name>kuaibao::PdfMetadata</name>
    <message>
        <source>the PDF writer produced a file without a trailer</source>
        <translation>PDF 写入器生成的文件缺少文件尾（trailer）</translation>
    </message>
    <message>
        <source>the PDF writer produced a trailer without /Size, /Root or startxref</source>
        <translation>PDF 写入器生成的文件尾缺少 /Size、/Root 或 startxref</translation>
    </message>
</context>
<context>
    <name>kuaibao::Preflight</name>
    <message>
        <source>(none installed)</source>
        <translation>（均未安装）</translation>
    </message>
    <message>
        <source>%1: %2 (chain: %3)</source>
        <translation>%1：%2（字体链：%3）</translation>
    </message>
    <message numerus="yes">
        <source>no font of the template can draw %n character(s): %1; install a font that has them or confirm printing without them</source>
        <translation>
            <numerusform>模板中没有字体能显示 %n 个字符：%1；请安装包含这些字符的字体，或确认在缺字的情况下打印</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not installed; %2 stands in for it (%3)</source>
        <translation>未安装%1，以%2代替（%3）</translation>
    </message>
</context>
</TS>
