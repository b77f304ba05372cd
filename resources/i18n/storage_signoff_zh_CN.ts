<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>kuaibao::KeyStore</name>
    <message>
        <source>reading the administrator</source>
        <translation>读取管理员</translation>
    </message>
    <message>
        <source>recording the administrator</source>
        <translation>记录管理员</translation>
    </message>
    <message>
        <source>reading the certificates</source>
        <translation>读取证书</translation>
    </message>
    <message>
        <source>storing the certificate of %1</source>
        <translation>保存 %1 的证书</translation>
    </message>
    <message>
        <source>reading the signed acts</source>
        <translation>读取签名记录</translation>
    </message>
    <message>
        <source>the act could not be signed</source>
        <translation>无法对该操作签名</translation>
    </message>
    <message>
        <source>storing the signed act</source>
        <translation>保存签名记录</translation>
    </message>
    <message>
        <source>reading the retirements</source>
        <translation>读取停用记录</translation>
    </message>
    <message>
        <source>storing the retirement of %1</source>
        <translation>保存 %1 的停用记录</translation>
    </message>
</context>
<context>
    <name>kuaibao::OpenReturns</name>
    <message>
        <source>reading the open returns</source>
        <translation>读取未处理的退回意见</translation>
    </message>
</context>
<context>
    <name>kuaibao::PeopleRetirement</name>
    <message>
        <source>%1 was already retired on %2</source>
        <translation>%1 已于 %2 停用过了</translation>
    </message>
    <message>
        <source>%1 is the administrator and cannot be retired: every certificate hangs on the administrator&apos;s key, and an archive has exactly one administrator</source>
        <translation>%1 是管理员，不能停用：每张证书都依赖管理员密钥，而一个档案只有一位管理员</translation>
    </message>
    <message>
        <source>retiring %1</source>
        <translation>停用 %1</translation>
    </message>
    <message>
        <source>reading the people</source>
        <translation>读取人员名单</translation>
    </message>
    <message>
        <source>the archive holds retirements but no administrator key: the people list was removed</source>
        <translation>档案中有停用记录，却没有管理员密钥：人员名单被删除了</translation>
    </message>
    <message>
        <source>the administrator retired %1 on %2, but the people list shows %1 as active: the retirement was undone by hand</source>
        <translation>管理员已于 %2 停用 %1，但人员名单显示 %1 仍在用：停用被人手工撤销了</translation>
    </message>
    <message>
        <source>the administrator retired %1 on %2, but the people list gives another date (%3): it was changed by hand</source>
        <translation>管理员已于 %2 停用 %1，但人员名单写的是另一个日期（%3）：被人手工改过</translation>
    </message>
    <message>
        <source>the people list shows %1 as retired, but no retirement signed by the administrator stands behind it: it was added, or its signed record deleted, by hand</source>
        <translation>人员名单显示 %1 已停用，但没有管理员签署的停用记录作依据：这是手工加上的，或其签署记录被手工删除了</translation>
    </message>
    <message>
        <source>%1&apos;s signing key was removed from the archive without a retirement signed by the administrator: a retirement was deleted by hand, or the key was wiped</source>
        <translation>%1 的签名密钥已从档案中移除，却没有管理员签署的停用记录：停用记录被手工删除，或密钥被抹掉了</translation>
    </message>
</context>
<context>
    <name>kuaibao::PeopleStore</name>
    <message>
        <source>“%1” is not a sign-off role (the roles are %2)</source>
        <translation>“%1”不是签发角色（角色为%2）</translation>
    </message>
    <message>
        <source>a person needs at least one role</source>
        <translation>人员至少需要一个角色</translation>
    </message>
    <message>
        <source>the password must be at least %1 characters</source>
        <translation>密码至少需要 %1 个字符</translation>
    </message>
    <message>
        <source>looking up %1</source>
        <translation>查找 %1</translation>
    </message>
    <message>
        <source>adding %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <source>listing people</source>
        <translation>列出人员</translation>
    </message>
    <message>
        <source>%1 is not in the people list</source>
        <translation>%1 不在人员名单中</translation>
    </message>
    <message>
        <source>wrong password for %1; after %2 wrong passwords in a row %1 is locked for a minute</source>
        <translation>%1 的密码错误；连续错误 %2 次，%1 已被锁定一分钟</translation>
    </message>
    <message>
        <source>wrong password for %1 (%2 more wrong and %1 is locked for a minute)</source>
        <translation>%1 的密码错误（再错 %2 次，%1 将被锁定一分钟）</translation>
    </message>
    <message>
        <source>%1 is locked after %2 wrong passwords; try again in %3 seconds</source>
        <translation>%1 因连续 %2 次密码错误已被锁定；请在 %3 秒后重试</translation>
    </message>
    <message>
        <source>the password cannot be made of spaces only</source>
        <translation>密码不能全是空格</translation>
    </message>
    <message>
        <source>storing the key of %1</source>
        <translation>保存 %1 的密钥</translation>
    </message>
    <message>
        <source>this archive has no administrator yet: the first person added becomes it</source>
        <translation>本档案尚无管理员：第一个添加的人将成为管理员</translation>
    </message>
    <message>
        <source>%1 is not the administrator of this archive (%2 is)</source>
        <translation>%1 不是本档案的管理员（管理员是 %2）</translation>
    </message>
    <message>
        <source>only the administrator (%1) can add a person: give --admin NAME --admin-password-file F</source>
        <translation>只有管理员（%1）能添加人员：请给出 --admin 姓名 --admin-password-file 文件</translation>
    </message>
    <message>
        <source>this archive has no administrator yet: the first person added becomes it, without --admin</source>
        <translation>本档案尚无管理员：第一个添加的人将成为管理员，无需 --admin</translation>
    </message>
    <message>
        <source>the administrator&apos;s own key cannot be reset: every certificate hangs on it</source>
        <translation>管理员自己的密钥不能重置：所有证书都依赖它</translation>
    </message>
    <message>
        <source>%1 has no signing key yet; the administrator must reset %1&apos;s password (people reset)</source>
        <translation>%1 还没有签名密钥，须由管理员重置 %1 的密码（people reset）</translation>
    </message>
    <message>
        <source>changing the password of %1</source>
        <translation>更改 %1 的密码</translation>
    </message>
    <message>
        <source>%1 was retired (已停用) on %2 and can no longer sign or be given a new key</source>
        <translation>%1 已于 %2 停用，不能再签字，也不能再发新密钥</translation>
    </message>
