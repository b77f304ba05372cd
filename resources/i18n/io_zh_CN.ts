<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>kuaibao::BodyParser</name>
    <message>
        <source>section 【%1】 is not in the template; it is imported as a section of that name</source>
        <translation>栏目【%1】不在模板中，已按此名称作为栏目导入</translation>
    </message>
    <message>
        <source>category 【%1】 is not in the template; it is imported as a category of that name</source>
        <translation>类别【%1】不在模板中，已按此名称作为类别导入</translation>
    </message>
    <message>
        <source>section 【%1】 holds 简讯 in the template, but its text has no 【category】 labels; it is imported as articles</source>
        <translation>模板中栏目【%1】为简讯，但正文没有【类别】标签，已按文章导入</translation>
    </message>
    <message>
        <source>the text stops in the middle (&quot;%1&quot;) and has no footer: the file looks truncated</source>
        <translation>正文在句子中间中断（“%1”）且没有版记：文件似乎不完整</translation>
    </message>
    <message>
        <source>text before the first 【section】 heading</source>
        <translation>第一个【栏目】标题之前有正文</translation>
    </message>
    <message>
        <source>page number &quot;%1&quot; left out</source>
        <translation>页码“%1”已略去</translation>
    </message>
</context>
<context>
    <name>kuaibao::BriefSplitter</name>
    <message>
        <source>unit &quot;%1&quot; is not in the template&apos;s unit list; kept as written</source>
        <translation>单位“%1”不在模板的单位列表中，按原文保留</translation>
    </message>
    <message>
        <source>the 简讯 text under 【%1】 must start with the unit it is credited to and a colon (东辛房街道：…), not &quot;%2&quot;</source>
        <translation>【%1】下的简讯必须以所属单位和冒号开头（如“东辛房街道：…”），而不是“%2”</translation>
    </message>
</context>
<context>
    <name>kuaibao::FooterParser</name>
    <message>
        <source>a print run of 0 copies was left out</source>
        <translation>印数为 0 份，已忽略</translation>
    </message>
    <message>
        <source>footer line not understood and left out: %1</source>
        <translation>无法识别的版记行，已忽略：%1</translation>
    </message>
</context>
<context>
    <name>kuaibao::IssueJson</name>
    <message>
        <source>%1 is missing</source>
        <translation>缺少 %1</translation>
    </message>
    <message>
        <source>%1 must be a string</source>
        <translation>%1 必须是字符串</translation>
    </message>
    <message>
        <source>%1 must be a list</source>
        <translation>%1 必须是列表</translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation>%1 必须是对象</translation>
    </message>
    <message>
        <source>%1[%2] must be a string</source>
        <translation>%1[%2] 必须是字符串</translation>
    </message>
    <message>
        <source>%1 must be a whole number or null</source>
        <translation>%1 必须是整数或 null</translation>
    </message>
    <message>
        <source>%1 must be a list of runs</source>
        <translation>%1 必须是文本段列表</translation>
    </message>
    <message>
        <source>%1.kind must be &quot;articles&quot; or &quot;briefs&quot;</source>
        <translation>%1.kind 必须是 &quot;articles&quot; 或 &quot;briefs&quot;</translation>
    </message>
    <message>
        <source>not a kuaibao issue document: &quot;schema&quot; is &quot;%1&quot;, expected &quot;%2&quot;</source>
        <translation>不是快报期刊文档：&quot;schema&quot; 为 &quot;%1&quot;，应为 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>series must be &quot;regular&quot; or &quot;supplement&quot;</source>
        <translation>series 必须是 &quot;regular&quot; 或 &quot;supplement&quot;</translation>
    </message>
    <message>
        <source>date must be a real date written YYYY-MM-DD</source>
        <translation>date 必须是按 YYYY-MM-DD 书写的有效日期</translation>
    </message>
    <message>
        <source>%1 must be a list with one level per paragraph</source>
        <translation>%1 必须是列表，每个段落一个级别</translation>
    </message>
    <message>
        <source>%1[%2] must be a heading level from 0 (body text) to %3</source>
        <translation>%1[%2] 必须是 0（正文）到 %3 的标题级别</translation>
    </message>
    <message>
        <source>status must be one of draft, review, signature, published, past</source>
        <translation>status 必须是 draft、review、signature、published 或 past 之一</translation>
    </message>
