<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>kuaibao::PdfProofReader</name>
    <message>
        <source>the PDF&apos;s XMP metadata is not well-formed XML (%1)</source>
        <translation>该 PDF 的 XMP 元数据不是格式正确的 XML（%1）</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1：无法读取</translation>
    </message>
    <message>
        <source>%1 is not a readable PDF</source>
        <translation>%1 不是可读取的 PDF</translation>
    </message>
    <message>
        <source>the PDF&apos;s sign-off proof is not valid base64</source>
        <translation>该 PDF 的签发证明不是有效的 base64</translation>
    </message>
</context>
<context>
    <name>kuaibao::PeopleCommands</name>
    <message>
        <source>people add needs --roles, e.g. --roles 编校,审核</source>
        <translation>people add 需要 --roles，例如 --roles 编校,审核</translation>
    </message>
    <message>
        <source>added %1 (%2)</source>
        <translation>已添加 %1（%2）</translation>
    </message>
    <message>
        <source>people list takes no arguments</source>
        <translation>people list 不接受参数</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>要做的操作。</translation>
    </message>
    <message>
        <source>The person&apos;s roles, comma-separated (people add).</source>
        <translation>人员的角色，以逗号分隔（people add）。</translation>
    </message>
    <message>
        <source>people add takes one name (kuaibao-cli people add NAME --roles 编校,审核 --password-file F [--admin NAME --admin-password-file F])</source>
        <translation>people add 只接受一个姓名（kuaibao-cli people add 姓名 --roles 编校,审核 --password-file 文件 [--admin 姓名 --admin-password-file 文件]）</translation>
    </message>
    <message>
        <source>%1 is the administrator (管理员) of this archive: adding, changing or resetting people from now on needs %1&apos;s password. Administrator key fingerprint: %2 — write it down; recipients check printed issues with it.</source>
        <translation>%1 是本档案的管理员：今后添加、更改或重置人员都需要 %1 的密码。管理员密钥指纹：%2——请抄下来，收文单位凭它核对打印的快报。</translation>
    </message>
    <message>
        <source>administrator (管理员): %1, key fingerprint %2</source>
        <translation>管理员：%1，密钥指纹 %2</translation>
    </message>
    <message>
        <source>no administrator yet: the next person added becomes it</source>
        <translation>尚无管理员：下一个添加的人将成为管理员</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>no key (added before keys)</source>
        <translation>无密钥（在启用密钥前添加）</translation>
    </message>
    <message>
        <source>people passwd takes one name (kuaibao-cli people passwd NAME --password-file OLD --new-password-file NEW)</source>
        <translation>people passwd 只接受一个姓名（kuaibao-cli people passwd 姓名 --password-file 旧密码文件 --new-password-file 新密码文件）</translation>
    </message>
    <message>
        <source>the password of %1 is changed; the key is sealed under it</source>
        <translation>%1 的密码已更改，密钥已用新密码重新封存</translation>
    </message>
    <message>
        <source>people reset takes one name (kuaibao-cli people reset NAME --password-file NEW --admin NAME --admin-password-file F)</source>
        <translation>people reset 只接受一个姓名（kuaibao-cli people reset 姓名 --password-file 新密码文件 --admin 姓名 --admin-password-file 文件）</translation>
    </message>
    <message>
        <source>only the administrator can reset a password: give --admin NAME --admin-password-file F</source>
        <translation>只有管理员能重置密码：请给出 --admin 姓名 --admin-password-file 文件</translation>
    </message>
    <message>
        <source>%1 has a new password and a new key, certified by the administrator; past signatures still verify</source>
        <translation>%1 已有新密码和新密钥，并由管理员签发证书；以往的签名仍可验证</translation>
    </message>
    <message>
        <source>The new password&apos;s file (people passwd).</source>
        <translation>新密码所在文件（people passwd）。</translation>
    </message>
    <message>
        <source>retired (已停用) on %1</source>
        <translation>于 %1 已停用</translation>
    </message>
    <message>
        <source>WARNING: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>people retire takes one name (kuaibao-cli people retire NAME --admin NAME --admin-password-file F)</source>
        <translation>people retire 需要一个姓名（kuaibao-cli people retire 姓名 --admin 姓名 --admin-password-file F）</translation>
    </message>
    <message>
        <source>only the administrator can retire a person: give --admin NAME --admin-password-file F</source>
        <translation>只有管理员才能停用人员：请给出 --admin 姓名 --admin-password-file F</translation>
    </message>
    <message>
        <source>retired %1 (已停用) on %2: %1 can no longer sign; %1&apos;s past signatures still verify</source>
        <translation>已于 %2 停用 %1：%1 不能再签字；%1 以往的签字仍可验证</translation>
    </message>
    <message>
        <source>people takes add, list, passwd, reset or retire (kuaibao-cli people add NAME --roles R --password-file F [--admin NAME --admin-password-file F]; kuaibao-cli people list; kuaibao-cli people passwd NAME --password-file OLD --new-password-file NEW; kuaibao-cli people reset NAME --password-file NEW --admin NAME --admin-password-file F; kuaibao-cli people retire NAME --admin NAME --admin-password-file F)</source>
        <translation>people 后面跟 add、list、passwd、reset 或 retire（kuaibao-cli people add 姓名 --roles 角色 --password-file F [--admin 姓名 --admin-password-file F]；kuaibao-cli people list；kuaibao-cli people passwd 姓名 --password-file 旧 --new-password-file 新；kuaibao-cli people reset 姓名 --password-file 新 --admin 姓名 --admin-password-file F；kuaibao-cli people retire 姓名 --admin 姓名 --admin-password-file F）</translation>
    </message>
