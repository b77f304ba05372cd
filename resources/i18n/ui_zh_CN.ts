<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AddPersonDialog</name>
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
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Administrator&apos;s password</source>
        <translation>管理员密码</translation>
    </message>
    <message>
        <source>The first person added becomes the administrator.</source>
        <translation>第一个添加的人成为管理员。</translation>
    </message>
</context>
<context>
    <name>ConnectServerDialog</name>
    <message>
        <source>Connect to the office&apos;s server</source>
        <translation>连接到单位服务器</translation>
    </message>
    <message>
        <source>The archive the whole office shares, on a PostgreSQL server. The office&apos;s IT person gives you these details.</source>
        <translation>全单位共用的档案，存放在 PostgreSQL 服务器上。以下信息由单位的信息化管理员提供。</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>e.g. 192.168.10.5</source>
        <translation>例如 192.168.10.5</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Encryption (sslmode):</source>
        <translation>加密方式 sslmode(&amp;E)：</translation>
    </message>
    <message>
        <source>Or paste the &amp;address:</source>
        <translation>或粘贴地址(&amp;A)：</translation>
    </message>
    <message>
        <source>The password is asked for when the server wants one and ~/.pgpass does not have it; it is kept only while the program runs, never saved.</source>
        <translation>服务器要求密码而 ~/.pgpass 中没有时，程序会询问密码；密码只在程序运行期间保留在内存中，从不保存。</translation>
    </message>
</context>
<context>
    <name>FindReplaceBar</name>
    <message>
        <source>Find in this issue</source>
        <translation>在本期中查找</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>替换为</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>全部替换</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>No issue is open.
Start the next issue from the template, bring in earlier issues from text files, or pick one on the left.</source>
        <translation>没有打开的快报。
可按模板新建下一期，从文本文件导入往期，或在左侧选择一期。</translation>
    </message>
    <message>
        <source>New issue from the template</source>
        <translation>按模板新建一期</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <source>&amp;New issue</source>
        <translation>新建一期(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Duplicate issue</source>
        <translation>复制本期(&amp;D)</translation>
    </message>
    <message>
        <source>De&amp;lete issue…</source>
        <translation>删除本期(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Make a draft of this past issue</source>
        <translation>转为草稿(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>加粗(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>替换(&amp;R)…</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
</context>
<context>
    <name>MastheadForm</name>
    <message>
        <source>Number</source>
        <translation>期号</translation>
    </message>
    <message>
        <source>Cumulative number</source>
        <translation>总期号</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>编发单位</translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Export for Excel…</source>
        <translation>导出为 Excel…</translation>
    </message>
</context>
<context>
    <name>SubmissionDialog</name>
    <message>
        <source>Add submitted items</source>
        <translation>添加来稿信息</translation>
    </message>
    <message>
        <source>Check the items to add, and their units and categories.</source>
        <translation>请勾选要添加的条目，并核对单位和类别。</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>信息内容</translation>
    </message>
    <message>
        <source>Sent before</source>
        <translation>此前已报</translation>
    </message>
</context>
<context>
    <name>UnitsEditorDialog</name>
    <message>
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Unit list</source>
        <translation>单位名单</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>A unit name, or an alias of the selected unit</source>
        <translation>单位名称，或所选单位的别名</translation>
    </message>
    <message>
        <source>Add unit</source>
        <translation>添加单位</translation>
    </message>
    <message>
        <source>Add alias to selected</source>
        <translation>为所选单位添加别名</translation>
    </message>
    <message>
        <source>Remove alias</source>
        <translation>删除别名</translation>
    </message>
    <message>
        <source>Unknown units</source>
        <translation>未知单位</translation>
    </message>
    <message>
        <source>Name not in the list</source>
        <translation>名单外的名称</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>提及次数</translation>
    </message>
    <message>
        <source>Map all occurrences to</source>
        <translation>全部对应到</translation>
    </message>
</context>
</TS>
