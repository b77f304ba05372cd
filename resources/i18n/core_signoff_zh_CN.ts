<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>kuaibao::CanonicalContent</name>
    <message>
        <source>the signed content snapshot has an unknown header</source>
        <translation>签字内容快照的开头无法识别</translation>
    </message>
    <message>
        <source>line %1 of the signed content snapshot is damaged</source>
        <translation>签字内容快照第 %1 行已损坏</translation>
    </message>
</context>
<context>
    <name>kuaibao::ContentDiff</name>
    <message>
        <source>template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>masthead name</source>
        <translation>报头名称</translation>
    </message>
    <message>
        <source>series</source>
        <translation>序列</translation>
    </message>
    <message>
        <source>issue number</source>
        <translation>期号</translation>
    </message>
    <message>
        <source>cumulative number</source>
        <translation>总期号</translation>
    </message>
    <message>
        <source>office</source>
        <translation>编印单位</translation>
    </message>
    <message>
        <source>issue date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>footer roles</source>
        <translation>版记角色</translation>
    </message>
    <message>
        <source>print run</source>
        <translation>印数</translation>
    </message>
    <message>
        <source>section %1</source>
        <translation>第%1栏</translation>
    </message>
    <message>
        <source>section %1 (%2)</source>
        <translation>第%1栏（%2）</translation>
    </message>
    <message>
        <source>footer contact line %1</source>
        <translation>版记联系方式第%1行</translation>
    </message>
    <message>
        <source>footer distribution line %1</source>
        <translation>版记报送第%1行</translation>
    </message>
    <message>
        <source>article %1</source>
        <translation>第%1篇</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>第%1类</translation>
    </message>
    <message>
        <source>paragraph %1</source>
        <translation>第%1段</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>第%1条</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>attribution</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>units</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>also-took-part units</source>
        <translation>也开展活动的单位</translation>
    </message>
    <message>
        <source>%1: not in the signed version, now %2</source>
        <translation>%1：签字版本中没有，现为%2</translation>
    </message>
    <message>
        <source>%1: signed %2, now missing</source>
        <translation>%1：签字时为%2，现已删除</translation>
    </message>
    <message>
        <source>%1: signed %2, now %3</source>
        <translation>%1：签字时为%2，现为%3</translation>
    </message>
</context>
<context>
    <name>kuaibao::PasswordHasher</name>
    <message>
        <source>the password library could not start</source>
        <translation>密码库无法启动</translation>
    </message>
    <message>
        <source>hashing the password ran out of memory</source>
        <translation>计算密码散列时内存不足</translation>
    </message>
</context>
<context>
    <name>kuaibao::SignoffFlow</name>
    <message>
        <source>“%1” is not a sign-off role of this bulletin (its roles are %2)</source>
        <translation>“%1”不是本刊的签发角色（角色为%2）</translation>
    </message>
    <message>
        <source>%1 does not have the role %2</source>
        <translation>%1 没有%2角色</translation>
    </message>
    <message>
        <source>out of order: the issue waits for %1, not %2</source>
        <translation>顺序不对：本期等待%1，而不是%2</translation>
    </message>
    <message>
        <source>%1 already signed this issue as %2; one person signs only one stage</source>
        <translation>%1 已以%2身份签过本期；一人只能签一个环节</translation>
    </message>
    <message>
        <source>the issue is already signed off (已签发)</source>
        <translation>本期已签发</translation>
    </message>
    <message>
        <source>the issue is a draft (草稿); there is nothing to return</source>
        <translation>本期是草稿，无可退回</translation>
    </message>
    <message>
        <source>the issue is signed off (已签发); withdraw the sign-off instead</source>
        <translation>本期已签发；请改用撤销签发</translation>
    </message>
    <message>
        <source>a return needs a remark saying what to change</source>
        <translation>退回需要填写修改意见</translation>
    </message>
    <message>
        <source>only a signed-off (已签发) issue can be withdrawn</source>
        <translation>只有已签发的期刊才能撤销签发</translation>
    </message>
    <message>
        <source>only %1, who signed it as %2, can withdraw the sign-off</source>
        <translation>只有以%2身份签字的%1才能撤销签发</translation>
    </message>
    <message>
        <source>withdrawing a sign-off needs a reason</source>
        <translation>撤销签发需要填写原因</translation>
    </message>
</context>
</TS>