</context>
<context>
    <name>kuaibao::SignoffCli</name>
    <message>
        <source>Read the password from file F (its first line), or from standard input when F is -.</source>
        <translation>从文件 F（第一行）读取密码；F 为 - 时从标准输入读取。</translation>
    </message>
    <message>
        <source>a password is never taken on the command line (others can read it there); use --password-file F, or --password-file - to read it from standard input</source>
        <translation>密码不能写在命令行上（他人可以看到）；请用 --password-file F，或用 --password-file - 从标准输入读取</translation>
    </message>
    <message>
        <source>standard input cannot be read for the password</source>
        <translation>无法从标准输入读取密码</translation>
    </message>
    <message>
        <source>the password is empty</source>
        <translation>密码为空</translation>
    </message>
    <message>
        <source>%1 takes exactly one issue number (kuaibao-cli %1 N)</source>
        <translation>%1 只接受一个期号（kuaibao-cli %1 N）</translation>
    </message>
    <message>
        <source>--%1 is needed</source>
        <translation>需要 --%1</translation>
    </message>
    <message>
        <source>the password is needed: --%1 F, or --%1 - to read it from standard input</source>
        <translation>需要密码：--%1 文件，或 --%1 - 从标准输入读取</translation>
    </message>
    <message>
        <source>The administrator&apos;s name (people changes need it).</source>
        <translation>管理员姓名（更改人员时需要）。</translation>
    </message>
    <message>
        <source>Read the administrator&apos;s password from file F (or - for standard input).</source>
        <translation>从文件 F 读取管理员密码（- 表示标准输入）。</translation>
    </message>
    <message>
        <source>--admin-password-file needs --admin NAME as well</source>
        <translation>--admin-password-file 还需要 --admin 姓名</translation>
    </message>
    <message>
        <source>WARNING: the administrator key of this archive has CHANGED. This computer first saw %1, the archive now holds %2. Someone may have replaced the people list and forged every signature; trust nothing in it until the administrator confirms the new fingerprint in person.</source>
        <translation>警告：本档案的管理员密钥已被更换！本机首次见到的是 %1，档案中现在是 %2。可能有人替换了人员名单并伪造了全部签名；在管理员当面确认新指纹之前，档案中的签名一概不可信。</translation>
    </message>
    <message>
        <source>the password file cannot be used: %1</source>
        <translation>密码文件无法使用：%1</translation>
    </message>
