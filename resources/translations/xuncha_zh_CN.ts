<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AppController</name>
    <message>
        <source>Open workspace folder</source>
        <translation>打开工作区文件夹</translation>
    </message>
    <message numerus="yes">
        <source>The workspace was locked after %n minute(s) without activity.</source>
        <translation>
            <numerusform>因 %n 分钟内没有操作，工作区已自动锁定。</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify workspace</source>
        <translation>校验工作区</translation>
    </message>
    <message>
        <source>Verifying the workspace…</source>
        <translation>正在校验工作区…</translation>
    </message>
    <message numerus="yes">
        <source>The workspace is whole: database integrity, the audit trail and the change log all passed (%n change record(s) checked).</source>
        <translation>
            <numerusform>工作区完好：数据库完整性、审计日志和变更记录均通过校验（共检查变更记录 %n 条）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The check found %n problem(s). Keep a copy of this workspace and tell the inspection office.</source>
        <translation>
            <numerusform>校验发现 %n 个问题。请保留此工作区的副本，并告知巡察办。</numerusform>
        </translation>
    </message>
    <message>
        <source>Create the demo workspace</source>
        <translation>创建演示工作区</translation>
    </message>
    <message>
        <source>Making the demo workspace…</source>
        <translation>正在生成演示工作区…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>The new language takes effect the next time Xuncha starts.</source>
        <translation>新的界面语言将在下次启动巡察通时生效。</translation>
    </message>
    <message>
        <source>Idle lock</source>
        <translation>自动锁定</translation>
    </message>
    <message>
        <source>Lock the workspace after this many minutes without activity:</source>
        <translation>无操作多少分钟后自动锁定工作区：</translation>
    </message>
    <message>
        <source>About Xuncha</source>
        <translation>关于巡察通</translation>
    </message>
    <message>
        <source>Xuncha 0.1 — offline work of municipal party inspection teams and their office.
Data is encrypted at rest (SQLCipher); the program has no network code.</source>
        <translation>巡察通 0.1 —— 市委巡察组和巡察办的离线工作软件。
数据加密保存（SQLCipher），程序不含任何联网功能。</translation>
    </message>
</context>
<context>
    <name>CluesArea</name>
    <message>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未办结</translation>
    </message>
    <message>
        <source>Clue no.</source>
        <translation>线索编号</translation>
    </message>
    <message>
        <source>Clue</source>
        <translation>线索名称</translation>
    </message>
    <message>
        <source>Person reflected on</source>
        <translation>被反映人</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Cadre level</source>
        <translation>干部层级</translation>
    </message>
    <message>
        <source>Disciplines</source>
        <translation>涉及纪律</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Proposed receiver</source>
        <translation>拟移交单位</translation>
    </message>
    <message>
        <source>State</source>
        <translation>办理状态</translation>
    </message>
    <message>
        <source>Clues</source>
        <translation>问题线索</translation>
    </message>
    <message>
        <source>Clue level (C3): for the team leader, the clue officer and HQ&apos;s clue reviewers only. Every viewing of this list is recorded in the audit trail.</source>
        <translation>线索级（C3）：仅限组长、线索管理员和巡察办线索审核人员查阅。每次查看本清单都会记入审计日志。</translation>
    </message>
    <message>
        <source>No clues registered yet.</source>
        <translation>尚未登记问题线索。</translation>
    </message>
    <message numerus="yes">
        <source>%n clue(s)</source>
        <translation>
            <numerusform>共 %n 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>Something went wrong inside the program. Your saved data is not affected; unsaved input in the open dialog may be lost.

The details were written to:
%1</source>
        <translation>程序内部出现错误。已保存的数据不受影响；当前对话框中尚未保存的输入可能会丢失。

详细信息已写入：
%1</translation>
    </message>
