<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>kuaibao::ArchiveOptions</name>
    <message>
        <source>Only issues dated on or after this day.</source>
        <translation>仅限该日及以后的期次。</translation>
    </message>
    <message>
        <source>Only issues dated on or before this day.</source>
        <translation>仅限该日及以前的期次。</translation>
    </message>
</context>
<context>
    <name>kuaibao::DevCommand</name>
    <message>
        <source>--%1: &quot;%2&quot; is not a whole number of %3 or more</source>
        <translation>--%1：“%2”不是大于等于 %3 的整数</translation>
    </message>
    <message>
        <source>How many issues to generate.</source>
        <translation>生成多少期。</translation>
    </message>
    <message>
        <source>The seed (same seed, same archive; default 1).</source>
        <translation>随机种子（种子相同则档案相同；默认 1）。</translation>
    </message>
    <message>
        <source>The first issue&apos;s number (default 674).</source>
        <translation>第一期的期号（默认 674）。</translation>
    </message>
    <message>
        <source>The first issue&apos;s date (default 2022-04-15).</source>
        <translation>第一期的日期（默认 2022-04-15）。</translation>
    </message>
    <message>
        <source>dev generate-archive needs --issues N</source>
        <translation>dev generate-archive 需要 --issues N</translation>
    </message>
    <message>
        <source>generated %1 issues</source>
        <translation>已生成 %1 期</translation>
    </message>
    <message>
        <source>dev time-search needs --queries FILE (one query a line)</source>
        <translation>dev time-search 需要 --queries 文件（每行一个查询）</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>time-search: the file of queries, one a line.</source>
        <translation>time-search：查询文件，每行一个。</translation>
    </message>
    <message>
        <source>time-search: at most K hits (default 50).</source>
        <translation>time-search：最多 K 条结果（默认 50）。</translation>
    </message>
    <message>
        <source>dev %1 takes no positional arguments</source>
        <translation>dev %1 不接受位置参数</translation>
    </message>
    <message>
        <source>Fill the archive with generated, realistic issues (deterministic per seed).</source>
        <translation>用生成的、贴近真实的期刊填充档案库（同一种子结果相同）。</translation>
    </message>
    <message>
        <source>Time searches in one process (benchmarks).</source>
        <translation>在同一进程内为检索计时（用于基准测试）。</translation>
    </message>
</context>
<context>
    <name>kuaibao::DevTiming</name>
    <message>
        <source>The issues to open in turn.</source>
        <translation>依次打开的各期。</translation>
    </message>
    <message>
        <source>dev time-open needs --numbers N,M,… and takes no positional arguments</source>
        <translation>dev time-open 需要 --numbers N,M,…，且不接受位置参数</translation>
    </message>
    <message>
        <source>Count per unit, category or month.</source>
        <translation>按单位、类别或月份统计。</translation>
    </message>
    <message>
        <source>How many times to compute it (default 10).</source>
        <translation>计算次数（默认 10）。</translation>
    </message>
    <message>
        <source>dev time-stats takes no positional arguments</source>
        <translation>dev time-stats 不接受位置参数</translation>
    </message>
    <message>
        <source>--by must be unit, category or month, not &quot;%1&quot;</source>
        <translation>--by 须为 unit、category 或 month，而不是“%1”</translation>
    </message>
    <message>
        <source>--repeat: &quot;%1&quot; is not a whole number of 1 or more</source>
        <translation>--repeat：“%1”不是不小于 1 的整数</translation>
    </message>
    <message>
        <source>Time opening issues in one process (benchmarks).</source>
        <translation>在同一进程中计时打开各期（基准测试）。</translation>
    </message>
    <message>
        <source>Time a statistics table in one process (benchmarks).</source>
        <translation>在同一进程中计时统计表（基准测试）。</translation>
    </message>
</context>
<context>
    <name>kuaibao::HoldLeaseCommand</name>
    <message>
        <source>The name others are shown (default: the login or user and this computer).</source>
        <translation>向他人显示的名字（默认：登录名或用户名加本机名）。</translation>
    </message>
    <message>
        <source>Give the lease up after S seconds (default: hold it until the process is ended).</source>
        <translation>S 秒后放弃编辑占用（默认：一直占用到进程结束）。</translation>
    </message>
    <message>
        <source>dev hold-lease needs one issue number</source>
        <translation>dev hold-lease 需要一个期号</translation>
    </message>
    <message>
        <source>--seconds: &quot;%1&quot; is not a whole number of 0 or more</source>
        <translation>--seconds：“%1”不是 0 或更大的整数</translation>
    </message>
    <message>
        <source>issue %1 is being edited by %2 (since %3)</source>
        <translation>第 %1 期正在由 %2 编辑（自 %3 起）</translation>
    </message>
    <message>
        <source>holding the editing lease of issue %1 as %2</source>
        <translation>以 %2 的身份占用第 %1 期的编辑权</translation>
    </message>
    <message>
        <source>the lease was lost to %1</source>
        <translation>编辑权已被 %1 接手</translation>
    </message>
    <message>
        <source>released the editing lease of issue %1</source>
        <translation>已放弃第 %1 期的编辑权</translation>
    </message>
    <message>
        <source>Hold issue N&apos;s editing lease, as a window editing it does (tests).</source>
        <translation>像正在编辑的窗口那样占用第 N 期的编辑权（用于测试）。</translation>
    </message>