</context>
<context>
    <name>kuaibao::SignatureStore</name>
    <message>
        <source>reading the signatures</source>
        <translation>读取签字</translation>
    </message>
    <message>
        <source>recording the signature</source>
        <translation>记录签字</translation>
    </message>
    <message>
        <source>voiding a signature</source>
        <translation>作废签字</translation>
    </message>
    <message>
        <source>writing the sign-off log</source>
        <translation>写入签发记录</translation>
    </message>
    <message>
        <source>reading the sign-off log</source>
        <translation>读取签发记录</translation>
    </message>
    <message>
        <source>recording the return</source>
        <translation>记录退回</translation>
    </message>
    <message>
        <source>reading the returns</source>
        <translation>读取退回意见</translation>
    </message>
    <message>
        <source>marking the remark dealt with</source>
        <translation>标记意见为已处理</translation>
    </message>
    <message>
        <source>reading what was last seen</source>
        <translation>读取上次查看的内容</translation>
    </message>
    <message>
        <source>recording what was seen</source>
        <translation>记录查看的内容</translation>
    </message>
</context>
<context>
    <name>kuaibao::SignoffDesk</name>
    <message>
        <source>Enter your password first.</source>
        <translation>请先输入密码。</translation>
    </message>
    <message>
        <source>Choose an issue waiting for you first.</source>
        <translation>请先选择一期待您处理的快报。</translation>
    </message>
</context>
<context>
    <name>kuaibao::SignoffGuard</name>
    <message>
        <source>checking the sign-off state</source>
        <translation>检查签发状态</translation>
    </message>
    <message>
        <source>supplement issue %1</source>
        <translation>增刊第%1期</translation>
    </message>
    <message>
        <source>issue %1</source>
        <translation>第%1期</translation>
    </message>
    <message>
        <source>%1 is signed off (已签发) and cannot be deleted; its signer must withdraw the sign-off first</source>
        <translation>%1 已签发，不能删除；须由签发人先撤销签发</translation>
    </message>
    <message>
        <source>%1 is signed off (已签发) and read-only; its signer must withdraw the sign-off before it can be changed</source>
        <translation>%1 已签发，只读；须由签发人先撤销签发才能修改</translation>
    </message>
    <message>
        <source>reading the sign-off history</source>
        <translation>读取签发记录</translation>
    </message>
    <message>
        <source>this issue has a sign-off history (%1 signature(s), %2 return(s), %3 log entries) and is not deleted, so that record is kept; a draft that nobody has signed or returned can be deleted</source>
        <translation>这一期已有签发记录（签名 %1 个、退回 %2 次、日志 %3 条），为保留记录不予删除；无人签名或退回过的草稿才能删除</translation>
    </message>
</context>
<context>
    <name>kuaibao::SignoffLog</name>
    <message>
        <source>signed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>withdrew the sign-off</source>
        <translation>撤销签发</translation>
    </message>
    <message>
        <source>signature voided</source>
        <translation>签字作废</translation>
    </message>
    <message>
        <source>remark dealt with</source>
        <translation>意见已处理</translation>
    </message>
    <message>
        <source>content SHA-256 %1 (revision %2)</source>
        <translation>内容 SHA-256 %1（第 %2 版）</translation>
    </message>
    <message>
        <source>voided by the edit saved as revision %1</source>
        <translation>因保存为第 %1 版的修改而作废</translation>
    </message>
    <message>
        <source>voided by the return</source>
        <translation>因退回而作废</translation>
    </message>
    <message>
        <source>voided by the withdrawal</source>
        <translation>因撤销签发而作废</translation>
    </message>
    <message>
        <source>remark: %1</source>
        <translation>意见：%1</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>原因：%1</translation>
    </message>