</context>
<context>
    <name>CreateWorkspaceDialog</name>
    <message>
        <source>New workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <source>A workspace is a folder holding the encrypted database of one team (or of the inspection office). You become its first user and administer it.</source>
        <translation>工作区是一个文件夹，保存一个巡察组（或巡察办）的加密数据库。您将成为它的第一个用户，并负责管理。</translation>
    </message>
    <message>
        <source>Folder for the new workspace</source>
        <translation>新工作区所在文件夹</translation>
    </message>
    <message>
        <source>e.g. 张组长</source>
        <translation>例如：张组长</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Team number:</source>
        <translation>巡察组编号：</translation>
    </message>
    <message>
        <source>First user:</source>
        <translation>第一个用户：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>口令：</translation>
    </message>
    <message>
        <source>Repeat passphrase:</source>
        <translation>再次输入口令：</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>The first user administers the workspace; add the others later.</source>
        <translation>第一个用户负责管理工作区，其他用户可以之后再添加。</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>口令至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
    <message>
        <source>At least %1 characters; a short sentence mixing Chinese characters, letters and digits is best. Nobody can recover a forgotten passphrase.</source>
        <translation>口令至少 %1 个字符，最好是一句混合汉字、字母和数字的短句。口令一旦遗忘，任何人都无法找回。</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>正在创建…</translation>
    </message>
    <message>
        <source>Choose a folder for the workspace.</source>
        <translation>请选择工作区所在的文件夹。</translation>
    </message>
    <message>
        <source>Enter the name of the first user.</source>
        <translation>请输入第一个用户的姓名。</translation>
    </message>
</context>
<context>
    <name>DemoDialog</name>
    <message>
        <source>Create the demo workspace</source>
        <translation>创建演示工作区</translation>
    </message>
    <message>
        <source>The demo workspace holds a made-up round: units, findings, registers, clues and rectification tasks, with several demo users. It takes a little while to make; you can cancel at any time.</source>
        <translation>演示工作区包含一轮虚构的巡察：被巡察单位、问题、登记簿、问题线索和整改任务，以及若干演示用户。生成需要一点时间，可以随时取消。</translation>
    </message>
    <message>
        <source>Folder for the demo workspace</source>
        <translation>演示工作区所在文件夹</translation>
    </message>
    <message>
        <source>%1 (all four teams&apos; results)</source>
        <translation>%1（含四个巡察组的全部成果）</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>工作区：</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Choose a folder for the demo workspace.</source>
        <translation>请选择演示工作区所在的文件夹。</translation>
    </message>
    <message>
        <source>This folder is not empty. Choose an empty or new folder.</source>
        <translation>该文件夹不是空的。请选择一个空文件夹或新文件夹。</translation>
    </message>
</context>
<context>
    <name>FindingsArea</name>
    <message>
        <source>Findings</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>No findings have been recorded in this workspace yet.

Entering findings in the windows is not available in this version yet; open the demo workspace to see how the list looks with data.</source>
        <translation>本工作区还没有登记问题。

本版本尚不能在窗口中录入问题底稿；可打开演示工作区，看看有数据时的问题清单。</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>共 %n 个问题</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Inspected unit</source>
        <translation>被巡察单位</translation>
    </message>
    <message>
        <source>Category (level 1)</source>
        <translation>一级分类</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Amount (10k yuan)</source>
        <translation>涉及金额(万元)</translation>
    </message>
    <message>
        <source>Discovered on</source>
        <translation>发现时间</translation>
    </message>
</context>
<context>
    <name>FolderField</name>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>选择文件夹</translation>
    </message>
