<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>kuaibao::DocxPackage</name>
    <message>
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <source>the Word document is password-protected: remove the password in Word or WPS, save it again and import that copy</source>
        <translation>该 Word 文档设有密码保护：请在 Word 或 WPS 中取消密码、另存后再导入</translation>
    </message>
    <message>
        <source>this is an old Word document (.doc): open it in Word or WPS and save it as .docx</source>
        <translation>这是旧版 Word 文档（.doc）：请在 Word 或 WPS 中打开并另存为 .docx</translation>
    </message>
    <message>
        <source>not a Word document (.docx): it is not a zip package</source>
        <translation>不是 Word 文档（.docx）：文件不是 zip 包</translation>
    </message>
    <message>
        <source>cannot read the zip package</source>
        <translation>无法读取 zip 包</translation>
    </message>
    <message>
        <source>the .docx is damaged or cut short (%1)</source>
        <translation>该 .docx 已损坏或不完整（%1）</translation>
    </message>
    <message>
        <source>refused: the .docx would expand to %1 bytes (the limit is 50 MB, and 100 times the file&apos;s size)</source>
        <translation>已拒绝：该 .docx 解压后将达 %1 字节（上限为 50 MB，且不超过文件大小的 100 倍）</translation>
    </message>
    <message>
        <source>not a Word document (.docx): it has no %1</source>
        <translation>不是 Word 文档（.docx）：其中没有 %1</translation>
    </message>
    <message>
        <source>refused: the .docx expands past the limit (50 MB, and 100 times the file&apos;s size)</source>
        <translation>已拒绝：该 .docx 解压后超过上限（50 MB，且不超过文件大小的 100 倍）</translation>
    </message>
</context>
<context>
    <name>kuaibao::DocxParagraphs</name>
    <message>
        <source>refused: the document declares a DTD or entities, which a Word document never does</source>
        <translation>已拒绝：该文档声明了 DTD 或实体，正常的 Word 文档不会这样做</translation>
    </message>
    <message>
        <source>the document&apos;s XML is damaged (line %1: %2)</source>
        <translation>文档的 XML 已损坏（第 %1 行：%2）</translation>
    </message>
</context>
<context>
    <name>kuaibao::ZipWriter</name>
    <message>
        <source>cannot build the zip container: %1</source>
        <translation>无法生成 zip 包：%1</translation>
    </message>
</context>
</TS>
