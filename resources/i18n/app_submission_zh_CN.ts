<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>kuaibao::SubmissionDialog</name>
    <message numerus="yes">
        <source>%n item(s) from %1. Check the ones to add and correct their units; the categories are suggestions until you choose one.</source>
        <translation>
            <numerusform>从 %1 读到 %n 条信息。请勾选要添加的条目并核对单位；类别在您选定之前都只是建议。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Add this item</source>
        <translation>添加这一条</translation>
    </message>
    <message>
        <source>Unknown unit: not in the unit list</source>
        <translation>未知单位：不在单位名单中</translation>
    </message>
    <message>
        <source>Written as %1</source>
        <translation>原稿写作“%1”</translation>
    </message>
    <message>
        <source>Correct the name, or map it once in Archive ▸ Units</source>
        <translation>请改正单位名称，或在“档案 ▸ 单位”中一次性对应</translation>
    </message>
    <message>
        <source>Suggested: where this unit&apos;s items most often went</source>
        <translation>建议：该单位往期信息多归此类</translation>
    </message>
    <message>
        <source>Suggested: this unit has no earlier items</source>
        <translation>建议：该单位尚无往期信息</translation>
    </message>
    <message>
        <source>Repeats an item above in this submission (%1% of the characters the same):</source>
        <translation>与本次来稿中上面一条重复（%1% 的字相同）：</translation>
    </message>
    <message>
        <source>Repeats the item of No. %1 (%2) under 【%3】 (%4% of the characters the same):</source>
        <translation>与第%1期（%2）【%3】中的信息重复（%4% 的字相同）：</translation>
    </message>
    <message>
        <source>A repeat: checked, it is added all the same</source>
        <translation>重复信息：勾选后仍会添加</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 item(s) will be added.</source>
        <translation>
            <numerusform>共 %1 条，将添加 %n 条。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kuaibao::SubmissionFeatures</name>
    <message>
        <source>the pasted text</source>
        <translation>粘贴的文字</translation>
    </message>
    <message numerus="yes">
        <source>Added %n item(s) to 【%1】; Ctrl+Z takes them out again.</source>
        <translation>
            <numerusform>已向【%1】添加 %n 条信息；按 Ctrl+Z 可全部撤回。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot add the submission</source>
        <translation>无法添加来稿</translation>
    </message>
    <message>
        <source>Nothing was added.

%1</source>
        <translation>未添加任何信息。

%1</translation>
    </message>
</context>
<context>
    <name>kuaibao::SubmissionIntake</name>
    <message numerus="yes">
        <source>Add %n submitted item(s)</source>
        <translation>
            <numerusform>添加 %n 条来稿信息</numerusform>
        </translation>
    </message>
</context>
</TS>