</context>
<context>
    <name>kuaibao::MastheadParser</name>
    <message>
        <source>&quot;%1&quot; is not a cumulative number of 1 or more</source>
        <translation>“%1”不是大于等于 1 的总期号</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an issue number of 1 or more</source>
        <translation>“%1”不是大于等于 1 的期号</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a real date</source>
        <translation>“%1”不是有效日期</translation>
    </message>
    <message>
        <source>the text says issue %1; --number makes it %2</source>
        <translation>正文写的是第%1期，--number 将其定为第%2期</translation>
    </message>
    <message>
        <source>no issue number (第N期) above the first section; give it with --number N</source>
        <translation>第一个栏目之前没有期号（第N期）；请用 --number N 指定</translation>
    </message>
    <message>
        <source>no date (2022年4月13日 or 2022-04-13) above the first section</source>
        <translation>第一个栏目之前没有日期（如 2022年4月13日 或 2022-04-13）</translation>
    </message>
    <message>
        <source>no bulletin name above the issue number; the template&apos;s &quot;%1&quot; is used</source>
        <translation>期号上方没有刊名，已使用模板的“%1”</translation>
    </message>
    <message>
        <source>masthead line not understood and left out: %1</source>
        <translation>无法识别的报头行，已忽略：%1</translation>
    </message>
    <message>
        <source>no issuing office in the masthead</source>
        <translation>报头中没有编印单位</translation>
    </message>
</context>
<context>
    <name>kuaibao::SourceLines</name>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
</context>
<context>
    <name>kuaibao::TextDecoding</name>
    <message>
        <source>control character U+%1: this is a binary file, not a text bulletin</source>
        <translation>控制字符 U+%1：这是二进制文件，不是文本快报</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>the file ends inside a character: it is truncated</source>
        <translation>文件在一个字符中间结束：文件不完整</translation>
    </message>
    <message>
        <source>the file claims to be %1 but is not valid %1</source>
        <translation>文件声明为 %1，但不是有效的 %1</translation>
    </message>
    <message>
        <source>the file is %1 MB; a bulletin is imported only up to %2 MB (one issue is usually under 100 KB): is this the right file?</source>
        <translation>文件大小为 %1 MB；快报最多只能导入 %2 MB（一期通常不到 100 KB）：是否选错了文件？</translation>
    </message>
    <message>
        <source>the file holds NUL bytes: it is a binary file, or UTF-16 without a byte-order mark (save it as UTF-8)</source>
        <translation>文件含有 NUL 字节：这是二进制文件，或没有字节顺序标记的 UTF-16（请另存为 UTF-8）</translation>
    </message>
    <message>
        <source>the file starts with a UTF-8 byte-order mark but holds bytes that are not UTF-8 (byte %1)</source>
        <translation>文件以 UTF-8 字节顺序标记开头，但含有不是 UTF-8 的字节（第 %1 个字节）</translation>
    </message>
    <message>
        <source>the file is UTF-8 but damaged: byte %1 is not UTF-8</source>
        <translation>文件是 UTF-8 但已损坏：第 %1 个字节不是 UTF-8</translation>
    </message>
    <message>
        <source>this line is neither UTF-8 nor GB18030/GBK: the file is in another encoding, or damaged</source>
        <translation>此行既不是 UTF-8 也不是 GB18030/GBK：文件使用了其他编码，或已损坏</translation>
    </message>
</context>
<context>
    <name>kuaibao::TextImporter</name>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>no 【section】 heading anywhere: this is not a bulletin, or the file is truncated after the masthead</source>
        <translation>全文没有【栏目】标题：这不是快报，或文件在报头之后就中断了</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
</context>
</TS>
