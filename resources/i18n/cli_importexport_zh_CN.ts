<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>kuaibao::ExportCommand</name>
    <message>
        <source>The issue number.</source>
        <translation>期号。</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>写入 FILE，而不是标准输出。</translation>
    </message>
    <message>
        <source>export takes exactly one issue number (kuaibao-cli export N)</source>
        <translation>export 只接受一个期号（kuaibao-cli export N）</translation>
    </message>
    <message>
        <source>text (default), json, html or docx (docx needs -o FILE).</source>
        <translation>text（默认）、json、html 或 docx（docx 须用 -o FILE）。</translation>
    </message>
    <message>
        <source>--format must be text, json, html or docx, not &quot;%1&quot;</source>
        <translation>--format 必须是 text、json、html 或 docx，而不是&quot;%1&quot;</translation>
    </message>
    <message>
        <source>a Word document is not written to standard output: give -o FILE.docx</source>
        <translation>Word 文档不能写到标准输出：请用 -o FILE.docx</translation>
    </message>
</context>
<context>
    <name>kuaibao::ImportCommand</name>
    <message>
        <source>%1; give --replace to overwrite it</source>
        <translation>%1；如需覆盖请加 --replace</translation>
    </message>
    <message>
        <source>Plain-text bulletins, one issue each.</source>
        <translation>纯文本快报，每个文件一期。</translation>
    </message>
    <message>
        <source>Overwrite an issue whose number is already in the archive.</source>
        <translation>覆盖档案中已有同一期号的期刊。</translation>
    </message>
    <message>
        <source>The issue number, for a text that has none (one file only).</source>
        <translation>正文没有期号时指定期号（仅限一个文件）。</translation>
    </message>
    <message>
        <source>The bulletin template whose units and sections to match (default: %1).</source>
        <translation>用于匹配单位和栏目的快报模板（默认：%1）。</translation>
    </message>
    <message>
        <source>import needs at least one file (kuaibao-cli import FILE...)</source>
        <translation>import 至少需要一个文件（kuaibao-cli import FILE...）</translation>
    </message>
    <message>
        <source>--number applies to one file; import the others separately</source>
        <translation>--number 只适用于一个文件；其他文件请分别导入</translation>
    </message>
    <message>
        <source>%1: cannot read it: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1: not an issue in JSON: %2</source>
        <translation>%1：不是 JSON 格式的一期快报：%2</translation>
    </message>
    <message>
        <source>The files are issues in the JSON form (export --format json, or the window&apos;s recovery files).</source>
        <translation>这些文件是 JSON 格式的快报（export --format json 的输出，或窗口保存的恢复文件）。</translation>
    </message>
</context>
<context>
    <name>kuaibao::ImportExportCommands</name>
    <message>
        <source>Read plain-text bulletins into the archive, one issue per file.</source>
        <translation>将纯文本快报导入档案，每个文件一期。</translation>
    </message>
    <message>
        <source>Write an issue as text (the import form), JSON, an HTML page or a Word document.</source>
        <translation>将一期快报导出为文本（导入格式）、JSON、HTML 网页或 Word 文档。</translation>
    </message>
    <message>
        <source>Add units&apos; 简讯 items from .docx or text submissions to an issue.</source>
        <translation>将各单位报送的 .docx 或文本信息作为简讯加入一期快报。</translation>
    </message>
</context>
<context>
    <name>kuaibao::SubmissionCommand</name>
    <message>
        <source>%1: category %2 is a suggestion (where the unit&apos;s items most often went); give --category to choose</source>
        <translation>%1：分类&quot;%2&quot;只是建议（该单位信息最常归入的分类）；可用 --category 指定</translation>
    </message>
    <message>
        <source>%1: no earlier items; category %2 is a suggestion; give --category to choose</source>
        <translation>%1：以前没有信息；分类&quot;%2&quot;只是建议；可用 --category 指定</translation>
    </message>
    <message>
        <source>Submissions: .docx or plain text.</source>
        <translation>报送文件：.docx 或纯文本。</translation>
    </message>
    <message>
        <source>The issue whose 简讯 section gets the items.</source>
        <translation>接收简讯的期号。</translation>
    </message>
    <message>
        <source>Put every item under this category.</source>
        <translation>将所有信息归入此分类。</translation>
    </message>
    <message>
        <source>Add items that repeat an earlier one too.</source>
        <translation>与以前信息重复的也加入。</translation>
    </message>
    <message>
        <source>import-submission needs files and an issue (import-submission FILE... --into N)</source>
        <translation>import-submission 需要文件和期号（import-submission FILE... --into N）</translation>
    </message>
    <message>
        <source>issue %1 has no 简讯 section</source>
        <translation>第 %1 期没有简讯栏目</translation>
    </message>
    <message>
        <source>unknown unit &quot;%1&quot;: kept as written; map it once with kuaibao-cli units map</source>
        <translation>未知单位&quot;%1&quot;：按原样保留；请用 kuaibao-cli units map 映射一次</translation>
    </message>
    <message>
        <source>skipped %1&apos;s item &quot;%2&quot;: it repeats the item of issue %3 (%4); give --allow-repeat to add it</source>
        <translation>已跳过 %1 的信息&quot;%2&quot;：与第 %3 期（%4）的信息重复；如需加入请加 --allow-repeat</translation>
    </message>
    <message>
        <source>skipped %1&apos;s item &quot;%2&quot;: it repeats another item of these files; give --allow-repeat to add it</source>
        <translation>已跳过 %1 的信息&quot;%2&quot;：与这些文件中的另一条信息重复；如需加入请加 --allow-repeat</translation>
    </message>
</context>
</TS>
