<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>kuaibao::AddPersonDialog</name>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Administrator key fingerprint: %1</source>
        <translation>管理员密钥指纹：%1</translation>
    </message>
</context>
<context>
    <name>kuaibao::AdminKeyBanner</name>
    <message>
        <source>The administrator confirmed the new key…</source>
        <translation>管理员已确认新密钥…</translation>
    </message>
    <message>
        <source>Confirm the new administrator key</source>
        <translation>确认新的管理员密钥</translation>
    </message>
    <message>
        <source>Only confirm when the administrator told you the fingerprint %1 in person or on the telephone. This computer will then trust the new key.</source>
        <translation>只有在管理员当面或通过电话告诉您指纹 %1 时才能确认。确认后本机将信任新密钥。</translation>
    </message>
</context>
<context>
    <name>kuaibao::AdminKeyWatch</name>
    <message>
        <source>No administrator yet: the first person added becomes the administrator.</source>
        <translation>尚无管理员：第一个添加的人员将成为管理员。</translation>
    </message>
    <message>
        <source>Administrator: %1 · key fingerprint %2</source>
        <translation>管理员：%1 · 密钥指纹 %2</translation>
    </message>
    <message>
        <source>Warning: the administrator key of this archive has CHANGED.
This computer first saw the fingerprint %1; the archive now holds %2.
Someone may have replaced the people list and forged every signature. Do not sign and trust nothing in the archive: call the administrator and compare the new fingerprint in person. Sign-off stays off here until you confirm it.</source>
        <translation>警告：本档案的管理员密钥已被更换。
本机最初见到的指纹是 %1，档案现在的指纹是 %2。
可能有人替换了人员名单并伪造了所有签字。请不要签字，也不要相信档案中的任何内容：请给管理员打电话，当面核对新指纹。在您确认之前，本机暂停签发操作。</translation>
    </message>
</context>
<context>
    <name>kuaibao::ContentDiffView</name>
    <message>
        <source>You have not seen this issue before: read it whole.</source>
        <translation>您尚未看过这一期，请通读全文。</translation>
    </message>
    <message>
        <source>Nothing changed since you last saw this issue.</source>
        <translation>自您上次查看以来，本期没有改动。</translation>
    </message>
    <message numerus="yes">
        <source>%n element(s) changed since you last saw or signed this issue:</source>
        <translation>
            <numerusform>自您上次查看或签字以来，有 %n 处改动：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kuaibao::OpenRemarksPanel</name>
    <message>
        <source>Mark dealt with</source>
        <translation>标记为已处理</translation>
    </message>
    <message>
        <source>Returned with these remarks:</source>
        <translation>退回意见：</translation>
    </message>
    <message>
        <source>%1 (%2), %3: %4</source>
        <translation>%1（%2），%3：%4</translation>
    </message>
</context>
<context>
    <name>kuaibao::RetirePersonDialog</name>
    <message>
        <source>Retire a person</source>
        <translation>停用人员</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>A retired person can no longer sign; their past signatures still verify. Retiring cannot be undone.</source>
        <translation>停用后此人不能再签字；其以往的签字仍可验证。停用不可撤回。</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Administrator&apos;s password</source>
        <translation>管理员密码</translation>
    </message>
    <message>
        <source>Nobody can be retired: the administrator cannot be, and everyone else is retired already.</source>
        <translation>没有可停用的人员：管理员不能停用，其他人员均已停用。</translation>
    </message>
    <message>
        <source>Choose the person to retire.</source>
        <translation>请选择要停用的人员。</translation>
    </message>
</context>
<context>
    <name>kuaibao::SignoffActionPanel</name>
    <message>
        <source>Needed to return the issue: what should be changed</source>
        <translation>退回时必填：需要修改什么</translation>
    </message>
    <message>
        <source>Approve (通过)</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Return (退回)</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>您的密码</translation>
    </message>
    <message>
        <source>Approve as %1 (通过)</source>
        <translation>以%1身份通过</translation>
    </message>
</context>
<context>
    <name>kuaibao::SignoffDialog</name>
    <message>
        <source>Sign-off</source>
        <translation>签发</translation>
    </message>
</context>
<context>
    <name>kuaibao::SignoffLogView</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>kuaibao::SignoffScreen</name>
    <message>
        <source>Issue</source>
        <translation>期刊</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>改动</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>I am</source>
        <translation>我是</translation>
    </message>
    <message>
        <source>Waiting for me:</source>
        <translation>待我处理：</translation>
    </message>
    <message>
        <source>Issue %1 (%2), %3: waiting for %4</source>
        <translation>第%1期（%2），%3：待%4</translation>
    </message>
    <message numerus="yes">
        <source>(%n open remark(s))</source>
        <translation>
            <numerusform>（%n 条未处理意见）</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation>改动（%1）</translation>
    </message>
    <message>
        <source>You signed issue %1 as %2; it is now %3.</source>
        <translation>您已以%2身份签署第%1期，现为%3。</translation>
    </message>
    <message>
        <source>You returned issue %1 to the editor; it is now %2.</source>
        <translation>您已将第%1期退回编辑，现为%2。</translation>
    </message>
    <message>
        <source>The remark is marked dealt with.</source>
        <translation>该意见已标记为已处理。</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>添加人员…</translation>
    </message>
    <message>
        <source>Nobody is in the people list yet: add people first.</source>
        <translation>人员名单还是空的：请先添加人员。</translation>
    </message>
    <message>
        <source>Warning: this issue no longer matches what was signed:</source>
        <translation>警告：本期与签字时的内容不符：</translation>
    </message>
    <message>
        <source>Mark dealt with</source>
        <translation>标记为已处理</translation>
    </message>
    <message>
        <source>%1&apos;s password (marking a remark dealt with is signed):</source>
        <translation>%1 的密码（标记已处理也要签名）：</translation>
    </message>
    <message>
        <source>Preflight</source>
        <translation>预检</translation>
    </message>
    <message>
        <source>Preflight (%1)</source>
        <translation>预检（%1）</translation>
    </message>
    <message>
        <source>Retire a person…</source>
        <translation>停用人员…</translation>
    </message>
    <message>
        <source>The person is retired: they can no longer sign; their past signatures still verify.</source>
        <translation>该人员已停用：不能再签字；其以往的签字仍可验证。</translation>
    </message>
</context>
<context>
    <name>kuaibao::TamperAlert</name>
    <message>
        <source>Supplement issue %1</source>
        <translation>增刊第%1期</translation>
    </message>
    <message>
        <source>Issue %1</source>
        <translation>第%1期</translation>
    </message>
    <message>
        <source>Sign-off check failed</source>
        <translation>签发核验失败</translation>
    </message>
    <message>
        <source>Signed issues were changed</source>
        <translation>已签字的期刊被改动</translation>
    </message>
    <message numerus="yes">
        <source>%n signed issue(s) no longer match what was signed. Someone changed the archive outside this program.</source>
        <translation>
            <numerusform>有 %n 期已签字的期刊与签字时的内容不符，有人在本程序之外改动了档案。</numerusform>
        </translation>
    </message>
    <message>
        <source>The administrator key changed</source>
        <translation>管理员密钥已更换</translation>
    </message>
</context>
</TS>