</context>
<context>
    <name>kuaibao::SignoffCommands</name>
    <message>
        <source>The sign-off role (编校, 审核, 核签 …).</source>
        <translation>签发角色（编校、审核、核签……）。</translation>
    </message>
    <message>
        <source>Who signs (a name in the people list).</source>
        <translation>签字人（人员名单中的姓名）。</translation>
    </message>
    <message>
        <source>The issue number.</source>
        <translation>期号。</translation>
    </message>
    <message>
        <source>Why (required, not empty).</source>
        <translation>原因（必填，不能为空）。</translation>
    </message>
    <message>
        <source>issue %1 signed by %2 as %3</source>
        <translation>第%1期已由%2以%3身份签字</translation>
    </message>
    <message>
        <source>issue %1 returned by %2</source>
        <translation>第%1期已由%2退回</translation>
    </message>
    <message>
        <source>issue %1: sign-off withdrawn by %2</source>
        <translation>第%1期：%2已撤销签发</translation>
    </message>
    <message>
        <source>The remark&apos;s number, as log shows it.</source>
        <translation>意见编号（见 log 输出）。</translation>
    </message>
    <message>
        <source>--remark needs the remark&apos;s number, as log shows it</source>
        <translation>--remark 需要意见编号（见 log 输出）</translation>
    </message>
    <message>
        <source>remark %1 marked dealt with</source>
        <translation>意见 %1 已标记为已处理</translation>
    </message>
    <message>
        <source>Sign an issue&apos;s next stage (通过).</source>
        <translation>签署一期的下一环节（通过）。</translation>
    </message>
    <message>
        <source>Return an issue to 草稿 with a remark (退回).</source>
        <translation>附意见将一期退回草稿（退回）。</translation>
    </message>
    <message>
        <source>Withdraw the sign-off of an 已签发 issue (撤销签发).</source>
        <translation>撤销已签发期刊的签发（撤销签发）。</translation>
    </message>
    <message>
        <source>Mark a return remark dealt with.</source>
        <translation>将退回意见标记为已处理。</translation>
    </message>
    <message>
        <source>Who dealt with it (a name in the people list).</source>
        <translation>处理人（人员名单中的姓名）。</translation>
    </message>
    <message>
        <source>Prove an issue&apos;s sign-off from its signed acts (exit 1 when a link is broken or the issue was signed the old way).</source>
        <translation>根据签名记录证明一期的签发（链条断裂或为旧式签名时退出码为 1）。</translation>
    </message>
    <message>
        <source>Add, list, re-password, reset or retire the people who sign off (the first person added is the administrator).</source>
        <translation>添加、列出、改密码、重置或停用签发人员（第一个添加的人员为管理员）。</translation>
    </message>
    <message>
        <source>Who did what when in an issue&apos;s sign-off (exit 1 when the signed acts do not bear the log out).</source>
        <translation>某期签发过程中谁在何时做了什么（签名记录不能印证日志时退出码为 1）。</translation>
    </message>
</context>
<context>
    <name>kuaibao::SignoffReport</name>
    <message>
        <source>The issue number.</source>
        <translation>期号。</translation>
    </message>
    <message>
        <source>issue %1: %2</source>
        <translation>第%1期：%2</translation>
    </message>
    <message>
        <source>open remark %1 from %2 (%3): %4</source>
        <translation>未处理意见 %1，来自%2（%3）：%4</translation>
    </message>
    <message>
        <source>issue %1 is proven: %2 standing signature(s), each signed with a key the administrator certified, match its content</source>
        <translation>第 %1 期已证明：%2 个有效签名均由管理员认证的密钥签署，与内容一致</translation>
    </message>
    <message>
        <source>issue %1: 旧式签名 — signed before signatures had keys; its %2 signature(s) agree with its content, but nothing binds them to the people named, so this is not proven</source>
        <translation>第 %1 期：旧式签名——在启用密钥前签发；其 %2 个签名与内容一致，但没有任何东西把签名与署名人绑定，因此未经证明</translation>
    </message>
    <message>
        <source>issue %1 is not what was signed (%2 problem(s); the first is the first broken link)</source>
        <translation>第 %1 期与签发时不符（%2 处问题，第一条即最先断裂的一环）</translation>
    </message>
    <message>
        <source>issue %1: this log is not borne out by the signed acts: %2 (verify %1 names every problem)</source>
        <translation>第 %1 期：此日志与签名记录不符：%2（verify %1 会列出全部问题）</translation>
    </message>
