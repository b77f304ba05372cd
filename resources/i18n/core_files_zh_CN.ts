<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>kuaibao::InputFile</name>
    <message>
        <source>%1 is a symbolic link that leads back to itself (a loop)</source>
        <translation>%1 是指回自身的符号链接（循环）</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 是文件夹，不是文件</translation>
    </message>
    <message>
        <source>%1 is a pipe (FIFO), not a file; kuaibao reads only files, so save what comes through it to a file first</source>
        <translation>%1 是管道（FIFO），不是文件；快报编辑器只读取文件，请先把其中的内容存成文件</translation>
    </message>
    <message>
        <source>%1 is a device or special file, not a file</source>
        <translation>%1 是设备或特殊文件，不是普通文件</translation>
    </message>
    <message>
        <source>%1 is too large (%2; at most %3 is read)</source>
        <translation>%1 太大（%2；最多读取 %3）</translation>
    </message>
    <message>
        <source>%1 is too large (more than %2)</source>
        <translation>%1 太大（超过 %2）</translation>
    </message>
</context>
<context>
    <name>kuaibao::OutputFile</name>
    <message>
        <source>no output file was named</source>
        <translation>没有指定输出文件</translation>
    </message>
    <message>
        <source>%1 is a symbolic link that leads nowhere (or in a loop); name the file itself</source>
        <translation>%1 是无效（或循环）的符号链接，请直接指定文件</translation>
    </message>
    <message>
        <source>%1 is a folder; name a file to write</source>
        <translation>%1 是文件夹，请指定要写入的文件</translation>
    </message>
    <message>
        <source>%1 is neither a file, a pipe nor a character device; kuaibao does not write there</source>
        <translation>%1 既不是文件、管道，也不是字符设备，快报编辑器不往那里写</translation>
    </message>
    <message>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation>无法写入 %1：文件夹 %2 不存在</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>kuaibao::ProtectedFiles</name>
    <message>
        <source>%1 is the archive itself or one of its files (%2); writing there would destroy the archive, so choose another file</source>
        <translation>%1 就是档案本身或档案的附属文件（%2），写进去会毁掉档案，请另选文件</translation>
    </message>
    <message>
        <source>%1 is an SQLite database (an archive or a backup of one); kuaibao does not overwrite it, so choose another file</source>
        <translation>%1 是 SQLite 数据库（档案或档案的备份），快报编辑器不会覆盖它，请另选文件</translation>
    </message>
</context>
</TS>
