<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>kuaibao::ArticleView</name>
    <message>
        <source>Title (leave empty for a report without one)</source>
        <translation>标题（没有标题的报道可留空）</translation>
    </message>
    <message>
        <source>Type or paste the report; each line is a paragraph</source>
        <translation>在此输入或粘贴正文，每行为一段</translation>
    </message>
    <message>
        <source>Attribution, e.g. （本刊）</source>
        <translation>署名，如（本刊）</translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation>文章 %1</translation>
    </message>
    <message>
        <source>Move article up</source>
        <translation>文章上移</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Move article down</source>
        <translation>文章下移</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>Add article below</source>
        <translation>在下方添加文章</translation>
    </message>
    <message>
        <source>Remove article</source>
        <translation>删除文章</translation>
    </message>
    <message>
        <source>Body text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Heading 1 (一、)</source>
        <translation>一级标题（一、）</translation>
    </message>
    <message>
        <source>Heading 2 (（一）)</source>
        <translation>二级标题（（一））</translation>
    </message>
    <message>
        <source>Heading 3 (1.)</source>
        <translation>三级标题（1.）</translation>
    </message>
    <message>
        <source>Heading 4 (（1）)</source>
        <translation>四级标题（（1））</translation>
    </message>
    <message>
        <source>The style of the paragraph at the cursor (Ctrl+1 … Ctrl+4 for a heading, Ctrl+0 for body text)</source>
        <translation>光标所在段落的样式（Ctrl+1 … Ctrl+4 设为标题，Ctrl+0 设为正文）</translation>
    </message>
    <message>
        <source>Renumber headings</source>
        <translation>重新编号标题</translation>
    </message>
</context>
<context>
    <name>kuaibao::BriefItemView</name>
    <message>
        <source>What the unit did, in one or two sentences</source>
        <translation>该单位做了什么，一两句话</translation>
    </message>
    <message>
        <source>Move item up</source>
        <translation>条目上移</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Move item down</source>
        <translation>条目下移</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>Add item below</source>
        <translation>在下方添加条目</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>删除条目</translation>
    </message>
    <message>
        <source>This item is empty: fill in its unit and text, or remove it. An empty item is not printed.</source>
        <translation>这一条还是空的：请填写单位和内容，或删除它。空条目不会印出。</translation>
    </message>
</context>
<context>
    <name>kuaibao::CategoryView</name>
    <message>
        <source>also took part.</source>
        <translation>也开展了相关活动。</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>添加条目</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Move category up</source>
        <translation>类别上移</translation>
    </message>
    <message>
        <source>Move category down</source>
        <translation>类别下移</translation>
    </message>
    <message>
        <source>Add category below</source>
        <translation>在下方添加类别</translation>
    </message>
    <message>
        <source>Remove category</source>
        <translation>删除类别</translation>
    </message>
    <message>
        <source>Units that also took part, separated by 、</source>
        <translation>也开展了相关活动的单位，用“、”分隔</translation>
    </message>
</context>
<context>
    <name>kuaibao::DragHandle</name>
    <message>
        <source>Drag to move</source>
        <translation>拖动以移动</translation>
    </message>
</context>
<context>
    <name>kuaibao::EditorContext</name>
    <message>
        <source>typing</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>bold</source>
        <translation>加粗</translation>
    </message>
</context>
<context>
    <name>kuaibao::FooterForm</name>
    <message>
        <source>Footer</source>
        <translation>版记</translation>
    </message>
    <message>
        <source>footer change</source>
        <translation>修改版记</translation>
    </message>
</context>
<context>
    <name>kuaibao::IssueEditor</name>
    <message>
        <source>Add section…</source>
        <translation>添加栏目…</translation>
    </message>
    <message>
        <source>Section of articles (e.g. 指挥调度)</source>
        <translation>文章栏目（如指挥调度）</translation>
    </message>
    <message>
        <source>Section of brief items (简讯)</source>
        <translation>简讯栏目</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>添加栏目</translation>
    </message>
    <message>
        <source>Name of the section:</source>
        <translation>栏目名称：</translation>
    </message>
</context>
<context>
    <name>kuaibao::MastheadForm</name>
    <message>
        <source>masthead change</source>
        <translation>修改报头</translation>
    </message>
</context>
<context>
    <name>kuaibao::RichTextEdit</name>
    <message>
        <source>&amp;Bold</source>
        <translation>加粗(&amp;B)</translation>
    </message>
</context>
<context>
    <name>kuaibao::SectionView</name>
    <message>
        <source>Add category</source>
        <translation>添加类别</translation>
    </message>
    <message>
        <source>Add article</source>
        <translation>添加文章</translation>
    </message>
    <message>
        <source>Move section up</source>
        <translation>栏目上移</translation>
    </message>
    <message>
        <source>Move section down</source>
        <translation>栏目下移</translation>
    </message>
    <message>
        <source>Remove section</source>
        <translation>删除栏目</translation>
    </message>
    <message>
        <source>No categories yet: click “Add category” to start.</source>
        <translation>本栏目还没有类别：点击“添加类别”开始。</translation>
    </message>
    <message>
        <source>No report yet: click “Add article” to write one.</source>
        <translation>本栏目还没有文章：点击“添加文章”开始撰写。</translation>
    </message>
</context>
<context>
    <name>kuaibao::UnitLineEdit</name>
    <message>
        <source>Units, separated by 、</source>
        <translation>单位，用“、”分隔</translation>
    </message>
    <message>
        <source>Not in the template&apos;s unit list (not counted in the statistics): %1</source>
        <translation>不在模板的单位列表中（统计时不计入）：%1</translation>
    </message>
</context>
</TS>
