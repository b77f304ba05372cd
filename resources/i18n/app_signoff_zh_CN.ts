<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>kuaibao::AddPersonDialog</name>
    <message>
        <source>Add a person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Administrator key fingerprint: %1</source>
        <translation>管理员密钥指纹：%1</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Administrator's password</source>
        <translation>管理员密码</translation>
    </message>
    <message>
        <source>The first person added becomes the administrator.</source>
        <translation>第一个添加的人成为管理员。</translation>
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
        <source>Enter your password first.</source>
        <translation>请先输入密码。</translation>
    </message>
    <message>
        <source>Mark dealt with</source>
        <translation>标记为已处理</translation>
    </message>
    <message>
        <source>%1's password (marking a remark dealt with is signed):</source>
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
</context>
</TS>