</context>
<context>
    <name>kuaibao::SearchCommand</name>
    <message>
        <source>search takes exactly one non-empty text to look for (quote it if it has spaces)</source>
        <translation>search 需要且只需要一个非空的搜索文字（含空格时请加引号）</translation>
    </message>
    <message>
        <source>--status: &quot;%1&quot; is not one of draft, review, signature, published</source>
        <translation>--status：“%1”不是 draft、review、signature、published 之一</translation>
    </message>
    <message>
        <source>--limit: &quot;%1&quot; is not a whole number of 0 (all) or more</source>
        <translation>--limit：“%1”不是大于等于 0（0 表示全部）的整数</translation>
    </message>
    <message>
        <source>Only hits in items of this unit.</source>
        <translation>仅限该单位条目中的结果。</translation>
    </message>
    <message>
        <source>Only hits in this section.</source>
        <translation>仅限该栏目中的结果。</translation>
    </message>
    <message>
        <source>Only hits in this 简讯 category.</source>
        <translation>仅限该简讯类别中的结果。</translation>
    </message>
    <message>
        <source>Only issues in this state: draft, review, signature, published.</source>
        <translation>仅限该状态的期次：draft、review、signature、published。</translation>
    </message>
    <message>
        <source>Find text in every issue, newest first: number, date, section, excerpt.</source>
        <translation>在所有期次中查找文字，最新在前：期号、日期、栏目、摘录。</translation>
    </message>
    <message>
        <source>(the newest %1 hits; --limit 0 shows all, --from/--to narrows the dates)</source>
        <translation>（仅显示最新的 %1 条结果；--limit 0 显示全部，--from/--to 可缩小日期范围）</translation>
    </message>
    <message>
        <source>At most K hits, the newest (default: all).</source>
        <translation>最多 K 条，取最新的（默认：全部）。</translation>
    </message>
</context>
<context>
    <name>kuaibao::StatsCommand</name>
    <message>
        <source>Count per unit, category or month.</source>
        <translation>按单位、类别或月份统计。</translation>
    </message>
    <message>
        <source>Print CSV instead of tab-separated text.</source>
        <translation>输出 CSV，而非制表符分隔的文本。</translation>
    </message>
    <message>
        <source>stats takes no positional arguments; use --by</source>
        <translation>stats 不接受位置参数；请用 --by</translation>
    </message>
    <message>
        <source>--by must be unit, category or month, not &quot;%1&quot;</source>
        <translation>--by 须为 unit、category 或 month，而不是“%1”</translation>
    </message>
    <message>
        <source>Count 简讯 items and also-took-part mentions per unit, category or month.</source>
        <translation>按单位、类别或月份统计简讯条目及“也开展了相关活动”的提及次数。</translation>
    </message>
</context>
<context>
    <name>kuaibao::UnitsCommand</name>
    <message>
        <source>list | add NAME | alias UNIT ALIAS | unalias ALIAS | unknown | map NAME UNIT</source>
        <translation>list | add 名称 | alias 单位 别名 | unalias 别名 | unknown | map 名称 单位</translation>
    </message>
    <message>
        <source>units needs an action: list, add NAME, alias UNIT ALIAS, unalias ALIAS, unknown or map NAME UNIT</source>
        <translation>units 需要一个操作：list、add 名称、alias 单位 别名、unalias 别名、unknown 或 map 名称 单位</translation>
    </message>
    <message>
        <source>units %1 takes %2 argument(s)</source>
        <translation>units %1 需要 %2 个参数</translation>
    </message>
    <message>
        <source>%1 occurrence(s) mapped</source>
        <translation>已对应 %1 处</translation>
    </message>
    <message>
        <source>The unit list and its aliases; names outside it and mapping them onto a unit.</source>
        <translation>单位名单及别名；名单外的名称及其对应。</translation>
    </message>
</context>
</TS>
