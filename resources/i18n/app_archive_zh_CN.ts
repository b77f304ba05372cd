<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>kuaibao::ArchiveSearchPanel</name>
    <message>
        <source>Search the archive (one character or more)</source>
        <translation>搜索档案（一个字及以上）</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Any section</source>
        <translation>全部栏目</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Any unit</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>期号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>栏目</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>摘录</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a real date written YYYY-MM-DD</source>
        <translation>“%1”不是有效日期，请按 YYYY-MM-DD 填写</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>未找到结果。</translation>
    </message>
    <message>
        <source>The newest %1 hits; narrow the search to see older ones.</source>
        <translation>仅显示最新的 %1 条结果；缩小搜索范围可查看更早的结果。</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s).</source>
        <translation>
            <numerusform>共 %n 条结果。</numerusform>
        </translation>
    </message>
    <message>
        <source>Supplement %1</source>
        <translation>增刊%1</translation>
    </message>
</context>
<context>
    <name>kuaibao::StatisticsDialog</name>
    <message>
        <source>By unit</source>
        <translation>按单位</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>按类别</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月份</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a real date written YYYY-MM-DD</source>
        <translation>“%1”不是有效日期，请按 YYYY-MM-DD 填写</translation>
    </message>
    <message>
        <source>Items adopted</source>
        <translation>采用条数</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>提及次数</translation>
    </message>
    <message>
        <source>Not in the unit list: map it in the unit editor</source>
        <translation>不在单位名单中：请在单位编辑器中对应到单位</translation>
    </message>
    <message>
        <source>Export statistics</source>
        <translation>导出统计</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV，供 Excel 打开 (*.csv)</translation>
    </message>
    <message>
        <source>statistics</source>
        <translation>统计</translation>
    </message>
</context>
<context>
    <name>kuaibao::StatsExport</name>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>期数</translation>
    </message>
    <message>
        <source>Items adopted</source>
        <translation>采用条数</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>提及次数</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
</context>
<context>
    <name>kuaibao::UnitsEditorDialog</name>
    <message>
        <source>Added %1.</source>
        <translation>已添加 %1。</translation>
    </message>
    <message>
        <source>Select the unit the alias belongs to.</source>
        <translation>请选择该别名所属的单位。</translation>
    </message>
    <message numerus="yes">
        <source>%1 is now an alias of %2; %n occurrence(s) mapped.</source>
        <translation>
            <numerusform>%1 现为 %2 的别名；已对应 %n 处。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is no longer an alias.</source>
        <translation>%1 已不再是别名。</translation>
    </message>
    <message>
        <source>Select the unknown name to map.</source>
        <translation>请选择要对应的未知名称。</translation>
    </message>
    <message numerus="yes">
        <source>%n occurrence(s) of %1 now count for %2.</source>
        <translation>
            <numerusform>%1 的 %n 处出现现计入 %2。</numerusform>
        </translation>
    </message>
</context>
</TS>
