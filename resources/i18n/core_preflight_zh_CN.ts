<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>kuaibao::Preflight</name>
    <message>
        <source>The unit %1 is not on the unit list</source>
        <translation>单位“%1”不在单位名单中</translation>
    </message>
    <message>
        <source>The item names no unit</source>
        <translation>该条简讯没有署单位</translation>
    </message>
    <message>
        <source>The item is longer than %1 characters; a 简讯 is one or two sentences</source>
        <translation>该条简讯超过 %1 字；简讯应为一两句话</translation>
    </message>
    <message>
        <source>The item repeats one of issue %1 (%2)</source>
        <translation>该条简讯与第%1期（%2）的一条重复</translation>
    </message>
    <message>
        <source>level %1 (%2)</source>
        <translation>第%1级标题（%2）</translation>
    </message>
    <message>
        <source>Renumber as %1</source>
        <translation>改为“%1”</translation>
    </message>
    <message>
        <source>%1 comes with no %2 before it</source>
        <translation>%1前面没有%2</translation>
    </message>
    <message>
        <source>%1 repeats the number %2; the next is %3</source>
        <translation>%1序号“%2”重复，下一个应为“%3”</translation>
    </message>
    <message>
        <source>%1 numbered %2 where %3 comes next</source>
        <translation>%1序号为“%2”，此处应为“%3”</translation>
    </message>
    <message>
        <source>The date %1 is after the issue's date, %2</source>
        <translation>日期“%1”晚于本期日期%2</translation>
    </message>
    <message>
        <source>The issue is dated %1, before issue %2 (%3)</source>
        <translation>本期日期为%1，早于第%2期（%3）</translation>
    </message>
    <message>
        <source>Issue %1 does not follow the previous issue, %2</source>
        <translation>第%1期与上一期（第%2期）不连续</translation>
    </message>
    <message>
        <source>Number it %1</source>
        <translation>改为第%1期</translation>
    </message>
    <message>
        <source>The %1 line names nobody</source>
        <translation>“%1”一行没有填写对象</translation>
    </message>
    <message>
        <source>The %1 line has no telephone number</source>
        <translation>“%1”一行没有电话号码</translation>
    </message>
    <message>
        <source>The contact line gives no telephone number</source>
        <translation>联系方式中没有电话号码</translation>
    </message>
    <message>
        <source>The footer names %1 as %2, who has not signed this issue</source>
        <translation>版记中%2署名为%1，但此人尚未签署本期</translation>
    </message>
    <message>
        <source>Clear the name (signing fills it in)</source>
        <translation>清除姓名（签署时自动填写）</translation>
    </message>
    <message numerus="yes">
        <source>The preflight still finds %n error(s) in this issue; %1 cannot pass it until they are fixed. Return it to the editor with a remark instead.</source>
        <translation><numerusform>预检仍发现本期有 %n 处错误，修正之前%1不能通过。请填写意见退回编辑修改。</numerusform></translation>
    </message>
    <message>
        <source>Half-width "%1" in Chinese text; the full-width form is "%2"</source>
        <translation>中文中使用了半角“%1”，应为全角“%2”</translation>
    </message>
    <message>
        <source>Replace %1 with %2</source>
        <translation>将 %1 改为 %2</translation>
    </message>
    <message>
        <source>Two punctuation marks in a row: "%1"</source>
        <translation>标点连用：“%1”</translation>
    </message>
    <message>
        <source>Remove the extra %1</source>
        <translation>删去多余的“%1”</translation>
    </message>
    <message>
        <source>"%1" has no matching "%2"</source>
        <translation>“%1”没有配对的“%2”</translation>
    </message>
    <message>
        <source>A full stop before the attribution %1</source>
        <translation>署名%1前有句号</translation>
    </message>
    <message>
        <source>Remove the full stop</source>
        <translation>删去句号</translation>
    </message>
</context>
</TS>