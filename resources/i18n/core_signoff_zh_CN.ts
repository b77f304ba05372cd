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
    <name>kuaibao::ChainVerifier</name>
    <message>
        <source>approval (通过)</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>return (退回)</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>withdrawal (撤销)</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>remark dealt with (已处理)</source>
        <translation>已处理</translation>
    </message>
    <message>
        <source>unknown act</source>
        <translation>未知操作</translation>
    </message>
    <message>
        <source>a certificate in the archive is malformed</source>
        <translation>档案中有一份证书格式损坏</translation>
    </message>
    <message>
        <source>the certificate of %1 is not signed by the administrator&apos;s key: it was changed or forged</source>
        <translation>%1 的证书不是管理员密钥签发的：证书被改动或伪造</translation>
    </message>
    <message>
        <source>link %1 of the sign-off chain is malformed: it was changed after it was signed</source>
        <translation>签发链第 %1 环格式损坏：签名后被改动过</translation>
    </message>
    <message>
        <source>link %1 (%2 by %3 at %4)</source>
        <translation>第 %1 环（%3 于 %4 的%2）</translation>
    </message>
    <message>
        <source>signed with a key the administrator never certified</source>
        <translation>所用密钥从未经管理员认证</translation>
    </message>
    <message>
        <source>its signature does not match what it says: the record was changed after it was signed</source>
        <translation>签名与记录内容不符：记录在签名后被改动过</translation>
    </message>
    <message>
        <source>it is signed by the key of %1, not of %2</source>
        <translation>它是用 %1 的密钥签的，不是 %2 的</translation>
    </message>
    <message>
        <source>it follows an act that is not in the archive: an earlier act was deleted</source>
        <translation>它接在一个档案中不存在的记录之后：之前的记录被删除了</translation>
    </message>
    <message>
        <source>it does not follow the act before it: an act was deleted, inserted or reordered</source>
        <translation>它与前一环接不上：有记录被删除、插入或调换了顺序</translation>
    </message>
    <message>
        <source>it was signed for issue %1 of %2, not this issue</source>
        <translation>它签的是 %2 的第 %1 期，不是本期</translation>
    </message>
    <message>
        <source>its time is out of order</source>
        <translation>时间顺序不对</translation>
    </message>
    <message>
        <source>%1&apos;s certificate does not give the role %2</source>
        <translation>%1 的证书没有授予“%2”角色</translation>
    </message>
    <message>
        <source>it signs %1 out of the role order %2</source>
        <translation>它签署%1，不符合角色顺序 %2</translation>
    </message>
    <message>
        <source>%1 signed two stages</source>
        <translation>%1 签了两个环节</translation>
    </message>
    <message>
        <source>it withdraws a sign-off that was not complete or not %1&apos;s</source>
        <translation>它撤销的签发尚未完成，或不是 %1 签的</translation>
    </message>
    <message>
        <source>it is not a sign-off act</source>
        <translation>它不是签发操作</translation>
    </message>
    <message>
        <source>a retirement in the archive is malformed</source>
        <translation>档案中的一条停用记录格式不对</translation>
    </message>
    <message>
        <source>the retirement of %1 is not signed by the administrator&apos;s key: it was changed or forged</source>
        <translation>%1 的停用记录不是用管理员密钥签署的：它被改动过或是伪造的</translation>
    </message>
    <message>
        <source>%1 was retired (已停用) on %2 and can no longer sign</source>
        <translation>%1 已于 %2 停用，不能再签字</translation>
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
    <message>
        <source>heading level</source>
        <translation>标题级别</translation>
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
    <name>kuaibao::PersonName</name>
    <message>
        <source>a name cannot contain invisible or control characters (%1)</source>
        <translation>姓名不能含有不可见字符或控制字符（%1）</translation>
    </message>
    <message>
        <source>a name cannot contain the CJK compatibility character %1 (it looks like an ordinary character but is a different one)</source>
        <translation>姓名不能含有中日韩兼容汉字 %1（看起来和普通汉字一样，实际是另一个字符）</translation>
    </message>
    <message>
        <source>a name cannot contain the character %1</source>
        <translation>姓名不能含有字符 %1</translation>
    </message>
    <message>
        <source>a person needs a name</source>
        <translation>人员需要姓名</translation>
    </message>
    <message>
        <source>%1 is already in the people list</source>
        <translation>%1 已在人员名单中</translation>
    </message>
    <message>
        <source>“%1” looks the same as %2, who is already in the people list; choose a name that cannot be mistaken for it</source>
        <translation>“%1”与名单中已有的 %2 看起来相同，请用不会被混淆的姓名</translation>
    </message>
</context>
<context>
    <name>kuaibao::ProofVerifier</name>
    <message>
        <source>the proof names the administrator key %1, not the trusted key %2: it was signed under another people list</source>
        <translation>签发证明中的管理员密钥是 %1，不是所信任的 %2：它是在另一份人员名单下签发的</translation>
    </message>
    <message>
        <source>the sign-off is not complete: %1 of the roles %2 stand signed</source>
        <translation>签发未完成：%2 中只有 %1 个环节已签</translation>
    </message>
    <message>
        <source>the proof&apos;s content hash is not the one the acts sign</source>
        <translation>签发证明中的内容哈希不是各签发记录所签的哈希</translation>
    </message>
    <message>
        <source>the issue in the proof is not the text that was signed: it was changed after sign-off</source>
        <translation>签发证明中的快报不是签发时的文字：签发后被改动过</translation>
    </message>
    <message>
        <source>the footer names “%1” as %2, but %3 signed</source>
        <translation>版记中%2署名为“%1”，但签字的是%3</translation>
    </message>
</context>
<context>
    <name>kuaibao::SignedStatement</name>
    <message>
        <source>a signed record is malformed</source>
        <translation>一条签名记录格式损坏</translation>
    </message>
</context>
<context>
    <name>kuaibao::SigningKeys</name>
    <message>
        <source>the cryptography library could not start</source>
        <translation>密码库无法启动</translation>
    </message>
    <message>
        <source>sealing the key ran out of memory</source>
        <translation>封存密钥时内存不足</translation>
    </message>
    <message>
        <source>the stored private key is damaged and cannot be read</source>
        <translation>存储的私钥已损坏，无法读取</translation>
    </message>
    <message>
        <source>opening the key ran out of memory</source>
        <translation>打开密钥时内存不足</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>密码错误</translation>
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
<context>
    <name>kuaibao::SignoffProof</name>
    <message>
        <source>the proof&apos;s %1 has no valid “%2”</source>
        <translation>签发证明的%1中没有有效的“%2”</translation>
    </message>
    <message>
        <source>the proof is not valid JSON</source>
        <translation>签发证明不是有效的 JSON</translation>
    </message>
    <message>
        <source>the proof is not in the form %1</source>
        <translation>签发证明不是 %1 格式</translation>
    </message>
    <message>
        <source>the proof has no issue or no content hash</source>
        <translation>签发证明中没有快报或没有内容哈希</translation>
    </message>
    <message>
        <source>act %1</source>
        <translation>第 %1 条签发记录</translation>
    </message>
    <message>
        <source>certificate %1</source>
        <translation>第 %1 份证书</translation>
    </message>
    <message>
        <source>the proof holds no signed act</source>
        <translation>签发证明中没有任何签发记录</translation>
    </message>
    <message>
        <source>root</source>
        <translation>根</translation>
    </message>
</context>
</TS>
