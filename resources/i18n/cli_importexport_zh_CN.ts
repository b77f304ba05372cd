<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>kuaibao::ExportCommand</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The issue number.</source>
        <translation>期号。</translation>
    </message>
    <message>
        <source>text (default), json or html.</source>
        <translation>text（默认）、json 或 html。</translation>
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
        <source>--format must be text, json or html, not &quot;%1&quot;</source>
        <translation>--format 必须是 text、json 或 html，而不是“%1”</translation>
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
        <source>Write an issue as text (the import form), JSON or an HTML page.</source>
        <translation>将一期输出为文本（可再导入的格式）、JSON 或 HTML 页面。</translation>
    </message>
</context>
</TS>
