<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>kuaibao::PeopleCommands</name>
    <message>
        <source>people add takes one name (kuaibao-cli people add NAME --roles 编校,审核 --password-file F)</source>
        <translation>people add 只接受一个姓名（kuaibao-cli people add 姓名 --roles 编校,审核 --password-file F）</translation>
    </message>
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
        <source>people takes add or list (kuaibao-cli people add NAME --roles R --password-file F; kuaibao-cli people list)</source>
        <translation>people 后应为 add 或 list（kuaibao-cli people add 姓名 --roles 角色 --password-file F；kuaibao-cli people list）</translation>
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
        <source>the password is needed: --password-file F, or --password-file - to read it from standard input</source>
        <translation>需要密码：--password-file F，或用 --password-file - 从标准输入读取</translation>
    </message>
    <message>
        <source>standard input cannot be read for the password</source>
        <translation>无法从标准输入读取密码</translation>
    </message>
    <message>
        <source>the password file %1 cannot be read: %2</source>
        <translation>无法读取密码文件 %1：%2</translation>
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
        <source>Who dealt with it.</source>
        <translation>处理人。</translation>
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
        <source>Add a person who signs off, or list them.</source>
        <translation>添加签发人员，或列出人员。</translation>
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
        <source>Who did what when in an issue&apos;s sign-off.</source>
        <translation>一期签发过程中谁在何时做了什么。</translation>
    </message>
    <message>
        <source>Check an issue against what was signed (exit 1 when it differs).</source>
        <translation>核对一期与签字时的内容（不符时退出码为 1）。</translation>
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
        <source>issue %1 is intact: %2 standing signature(s) match its content</source>
        <translation>第%1期完好：%2 个有效签字与内容相符</translation>
    </message>
    <message>
        <source>issue %1 differs from what was signed (%2 difference(s))</source>
        <translation>第%1期与签字时的内容不符（%2 处差异）</translation>
    </message>
</context>
</TS>