</context>
<context>
    <name>kuaibao::VerifyPdfCommand</name>
    <message>
        <source>(ends here)</source>
        <translation>（到此结束）</translation>
    </message>
    <message>
        <source>the page does not print the 签发校验码 %1</source>
        <translation>页面上没有印出签发校验码 %1</translation>
    </message>
    <message>
        <source>the page prints the 签发校验码 %1, but the proof&apos;s is %2</source>
        <translation>页面印出的签发校验码是 %1，但签发证明中的是 %2</translation>
    </message>
    <message>
        <source>the PDF&apos;s text is not the signed text: at character %1 the PDF reads “%2” where the signed issue reads “%3”</source>
        <translation>该 PDF 的文字不是签发时的文字：第 %1 个字处，PDF 为“%2”，签发的快报为“%3”</translation>
    </message>
    <message>
        <source>the PDF was signed under the administrator key %1, not %2 (--key)</source>
        <translation>该 PDF 是在管理员密钥 %1 下签发的，不是 %2（--key）</translation>
    </message>
    <message>
        <source>the archive has no administrator key: give --key FINGERPRINT to check without it</source>
        <translation>档案库中没有管理员密钥：请用 --key 指纹 脱离档案库核验</translation>
    </message>
    <message>
        <source>the archive has no issue %1 of this series</source>
        <translation>档案库中没有本系列的第 %1 期</translation>
    </message>
    <message>
        <source>the archive&apos;s issue %1 is not proven: %2</source>
        <translation>档案库中的第 %1 期未能证明：%2</translation>
    </message>
    <message>
        <source>旧式签名</source>
        <translation>旧式签名</translation>
    </message>
    <message>
        <source>the archive&apos;s issue %1 is not the issue in the PDF</source>
        <translation>档案库中的第 %1 期与 PDF 中的快报不同</translation>
    </message>
    <message>
        <source>Check without the archive, trusting the administrator key with this fingerprint (as `people list` prints it).</source>
        <translation>不使用档案库核验，信任具有此指纹的管理员密钥（与 `people list` 显示的一致）。</translation>
    </message>
    <message>
        <source>verify-pdf takes exactly one PDF file (kuaibao-cli verify-pdf FILE.pdf)</source>
        <translation>verify-pdf 只接受一个 PDF 文件（kuaibao-cli verify-pdf 文件.pdf）</translation>
    </message>
    <message>
        <source>--key takes the administrator key&apos;s fingerprint: 8 groups of 4 hexadecimal characters</source>
        <translation>--key 需要管理员密钥的指纹：8 组、每组 4 个十六进制字符</translation>
    </message>
    <message>
        <source>%1: this PDF carries no sign-off proof</source>
        <translation>%1：此 PDF 不带签发证明</translation>
    </message>
    <message>
        <source>%1: the sign-off proof is damaged: %2</source>
        <translation>%1：签发证明已损坏：%2</translation>
    </message>
    <message>
        <source>%1: the issue in the proof is damaged: %2</source>
        <translation>%1：签发证明中的快报已损坏：%2</translation>
    </message>
    <message>
        <source>%1 is proven: issue %2, signed by %3 under the administrator key %4; its text is the signed text (签发校验码 %5)</source>
        <translation>%1 已证明：第 %2 期，由 %3 在管理员密钥 %4 下签发；其文字即签发时的文字（签发校验码 %5）</translation>
    </message>
    <message>
        <source>%1 is not proven (%2 problem(s); the first is the first broken link)</source>
        <translation>%1 未能证明（%2 处问题；第一处即最先断开的环节）</translation>
    </message>
    <message>
        <source>Prove the sign-off a PDF carries and that its text is the signed text (exit 1 when not proven or the PDF carries no proof).</source>
        <translation>证明 PDF 所带的签发，并核对其文字即签发时的文字（未能证明或 PDF 不带证明时退出码为 1）。</translation>
    </message>
    <message>
        <source>the archive&apos;s administrator key is not the one this computer remembers (see the warning)</source>
        <translation>档案库的管理员密钥不是本机记住的那一个（见警告）</translation>
    </message>
</context>
</TS>
