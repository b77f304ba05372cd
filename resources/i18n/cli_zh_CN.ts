<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>kuaibao::Cli</name>
    <message>
        <source>Show this command&apos;s options.</source>
        <translation>显示此命令的选项。</translation>
    </message>
    <message>
        <source>%1: %2 (see kuaibao-cli %1 --help)</source>
        <translation>%1：%2（见 kuaibao-cli %1 --help）</translation>
    </message>
    <message>
        <source>the issue number must be a whole number of 1 or more, not &quot;%1&quot;</source>
        <translation>期号必须是不小于 1 的整数，而不是“%1”</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a real date written YYYY-MM-DD</source>
        <translation>--%1：“%2”不是按 YYYY-MM-DD 书写的有效日期</translation>
    </message>
    <message>
        <source>Use the 增刊 (supplement) series.</source>
        <translation>使用增刊序列。</translation>
    </message>
</context>
<context>
    <name>kuaibao::CliMain</name>
    <message>
        <source>Usage: kuaibao-cli [--db PATH] COMMAND [OPTIONS]</source>
        <translation>用法：kuaibao-cli [--db 路径] 命令 [选项]</translation>
    </message>
    <message>
        <source>The archive is --db PATH, else $KUAIBAO_DB, else %1.</source>
        <translation>档案库依次取 --db 路径、环境变量 $KUAIBAO_DB、%1。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 2 bad input or usage, 1 any other failure.</source>
        <translation>退出状态：0 成功，2 输入或用法有误，1 其他失败。</translation>
    </message>
    <message>
        <source>kuaibao-cli COMMAND --help shows a command&apos;s options.</source>
        <translation>kuaibao-cli 命令 --help 显示该命令的选项。</translation>
    </message>
    <message>
        <source>--db needs a path</source>
        <translation>--db 需要一个路径</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (kuaibao-cli --help lists the commands)</source>
        <translation>未知命令“%1”（kuaibao-cli --help 列出全部命令）</translation>
    </message>
    <message>
        <source>writing the output failed: %1</source>
        <translation>写出失败：%1</translation>
    </message>
    <message>
        <source>standard output is the archive %1 itself; writing there would destroy it, so redirect the output elsewhere</source>
        <translation>标准输出就是档案 %1 本身，写进去会毁掉档案，请把输出重定向到别处</translation>
    </message>
    <message>
        <source>PATH may name a server: postgresql://USER@HOST:PORT/DATABASE (docs/server.md).</source>
        <translation>PATH 也可以是服务器：postgresql://用户@主机:端口/数据库（见 docs/server.md）。</translation>
    </message>
</context>
<context>
    <name>kuaibao::IssueCommands</name>
    <message>
        <source>%1 takes exactly one issue number (kuaibao-cli %1 N)</source>
        <translation>%1 需要且只需要一个期号（kuaibao-cli %1 N）</translation>
    </message>
    <message>
        <source>list takes no arguments</source>
        <translation>list 不接受参数</translation>
    </message>
    <message>
        <source>Print the issue as JSON (docs/json-schema.md).</source>
        <translation>以 JSON 输出这一期（见 docs/json-schema.md）。</translation>
    </message>
    <message>
        <source>Carry over from issue N instead of the latest.</source>
        <translation>从第 N 期（而非最新一期）沿用内容。</translation>
    </message>
    <message>
        <source>The new issue&apos;s number (default: next free).</source>
        <translation>新一期的期号（默认：下一个空闲期号）。</translation>
    </message>
    <message>
        <source>The new issue&apos;s date (default: today).</source>
        <translation>新一期的日期（默认：今天）。</translation>
    </message>
    <message>
        <source>new takes no positional arguments; use --number M</source>
        <translation>new 不接受位置参数；请用 --number M</translation>
    </message>
    <message>
        <source>deleted issue %1</source>
        <translation>已删除第%1期</translation>
    </message>
    <message>
        <source>One line per issue, newest first: number, date, status, name.</source>
        <translation>每期一行，最新在前：期号、日期、状态、名称。</translation>
    </message>
    <message>
        <source>Print an issue as text, or as JSON.</source>
        <translation>以文本或 JSON 输出一期。</translation>
    </message>
    <message>
        <source>Make the next issue; prints its number.</source>
        <translation>生成下一期并输出其期号。</translation>
    </message>
    <message>
        <source>Delete an issue from the archive.</source>
        <translation>从档案库删除一期。</translation>
    </message>
    <message>
        <source>issue %1 is now a draft (草稿): it can be edited and signed off</source>
        <translation>第%1期已转为草稿，可以编辑和送签</translation>
    </message>
    <message>
        <source>Make a past issue (往期, imported from a file) a draft that can be edited and signed off.</source>
        <translation>把往期（从文件导入的一期）转为草稿，以便编辑和送签。</translation>
    </message>
</context>
</TS>
