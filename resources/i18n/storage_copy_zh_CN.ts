<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>kuaibao::ArchiveCopy</name>
    <message>
        <source>listing the issues to copy</source>
        <translation>列出要复制的各期</translation>
    </message>
    <message>
        <source>增刊 %1</source>
        <translation>增刊 %1</translation>
    </message>
    <message>
        <source>looking for the issue</source>
        <translation>查找该期</translation>
    </message>
    <message>
        <source>the target already has issue(s) %1; nothing was copied (--replace overwrites them)</source>
        <translation>目标中已有第 %1 期；未复制任何内容（--replace 可覆盖）</translation>
    </message>
    <message>
        <source>replacing issue %1</source>
        <translation>替换第 %1 期</translation>
    </message>
    <message>
        <source>copying the %1 rows</source>
        <translation>复制 %1 表的行</translation>
    </message>
    <message>
        <source>a %1 row of the source refers to a missing %2 row (%3 %4); the source is damaged</source>
        <translation>来源中 %1 表的一行指向不存在的 %2 行（%3 %4）；来源已损坏</translation>
    </message>
    <message>
        <source>comparing the signing keys</source>
        <translation>比较签名密钥</translation>
    </message>
    <message>
        <source>reading the people</source>
        <translation>读取人员</translation>
    </message>
    <message>
        <source>looking for %1</source>
        <translation>查找 %1</translation>
    </message>
    <message>
        <source>%1 is a person in both archives, with different signing keys; nothing was copied</source>
        <translation>%1 在两个档案中都有，但签名密钥不同；未复制任何内容</translation>
    </message>
    <message>
        <source>the two archives have different administrator keys, so the source&apos;s signatures could not be verified in the target; nothing was copied</source>
        <translation>两个档案的管理员密钥不同，来源的签名在目标中无法验证；未复制任何内容</translation>
    </message>
    <message>
        <source>reading the certificates</source>
        <translation>读取证书</translation>
    </message>
    <message>
        <source>reading the retirements</source>
        <translation>读取停用记录</translation>
    </message>
    <message>
        <source>the server gave %1 new %2 ids for %3 rows</source>
        <translation>服务器为 %3 行给出了 %1 个新的 %2 编号</translation>
    </message>
</context>
</TS>
