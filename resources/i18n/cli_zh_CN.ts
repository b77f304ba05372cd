<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>kuaibao::Cli</name>
    <message>
        <source>Show this command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (see kuaibao-cli %1 --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the issue number must be a whole number of 1 or more, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a real date written YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kuaibao::CliMain</name>
    <message>
        <source>Usage: kuaibao-cli [--db PATH] COMMAND [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is --db PATH, else $KUAIBAO_DB, else %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status: 0 success, 2 bad input or usage, 1 any other failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kuaibao-cli COMMAND --help shows a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db needs a path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (kuaibao-cli --help lists the commands)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kuaibao::IssueCommands</name>
    <message>
        <source>Use the 增刊 (supplement) series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes exactly one issue number (kuaibao-cli %1 N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the issue as JSON (docs/json-schema.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry over from issue N instead of the latest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new issue&apos;s number (default: next free).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new issue&apos;s date (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new takes no positional arguments; use --number M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted issue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line per issue, newest first: number, date, status, name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print an issue as text, or as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the next issue; prints its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete an issue from the archive.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