</context>
<context>
    <name>kuaibao::SignoffService</name>
    <message>
        <source>this issue&apos;s template names no sign-off roles</source>
        <translation>本期的模板没有规定签发角色</translation>
    </message>
    <message>
        <source>the issue&apos;s content differs from what %1 signed as %2 although no save changed it; run verify to see the differences</source>
        <translation>本期内容与%1以%2身份签字时不符，且不是经保存改动的；请运行 verify 查看差异</translation>
    </message>
    <message>
        <source>there is no open remark %1 on this issue</source>
        <translation>本期没有未处理的意见 %1</translation>
    </message>
    <message>
        <source>%1 has no signing key yet (added before keys); the administrator must reset %1&apos;s password (people reset)</source>
        <translation>%1 还没有签名密钥（在启用密钥前添加），须由管理员重置 %1 的密码（people reset）</translation>
    </message>
    <message>
        <source>this issue was partly signed before signatures had keys (旧式签名); return it (退回) and sign it again</source>
        <translation>本期有部分签名是在启用密钥前签的（旧式签名），请退回后重新签发</translation>
    </message>
    <message>
        <source>the remark cannot contain control characters (such as terminal escapes)</source>
        <translation>意见不能含有控制字符（如终端转义序列）</translation>
    </message>
    <message>
        <source>issue %1 is a past issue imported from a file (往期) and goes through no sign-off; make it a draft first (kuaibao-cli draft %1, or 文件 ▸ 转为草稿 in the window)</source>
        <translation>第%1期是从文件导入的往期，不走签发流程；请先转为草稿（kuaibao-cli draft %1，或在窗口中选择“文件 ▸ 转为草稿”）</translation>
    </message>
</context>
<context>
    <name>kuaibao::SignoffState</name>
    <message>
        <source>writing the footer names</source>
        <translation>写入版记署名</translation>
    </message>
    <message>
        <source>writing the status</source>
        <translation>写入状态</translation>
    </message>
</context>
<context>
    <name>kuaibao::SignoffVerifier</name>
    <message>
        <source>%1&apos;s signature as %2: %3</source>
        <translation>%1 以%2身份的签字：%3</translation>
    </message>
    <message>
        <source>the content differs from what %1 signed as %2 in a way the snapshot does not show (its form changed)</source>
        <translation>内容与%1以%2身份签字时不符，但快照无法显示差异（快照格式已变）</translation>
    </message>
    <message>
        <source>%1&apos;s signature as %2 was altered: its content snapshot no longer matches its hash</source>
        <translation>%1 以%2身份的签字被改动：内容快照与散列不符</translation>
    </message>
    <message>
        <source>the stored status is %1 but the signatures make it %2</source>
        <translation>存储的状态为%1，但按签字应为%2</translation>
    </message>
    <message>
        <source>signature %1 is for %2, out of the role order %3</source>
        <translation>第 %1 个签字为%2，不符合角色顺序%3</translation>
    </message>
    <message>
        <source>the footer names “%1” as %2, but %3 signed</source>
        <translation>版记中%2署名为“%1”，但签字人是%3</translation>
    </message>
    <message>
        <source>finding signed issues</source>
        <translation>查找已签字的期刊</translation>
    </message>
    <message>
        <source>the issue&apos;s text is not the text that was signed (and the stored copy of the signed text was changed too, so the differences cannot be shown)</source>
        <translation>本期文字不是签发时的文字（签发文本的存档副本也被改过，无法列出差异）</translation>
    </message>
    <message>
        <source>the archive holds signed acts but no administrator key: the people list was removed</source>
        <translation>档案中有签名记录却没有管理员密钥：人员名单被删除了</translation>
    </message>
    <message>
        <source>a signature of “%1” as %2 is recorded, but no signed act stands behind it: it was added or renamed by hand</source>
        <translation>记录了“%1”作为%2的签名，但没有对应的签名记录：它是被人工添加或改名的</translation>
    </message>
    <message>
        <source>%1 signed as %2, but that signature is missing from the archive&apos;s signature rows</source>
        <translation>%1 以%2身份签了名，但档案的签名表中缺少这条签名</translation>
    </message>
    <message>
        <source>the signature rows say “%1” signed as %2, but the signed acts say %3 signed as %4: the rows were changed by hand</source>
        <translation>签名表写的是“%1”以%2身份签名，但签名记录表明是 %3 以%4身份签名：签名表被人工改过</translation>
    </message>
    <message>
        <source>the log is missing the %1 by %2 at %3: a log entry was deleted or changed</source>
        <translation>日志中缺少 %2 于 %3 的%1：有日志条目被删除或改动</translation>
    </message>
    <message>
        <source>the log shows a %1 by “%2” at %3 that nobody signed: it was added or changed by hand</source>
        <translation>日志中 “%2” 于 %3 的%1 没有任何人签名：它是被人工添加或改动的</translation>
    </message>
    <message>
        <source>%1&apos;s signature row as %2 names other content than the act %1 signed: the row was changed by hand</source>
        <translation>%1 作为%2的签名记录所指的内容，与 %1 实际签署的内容不同：该记录被人为改动</translation>
    </message>
</context>
</TS>