</context>
<context>
    <name>LockedPage</name>
    <message>
        <source>The workspace is locked</source>
        <translation>工作区已锁定</translation>
    </message>
    <message>
        <source>Its keys were removed from memory. Unlock it with your passphrase to go on.</source>
        <translation>密钥已从内存中清除。请输入口令解锁后继续工作。</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>解锁…</translation>
    </message>
    <message>
        <source>Close workspace</source>
        <translation>关闭工作区</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Xuncha</source>
        <translation>巡察通</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>新建工作区(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <source>Create the &amp;demo workspace…</source>
        <translation>创建演示工作区(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Close workspace</source>
        <translation>关闭工作区(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Verify workspace…</source>
        <translation>校验工作区(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>立即锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Lock the workspace now (Ctrl+L)</source>
        <translation>立即锁定工作区（Ctrl+L）</translation>
    </message>
    <message>
        <source>&amp;Idle lock after…</source>
        <translation>自动锁定时间(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;About Xuncha</source>
        <translation>关于巡察通(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>工作区(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>界面语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>未打开工作区</translation>
    </message>
    <message>
        <source> · team %1</source>
        <translation> · 第%1组</translation>
    </message>
    <message>
        <source> · demo data</source>
        <translation> · 演示数据</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>用户：%1（%2）</translation>
    </message>
    <message>
        <source>Xuncha — %1</source>
        <translation>巡察通 — %1</translation>
    </message>
    <message>
        <source>Locked · %1</source>
        <translation>已锁定 · %1</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The passphrase is not correct.</source>
        <translation>口令不正确。</translation>
    </message>
    <message>
        <source>There is no user named “{user}” in this workspace.</source>
        <translation>本工作区没有名为“{user}”的用户。</translation>
    </message>
    <message>
        <source>The workspace is locked. Unlock it to go on.</source>
        <translation>工作区已锁定，请解锁后继续。</translation>
    </message>
    <message>
        <source>Your role ({role}) may not do this.</source>
        <translation>您的角色（{role}）无权进行此操作。</translation>
    </message>
    <message>
        <source>“{path}” is not a Xuncha workspace.</source>
        <translation>“{path}”不是巡察通工作区。</translation>
    </message>
    <message>
        <source>“{path}” already exists and is not empty. Choose an empty or new folder.</source>
        <translation>“{path}”已存在且不是空文件夹。请选择一个空文件夹或新文件夹。</translation>
    </message>
    <message>
        <source>The workspace in “{path}” is damaged or was replaced and cannot be opened.</source>
        <translation>“{path}”中的工作区已损坏或被替换，无法打开。</translation>
    </message>
    <message>
        <source>This workspace was written by a newer version of Xuncha. Please update the program.</source>
        <translation>此工作区由更新版本的巡察通写入，请先升级程序。</translation>
    </message>
    <message>
        <source>The input was not accepted.</source>
        <translation>输入的内容未被接受。</translation>
    </message>
    <message>
        <source>The check found problems.</source>
        <translation>校验发现问题。</translation>
    </message>
    <message>
        <source>Someone changed this record after you opened it. Reload it and make your change again.</source>
        <translation>您打开此记录后，它已被他人修改。请重新加载后再修改。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The passphrase needs at least {minimum} characters.</source>
        <translation>口令至少需要 {minimum} 个字符。</translation>
    </message>
    <message>
        <source>This passphrase cannot be used. Choose another one.</source>
        <translation>不能使用这个口令，请另选一个。</translation>
    </message>
    <message>
        <source>A user named “{user}” already exists.</source>
        <translation>已有名为“{user}”的用户。</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>A team workspace needs its team number.</source>
        <translation>巡察组工作区需要填写巡察组编号。</translation>
    </message>
    <message>
        <source>This role cannot be chosen here.</source>
        <translation>此处不能选择这个角色。</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>team number</source>
        <translation>巡察组编号</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Audit entry #{seq} was altered.</source>
        <translation>审计记录 #{seq} 被改动。</translation>
    </message>
    <message>
        <source>Audit entry #{seq} is missing (the next one is #{next}).</source>
        <translation>审计记录 #{seq} 缺失（下一条为 #{next}）。</translation>
    </message>
    <message>
        <source>Audit entry #{seq} does not link to the entry before it.</source>
        <translation>审计记录 #{seq} 与前一条记录衔接不上。</translation>
    </message>
    <message>
        <source>The append-only guard {name} is missing.</source>
        <translation>只追加保护触发器 {name} 缺失。</translation>
    </message>
    <message>
        <source>The {log_label} sequence breaks at #{expected} (found #{found}).</source>
        <translation>{log_label}序号在 #{expected} 处断开（实为 #{found}）。</translation>
    </message>
    <message>
        <source>{count} change(s) in the {log_label} have no audit entry; the first is {first}.</source>
        <translation>{log_label}中有 {count} 条变更没有对应的审计记录，第一条为 {first}。</translation>
    </message>
    <message>
        <source>Database integrity ({schema_label}): {detail}</source>
        <translation>数据库完整性（{schema_label}）：{detail}</translation>
    </message>
    <message>
        <source>change log</source>
        <translation>变更日志</translation>
    </message>
    <message>
        <source>clue change log</source>
        <translation>线索变更日志</translation>
    </message>
    <message>
        <source>main database</source>
        <translation>主库</translation>
    </message>
    <message>
        <source>clue database</source>
        <translation>线索库</translation>
    </message>
    <message>
        <source>Device {device}: {text}</source>
        <translation>设备 {device}：{text}</translation>
    </message>
    <message>
        <source>The operation could not be completed (error code {code}).</source>
        <translation>操作未能完成（错误代码：{code}）。</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>第 {row} 行</translation>
    </message>
    <message>
        <source>column “{column}”</source>
        <translation>“{column}”列</translation>
    </message>
    <message>
        <source>field “{field}”</source>
        <translation>“{field}”一项</translation>
    </message>
    <message>
        <source>Where: {where}</source>
        <translation>位置：{where}</translation>
    </message>
    <message>
        <source>Xuncha</source>
        <translation>巡察通</translation>
    </message>
</context>
<context>
    <name>PackagesArea</name>
    <message>
        <source>Packages</source>
        <translation>数据包</translation>
    </message>
    <message>
        <source>Package exchange with HQ is not available in this version yet.

A later version will export this workspace&apos;s changes as a signed, encrypted package for a USB stick, and import HQ&apos;s packages. Until then nothing leaves this computer.</source>
        <translation>本版本尚不支持与巡察办交换数据包。

以后的版本将把本工作区的变更导出为经过签名和加密的数据包（可用U盘携带），并导入巡察办下发的数据包。在此之前，数据不会离开这台计算机。</translation>
    </message>
</context>
<context>
    <name>RectificationArea</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Finding code</source>
        <translation>问题编号</translation>
    </message>
    <message>
        <source>Inspected unit</source>
        <translation>被巡察单位</translation>
    </message>
    <message>
        <source>Problem fed back</source>
        <translation>反馈问题</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>整改类型</translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>整改</translation>
    </message>
    <message>
        <source>No rectification tasks yet.

The rectification ledger fills once findings have been fed back to the inspected units.</source>
        <translation>还没有整改任务。

问题反馈给被巡察单位后，整改台账会在这里逐项列出。</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>共 %n 项整改任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not finished</source>
        <translation>
            <numerusform>，其中 %n 项未完成</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegistersArea</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Inspected unit</source>
        <translation>被巡察单位</translation>
    </message>
    <message>
        <source>Interviewee</source>
        <translation>谈话对象</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>谈话时间</translation>
    </message>
    <message>
        <source>Signed by interviewee</source>
        <translation>本人签字</translation>
    </message>
    <message>
        <source>Petition no.</source>
        <translation>信访编号</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <source>Unit reflected on</source>
        <translation>被反映单位</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>主要内容</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Materials requested</source>
        <translation>调阅内容</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>调阅时间</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Signed by leader</source>
        <translation>组长签批</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>走访地点</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>走访结果</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>登记簿</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>个别谈话</translation>
    </message>
    <message>
        <source>No interviews registered yet.</source>
        <translation>尚未登记个别谈话。</translation>
    </message>
    <message>
        <source>Petitions</source>
        <translation>信访件</translation>
    </message>
    <message>
        <source>No petitions registered yet.</source>
        <translation>尚未登记信访件。</translation>
    </message>
    <message>
        <source>Document requests</source>
        <translation>调阅资料</translation>
    </message>
    <message>
        <source>No document requests registered yet.</source>
        <translation>尚未登记调阅资料。</translation>
    </message>
    <message>
        <source>Field visits</source>
        <translation>下沉走访</translation>
    </message>
    <message>
        <source>No field visits registered yet.</source>
        <translation>尚未登记下沉走访。</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) in the four registers</source>
        <translation>
            <numerusform>四本登记簿共 %n 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatisticsArea</name>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Units inspected</source>
        <translation>被巡察单位</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>Amount involved (10k yuan)</source>
        <translation>涉及金额（万元）</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>个别谈话</translation>
    </message>
    <message>
        <source>Petitions</source>
        <translation>信访件</translation>
    </message>
    <message>
        <source>Document requests</source>
        <translation>调阅资料</translation>
    </message>
    <message>
        <source>Field visits</source>
        <translation>下沉走访</translation>
    </message>
    <message>
        <source>Rectification tasks</source>
        <translation>整改任务</translation>
    </message>
    <message>
        <source>Clues</source>
        <translation>问题线索</translation>
    </message>
    <message>
        <source>Findings by status</source>
        <translation>问题办理状态</translation>
    </message>
    <message>
        <source>Live records only; deleted ones are not counted.</source>
        <translation>只统计有效记录，已删除的不计入。</translation>
    </message>
    <message>
        <source>Units inspected: %1; problems found: %2; clues: %3.</source>
        <translation>对%1个单位开展巡察，发现问题%2个，问题线索%3条。</translation>
    </message>
    <message>
        <source>Units inspected: %1; problems found: %2.</source>
        <translation>对%1个单位开展巡察，发现问题%2个。</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Checking the database files…</source>
        <translation>正在检查数据库文件…</translation>
    </message>
    <message>
        <source>Checking the audit trail…</source>
        <translation>正在检查审计日志…</translation>
    </message>
    <message>
        <source>Checking the change log…</source>
        <translation>正在检查变更记录…</translation>
    </message>
    <message>
        <source>Checking the clue compartment…</source>
        <translation>正在检查问题线索库…</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>即将完成…</translation>
    </message>
    <message>
        <source>Creating the encrypted workspace…</source>
        <translation>正在创建加密工作区…</translation>
    </message>
    <message>
        <source>Installing the problem categories…</source>
        <translation>正在安装问题分类…</translation>
    </message>
    <message>
        <source>Writing the inspected units…</source>
        <translation>正在写入被巡察单位…</translation>
    </message>
    <message>
        <source>Writing the round…</source>
        <translation>正在写入巡察轮次…</translation>
    </message>
    <message>
        <source>Writing the teams…</source>
        <translation>正在写入巡察组…</translation>
    </message>
    <message>
        <source>Writing the assignments…</source>
        <translation>正在写入巡察任务…</translation>
    </message>
    <message>
        <source>Writing the registers…</source>
        <translation>正在写入登记簿…</translation>
    </message>
    <message>
        <source>Writing the findings…</source>
        <translation>正在写入问题…</translation>
    </message>
    <message>
        <source>Storing the evidence files…</source>
        <translation>正在保存佐证材料…</translation>
    </message>
    <message>
        <source>Writing the rectification ledger…</source>
        <translation>正在写入整改台账…</translation>
    </message>
    <message>
        <source>Writing the clues…</source>
        <translation>正在写入问题线索…</translation>
    </message>
    <message>
        <source>Adding the demo users…</source>
        <translation>正在添加演示用户…</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>This is a demo workspace. Passphrase for every demo user: %1</source>
        <translation>这是演示工作区，所有演示用户的口令均为：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Users: %1</source>
        <translation>演示用户：%1</translation>
    </message>
    <message>
        <source>Unlock workspace</source>
        <translation>解锁工作区</translation>
    </message>
    <message>
        <source>Empty: the workspace&apos;s default user</source>
        <translation>留空则使用默认用户</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>工作区：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>口令：</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>正在解锁…</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>请输入口令。</translation>
    </message>
    <message>
        <source>The passphrase is not correct. Please try again (failed attempts: %1).</source>
        <translation>口令不正确，请重新输入（已失败 %1 次）。</translation>
    </message>
    <message>
        <source>There is no user named “%1” in this workspace.</source>
        <translation>本工作区没有名为“%1”的用户。</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Xuncha</source>
        <translation>巡察通</translation>
    </message>
    <message>
        <source>Offline work of an inspection team: findings, registers, clues and rectification. Everything is encrypted on this computer; nothing goes over a network.</source>
        <translation>巡察工作离线平台：问题底稿、登记簿、问题线索和整改台账。所有数据加密保存在本机，不经过任何网络。</translation>
    </message>
    <message>
        <source>New workspace…</source>
        <translation>新建工作区…</translation>
    </message>
    <message>
        <source>Start a team&apos;s or the office&apos;s encrypted workspace</source>
        <translation>为巡察组或巡察办建立加密工作区</translation>
    </message>
    <message>
        <source>Open workspace…</source>
        <translation>打开工作区…</translation>
    </message>
    <message>
        <source>Choose a workspace folder on this computer or a USB disk</source>
        <translation>选择本机或U盘上的工作区文件夹</translation>
    </message>
    <message>
        <source>Create the demo workspace…</source>
        <translation>创建演示工作区…</translation>
    </message>
    <message>
        <source>Made-up data to try the program out</source>
        <translation>用虚构数据试用本程序</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>最近打开的工作区</translation>
    </message>
    <message>
        <source>Workspaces you open appear here.</source>
        <translation>打开过的工作区会显示在这里。</translation>
    </message>
    <message>
        <source>Open selected</source>
        <translation>打开所选</translation>
    </message>
    <message>
        <source>(not found)</source>
        <translation>（未找到）</translation>
    </message>
</context>
<context>
    <name>WorkspaceView</name>
    <message>
        <source>Findings</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>登记簿</translation>
    </message>
    <message>
        <source>Clues</source>
        <translation>问题线索</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>整改</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>数据包</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Demo data — every name, unit and figure in this workspace is made up, for trying the program out. Do not enter real cases here.</source>
        <translation>演示数据 —— 本工作区中的人名、单位和数字均为虚构，仅供试用，请勿录入真实案件。</translation>
    </message>
</context>
</TS>
