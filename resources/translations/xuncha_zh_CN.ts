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
    <name>CategoryDialog</name>
    <message>
        <source>Choose the problem category</source>
        <translation>选择问题类别</translation>
    </message>
    <message>
        <source>Search by name or code, e.g. 三资, 公车, B4</source>
        <translation>按名称或编号搜索，如 三资、公车、B4</translation>
    </message>
    <message>
        <source>No category matches the search.</source>
        <translation>没有与搜索内容相符的类别。</translation>
    </message>
</context>
<context>
    <name>CategoryPicker</name>
    <message>
        <source>Not chosen</source>
        <translation>未选择</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
</context>
<context>
    <name>ClueDialog</name>
    <message>
        <source>Clue %1</source>
        <translation>问题线索 %1</translation>
    </message>
    <message>
        <source>New clue</source>
        <translation>新建问题线索</translation>
    </message>
    <message>
        <source>Clue level (C3). Opening this clue was recorded in the audit trail.</source>
        <translation>问题线索（C3 级）。本次查看已记入审计日志。</translation>
    </message>
    <message>
        <source>Clue level (C3): only the team leader, the clue officer and HQ&apos;s clue reviewers can see what you enter here.</source>
        <translation>问题线索（C3 级）：此处填写的内容仅组长、线索管理员和巡察办线索审核人员可见。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Delete clue…</source>
        <translation>删除线索…</translation>
    </message>
    <message>
        <source>— choose the inspected unit —</source>
        <translation>— 请选择被巡察单位 —</translation>
    </message>
    <message>
        <source>The clue has been dealt with (已办结)</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>e.g. 2026-03-05</source>
        <translation>如 2026-03-05</translation>
    </message>
    <message>
        <source>Linked findings and registers</source>
        <translation>关联的问题底稿和登记记录</translation>
    </message>
    <message>
        <source>Link a finding…</source>
        <translation>关联问题底稿…</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>取消关联</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>问题底稿</translation>
    </message>
    <message>
        <source>Petition</source>
        <translation>信访件</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>个别谈话</translation>
    </message>
    <message>
        <source>The finding this clue comes from is linked when you save it; link more findings after saving.</source>
        <translation>保存时将自动关联来源问题底稿；保存后可再关联其他问题。</translation>
    </message>
    <message>
        <source>Save the clue first, then link it to findings.</source>
        <translation>请先保存线索，再关联问题底稿。</translation>
    </message>
    <message>
        <source>Not linked to any finding yet.</source>
        <translation>尚未关联任何问题底稿。</translation>
    </message>
    <message>
        <source>Delete clue</source>
        <translation>删除问题线索</translation>
    </message>
    <message>
        <source>Why is this clue deleted? The reason is kept with it.</source>
        <translation>为什么删除这条线索？删除原因将随记录保存。</translation>
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
        <source>Inspected unit</source>
        <translation>被巡察单位</translation>
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
        <source>Disposal</source>
        <translation>处置方式</translation>
    </message>
    <message>
        <source>Feedback due</source>
        <translation>反馈期限</translation>
    </message>
    <message>
        <source>New clue…</source>
        <translation>新建线索…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Clue level (C3): for the team leader, the clue officer and HQ&apos;s clue reviewers only. Every viewing of this list and of each clue is recorded in the audit trail.</source>
        <translation>问题线索（C3 级）：仅限组长、线索管理员和巡察办线索审核人员。每次查看本列表和每条线索都会记入审计日志。</translation>
    </message>
    <message>
        <source>No clues registered yet. Use “New clue…” to register one, or register one from a finding a member passed on to you.</source>
        <translation>尚未登记问题线索。可点击“新建线索…”登记，或从组员提请研判的问题底稿登记。</translation>
    </message>
    <message>
        <source>No finding is waiting. When a member marks a finding as a possible clue, it appears here until you register a clue from it or decide there is none.</source>
        <translation>暂无待研判的问题。组员将问题底稿提请线索研判后，会显示在这里，直到您据此登记线索或认定其中没有线索。</translation>
    </message>
    <message>
        <source>Register a clue from it…</source>
        <translation>据此登记线索…</translation>
    </message>
    <message>
        <source>No clue in it</source>
        <translation>认定无线索</translation>
    </message>
    <message>
        <source>Findings members marked as possible clues. They see only that they passed a finding on, never what became of it.</source>
        <translation>组员提请研判的问题底稿。提请人只知道已提请，不会看到处理结果。</translation>
    </message>
    <message>
        <source>Passed on by members</source>
        <translation>组员提请研判</translation>
    </message>
    <message>
        <source>Passed on by members (%1)</source>
        <translation>组员提请研判（%1）</translation>
    </message>
    <message>
        <source>Delete clue</source>
        <translation>删除问题线索</translation>
    </message>
    <message>
        <source>Why is clue %1 deleted? The reason is kept with it.</source>
        <translation>为什么删除线索 %1？删除原因将随记录保存。</translation>
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
        <source>State</source>
        <translation>办理状态</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>关联问题</translation>
    </message>
    <message>
        <source>Finding no.</source>
        <translation>问题编号</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>问题标题</translation>
    </message>
    <message>
        <source>Passed on by</source>
        <translation>提请人</translation>
    </message>
    <message>
        <source>Passed on at</source>
        <translation>提请时间</translation>
    </message>
    <message>
        <source>Clues</source>
        <translation>问题线索</translation>
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
    <name>DateField</name>
    <message>
        <source>e.g. 2026-03-05</source>
        <translation>如 2026-03-05</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>从日历中选择日期</translation>
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
    <name>DocumentRequestDialog</name>
    <message>
        <source>The team leader signed the request</source>
        <translation>组长已签字</translation>
    </message>
    <message>
        <source>Mark selected as returned today</source>
        <translation>所选资料今天已归还</translation>
    </message>
    <message>
        <source>Items requested (dates as 2026-09-03)</source>
        <translation>调阅资料清单（日期格式如 2026-09-03）</translation>
    </message>
    <message>
        <source>(nobody named)</source>
        <translation>（未指定）</translation>
    </message>
    <message>
        <source>New document request</source>
        <translation>新建调阅资料</translation>
    </message>
    <message>
        <source>Document request %1</source>
        <translation>调阅资料 %1</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Word 文档</translation>
    </message>
    <message>
        <source>Spreadsheet</source>
        <translation>电子表格</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>演示文稿</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>压缩包</translation>
    </message>
    <message>
        <source>Other file</source>
        <translation>其他文件</translation>
    </message>
</context>
<context>
    <name>EvidenceDetailsDialog</name>
    <message>
        <source>Evidence %1</source>
        <translation>佐证材料 %1</translation>
    </message>
    <message>
        <source>e.g. the unit&apos;s finance office</source>
        <translation>如：被巡察单位财务科</translation>
    </message>
    <message>
        <source>Enter a date</source>
        <translation>填写日期</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Attach files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>View</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>另存副本…</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation>编辑信息…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Save first to attach evidence.</source>
        <translation>请先保存，再添加佐证材料。</translation>
    </message>
    <message>
        <source>No evidence is attached.</source>
        <translation>没有佐证材料。</translation>
    </message>
    <message>
        <source>No evidence yet.

Drag photos, PDF files or Office documents here, or click “Attach files…”.
They are stored encrypted inside the workspace.</source>
        <translation>尚无佐证材料。

把照片、PDF 文件或 Office 文档拖到这里，或点击“添加文件…”。
文件将加密保存在工作区内。</translation>
    </message>
    <message>
        <source>Drop files on this list to attach them. Double-click to view.</source>
        <translation>把文件拖到列表上即可添加；双击查看。</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>添加佐证材料</translation>
    </message>
    <message numerus="yes">
        <source>Attaching %n file(s)…</source>
        <translation>
            <numerusform>正在添加 %n 个文件…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was attached.</source>
        <translation>已取消，未添加任何文件。</translation>
    </message>
    <message>
        <source>Attached %1.</source>
        <translation>已添加 %1。</translation>
    </message>
    <message>
        <source>Same content as an earlier file: %1.</source>
        <translation>与已有文件内容相同：%1。</translation>
    </message>
    <message>
        <source>View evidence</source>
        <translation>查看佐证材料</translation>
    </message>
    <message>
        <source>Decrypting the file…</source>
        <translation>正在解密文件…</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <source>Writing the copy…</source>
        <translation>正在写出副本…</translation>
    </message>
    <message>
        <source>Saved a plaintext copy of %1 to “%2”.</source>
        <translation>已将 %1 的明文副本保存到“%2”。</translation>
    </message>
    <message>
        <source>The copy was not saved.</source>
        <translation>已取消，未保存副本。</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>已删除 %1。</translation>
    </message>
    <message>
        <source>Evidence files (*.jpg *.jpeg *.png *.gif *.bmp *.tif *.tiff *.webp *.heic *.pdf *.doc *.docx *.xls *.xlsx *.ppt *.pptx *.wps *.et *.dps *.ofd *.txt *.rtf *.zip *.rar *.7z);;All files (*)</source>
        <translation>佐证材料文件 (*.jpg *.jpeg *.png *.gif *.bmp *.tif *.tiff *.webp *.heic *.pdf *.doc *.docx *.xls *.xlsx *.ppt *.pptx *.wps *.et *.dps *.ofd *.txt *.rtf *.zip *.rar *.7z);;所有文件 (*)</translation>
    </message>
    <message>
        <source>“%1” cannot be shown inside the program. Save a copy to open it with another program?</source>
        <translation>本程序无法直接显示“%1”。是否另存副本，用其他程序打开？</translation>
    </message>
    <message>
        <source>“%1” is too large to be shown inside the program (%2; at most %3). Save a copy to open it with another program.</source>
        <translation>“%1”太大，无法在本程序内显示（%2，上限 %3）。请另存副本，用其他程序打开。</translation>
    </message>
    <message>
        <source>Save a plaintext copy</source>
        <translation>另存明文副本</translation>
    </message>
    <message>
        <source>The copy of %1 will NOT be encrypted: anyone who gets the file can read it.

Save it only where it must go, keep it safe, and delete it when it is no longer needed. Saving a copy is recorded in the audit trail.</source>
        <translation>%1 的副本不加密：任何拿到该文件的人都能读取。

请只保存到确需的位置，妥善保管，用完即删。另存副本会记入审计日志。</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>选择保存位置…</translation>
    </message>
    <message>
        <source>Save a copy of %1</source>
        <translation>另存 %1 的副本</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>删除佐证材料</translation>
    </message>
    <message>
        <source>Why is %1 “%2” being removed?
The reason is kept in the history; the number is not reused.</source>
        <translation>为什么删除 %1“%2”？
删除原因将保留在记录中；该编号不再使用。</translation>
    </message>
</context>
<context>
    <name>EvidenceTable</name>
    <message>
        <source>File kind</source>
        <translation>文件类型与大小</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <source>Actual size</source>
        <translation>实际大小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>另存副本…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 像素</translation>
    </message>
    <message>
        <source>This file cannot be shown inside the program (it may be damaged, protected by a password, or in a format the viewer does not read).
Save a copy to open it with another program.</source>
        <translation>本程序无法显示此文件（文件可能已损坏、设有密码，或格式不受支持）。
请另存副本，用其他程序打开。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>ExcelExportDialog</name>
    <message>
        <source>Findings ledger</source>
        <translation>巡察发现问题清单</translation>
    </message>
    <message>
        <source>Rectification ledger</source>
        <translation>巡察反馈问题整改台账</translation>
    </message>
    <message>
        <source>Statistics summary</source>
        <translation>巡察工作统计汇总</translation>
    </message>
    <message>
        <source>Clue handover list (clue level)</source>
        <translation>巡察问题线索移交清单（线索级）</translation>
    </message>
    <message>
        <source>Inspected units</source>
        <translation>被巡察单位名单</translation>
    </message>
    <message>
        <source>Problem categories</source>
        <translation>问题分类</translation>
    </message>
    <message>
        <source>Writing rows: %1 of %2</source>
        <translation>正在写入：第 %1 条，共 %2 条</translation>
    </message>
    <message>
        <source>Saving the file…</source>
        <translation>正在保存文件…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Save a blank Excel template</source>
        <translation>保存空白 Excel 模板</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <source>A blank sheet with the official headers, drop-down lists and a hint on every header. Headers may be renamed: a hidden sheet tells the import what each column holds.</source>
        <translation>空白表格，带官方表头、下拉选项，每个表头都有填写提示。表头可以改名：隐藏的工作表记录了每列的含义，导入时据此识别。</translation>
    </message>
    <message>
        <source>The file holds the data in plain text, in the office&apos;s official layout. Every page carries the classification marking and your name, and the export is recorded in the audit log. Keep the file as the confidentiality rules require.</source>
        <translation>导出的文件按巡察办的官方格式保存数据，为明文。每页都带有密级标识和您的姓名，本次导出会记入审计日志。请按保密规定保管该文件。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Clue level: only the team leader, the clue officer and the office&apos;s clue reviewers may hold this file.</source>
        <translation>线索级：只有组长、线索管理员和巡察办线索审核人员可以持有此文件。</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>保存为：</translation>
    </message>
    <message>
        <source>Marking:</source>
        <translation>密级标识：</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>保存模板</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开所在文件夹</translation>
    </message>
    <message>
        <source>Save the Excel file as</source>
        <translation>将 Excel 文件保存为</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>请选择文件的保存位置。</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it?</source>
        <translation>“%1”已存在。要替换它吗？</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The template was saved:
%1</source>
        <translation>模板已保存：
%1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to:</source>
        <translation>
            <numerusform>已导出 %n 条记录到：</numerusform>
        </translation>
    </message>
    <message>
        <source>Marked “%1”; the export was recorded in the audit log.</source>
        <translation>已标注“%1”；本次导出已记入审计日志。</translation>
    </message>
    <message>
        <source>Stopped. No file was written.</source>
        <translation>已停止，未写入任何文件。</translation>
    </message>
</context>
<context>
    <name>ExcelImportDialog</name>
    <message>
        <source>Recognise from the headers</source>
        <translation>按表头自动识别</translation>
    </message>
    <message>
        <source>Findings ledger</source>
        <translation>巡察发现问题清单</translation>
    </message>
    <message>
        <source>Rectification ledger</source>
        <translation>整改台账</translation>
    </message>
    <message>
        <source>Inspected units</source>
        <translation>被巡察单位名单</translation>
    </message>
    <message>
        <source>Problem categories</source>
        <translation>问题分类</translation>
    </message>
    <message>
        <source>Clue list (clue level)</source>
        <translation>问题线索清单（线索密级）</translation>
    </message>
    <message>
        <source>Sheet “%sheet”: %count hidden row(s) were read as usual.</source>
        <translation>工作表“%sheet”有 %count 个隐藏行，已照常读取。</translation>
    </message>
    <message>
        <source>Sheet “%sheet”: too many empty rows from row %row; nothing after them was read.</source>
        <translation>工作表“%sheet”自第 %row 行起连续空行过多，其后内容未读取。</translation>
    </message>
    <message>
        <source>Sheet “%sheet”: %count total row(s) skipped.</source>
        <translation>工作表“%sheet”有 %count 个合计行，已跳过。</translation>
    </message>
    <message>
        <source>Sheet “%sheet”: column %column “%header” is not recognised and was ignored.</source>
        <translation>工作表“%sheet”的 %column 列“%header”无法识别，已忽略。</translation>
    </message>
    <message>
        <source>Sheet “%sheet”: column %column “%header” repeats an earlier column and was ignored.</source>
        <translation>工作表“%sheet”的 %column 列“%header”与前面的列重复，已忽略。</translation>
    </message>
    <message>
        <source>Sheet “%sheet”: column %column “%header” is written by exports and not read back.</source>
        <translation>工作表“%sheet”的 %column 列“%header”仅用于导出，导入时不读取。</translation>
    </message>
    <message>
        <source>Sheet “%sheet” lacks required columns: %headers.</source>
        <translation>工作表“%sheet”缺少必填列：%headers。</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>巡察轮次</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>巡察组</translation>
    </message>
    <message>
        <source>Inspected unit</source>
        <translation>被巡察单位</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>巡察任务</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空白</translation>
    </message>
    <message>
        <source>its headers are not a ledger&apos;s</source>
        <translation>表头不是可识别的台账</translation>
    </message>
    <message>
        <source>another kind of ledger</source>
        <translation>另一种台账</translation>
    </message>
    <message>
        <source>Import from Excel</source>
        <translation>从 Excel 导入</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx, .xlsm) or a .csv file</source>
        <translation>Excel 工作簿（.xlsx、.xlsm）或 .csv 文件</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Read and check</source>
        <translation>读取并检查</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Choose a ledger file, then read it. Nothing is written until you press Import; a file with a rejected row is never imported in part.</source>
        <translation>请选择台账文件并读取。按“导入”之前不会写入任何内容；有任何一行未通过检查的文件不会被部分导入。</translation>
    </message>
    <message>
        <source>Also create the rounds, teams and units this workspace lacks</source>
        <translation>同时新建本工作区中没有的巡察轮次、巡察组和被巡察单位</translation>
    </message>
    <message>
        <source>Save the row report as Excel…</source>
        <translation>将问题报告另存为 Excel…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Choose a ledger</source>
        <translation>选择台账文件</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx *.xlsm *.csv);;All files (*)</source>
        <translation>Excel 工作簿 (*.xlsx *.xlsm *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>请先选择文件。</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Reading stopped; nothing was read.</source>
        <translation>已停止读取，未读取任何内容。</translation>
    </message>
    <message>
        <source>Reading rows: %1</source>
        <translation>正在读取：第 %1 行</translation>
    </message>
    <message>
        <source>Checking %1 rows…</source>
        <translation>正在检查 %1 行…</translation>
    </message>
    <message>
        <source>Writing: %1</source>
        <translation>正在写入：%1</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>%1 · sheet(s): %2</source>
        <translation>%1 · 工作表：%2</translation>
    </message>
    <message>
        <source>To add: %1 · To update: %2 · Unchanged, skipped: %3 · Rejected: %4</source>
        <translation>新增：%1 · 更新：%2 · 无变化（跳过）：%3 · 未通过：%4</translation>
    </message>
    <message>
        <source>%1 row(s) name a round, team or unit this workspace lacks: tick the box below to create them with the import.</source>
        <translation>有 %1 行涉及本工作区中没有的巡察轮次、巡察组或被巡察单位；勾选下方选项可在导入时一并新建。</translation>
    </message>
    <message>
        <source>Rows were rejected, so nothing can be imported. Correct them in the file (save the row report to see them marked) and read it again.</source>
        <translation>有行未通过检查，不能导入。请在文件中改正（另存问题报告可看到标出的单元格）后重新读取。</translation>
    </message>
    <message>
        <source>Everything in this file is already in the workspace; importing changes nothing.</source>
        <translation>文件中的内容都已在工作区中，导入不会改变任何内容。</translation>
    </message>
    <message>
        <source>Also create what this workspace lacks: %1</source>
        <translation>同时新建本工作区中没有的：%1</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>表头</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>单元格的值</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>问题（%1）</translation>
    </message>
    <message>
        <source>To add (%1)</source>
        <translation>新增（%1）</translation>
    </message>
    <message>
        <source>To update (%1)</source>
        <translation>更新（%1）</translation>
    </message>
    <message>
        <source>Unchanged (%1)</source>
        <translation>无变化（%1）</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Fields changed</source>
        <translation>改动的字段</translation>
    </message>
    <message>
        <source>What</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Will be created (%1)</source>
        <translation>将新建（%1）</translation>
    </message>
    <message>
        <source>Missing (%1)</source>
        <translation>工作区中没有（%1）</translation>
    </message>
    <message>
        <source>Sheet “%1” skipped: %2</source>
        <translation>已跳过工作表“%1”：%2</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <translation>说明（%1）</translation>
    </message>
    <message>
        <source>Save the row report</source>
        <translation>保存问题报告</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Row report saved: %1</source>
        <translation>问题报告已保存：%1</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Import stopped; nothing was written.</source>
        <translation>已停止导入，未写入任何内容。</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 updated, %3 unchanged; %4 created.</source>
        <translation>已导入：新增 %1 行，更新 %2 行，无变化 %3 行；新建 %4 个。</translation>
    </message>
</context>
<context>
    <name>FieldVisitDialog</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>e.g. a village group, a project site</source>
        <translation>如：某村三组、项目工地</translation>
    </message>
    <message>
        <source>New field visit</source>
        <translation>新建下沉走访</translation>
    </message>
    <message>
        <source>Field visit %1</source>
        <translation>下沉走访 %1</translation>
    </message>
</context>
<context>
    <name>FindingEditor</name>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>History</source>
        <translation>审核记录</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Refer to the clue officer…</source>
        <translation>提请线索管理员研判…</translation>
    </message>
    <message>
        <source>New working paper</source>
        <translation>新建问题底稿</translation>
    </message>
    <message>
        <source>Passes this working paper to the clue officer, who decides whether it holds a clue. Nothing about the clue is written here.</source>
        <translation>将此问题底稿提交线索管理员，由其研判是否构成问题线索。此处不记录任何线索内容。</translation>
    </message>
    <message>
        <source>Last passed to the clue officer on %1.</source>
        <translation>已于 %1 提请线索管理员研判。</translation>
    </message>
    <message>
        <source>Refer to the clue officer</source>
        <translation>提请线索管理员研判</translation>
    </message>
    <message>
        <source>Pass this working paper to the clue officer for a decision on a possible clue?

Only the paper&apos;s number is passed on; put what you know in the paper itself.</source>
        <translation>是否将此问题底稿提请线索管理员研判是否构成问题线索？

只提交底稿编号；您掌握的情况请写在底稿中。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <source>This working paper has unsaved changes. Save them?</source>
        <translation>此问题底稿有未保存的修改，是否保存？</translation>
    </message>
</context>
<context>
    <name>FindingFilterBar</name>
    <message>
        <source>Search title, description, legal basis, persons…</source>
        <translation>搜索标题、问题表现、定性依据、涉及人员…</translation>
    </message>
    <message>
        <source>Words separated by spaces must all appear (in the title, description, legal basis or persons involved); one or two characters are enough. Ctrl+F comes here.</source>
        <translation>以空格分隔的检索词须全部出现（在标题、问题表现、定性依据或涉及人员中）；一两个字也可检索。按 Ctrl+F 可跳到此处。</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部分类</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>全部层级</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <source>More filters ({count})…</source>
        <translation>更多筛选（{count}）…</translation>
    </message>
    <message>
        <source>More filters…</source>
        <translation>更多筛选…</translation>
    </message>
</context>
<context>
    <name>FindingForm</name>
    <message>
        <source>Choose the inspected unit</source>
        <translation>请选择被巡察单位</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>（未填）</translation>
    </message>
    <message>
        <source>in 10,000 yuan, e.g. 12.5</source>
        <translation>单位：万元，如 12.5</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Time, place, persons, what happened, amounts: the facts as found.</source>
        <translation>写明时间、地点、人物、事件、金额等查实的事实。</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>定性与责任</translation>
    </message>
    <message>
        <source>The regulation and article, e.g. 《中国共产党纪律处分条例》第X条</source>
        <translation>写明法规及条款，如《中国共产党纪律处分条例》第X条</translation>
    </message>
    <message>
        <source>Principal, first-responsible, leadership, direct and supervisory responsibility, with names</source>
        <translation>主体责任、第一责任人责任、领导责任、直接责任、监督责任，写明责任人</translation>
    </message>
    <message>
        <source>The wording sent to the unit at feedback (原汁原味)</source>
        <translation>反馈时向被巡察单位通报的问题表述（原汁原味）</translation>
    </message>
    <message>
        <source>Tags, persons, sources</source>
        <translation>标签、人员与来源</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Came from</source>
        <translation>来源记录</translation>
    </message>
</context>
<context>
    <name>FindingPickDialog</name>
    <message>
        <source>Link to a finding</source>
        <translation>关联到问题</translation>
    </message>
    <message>
        <source>Filter by number or title</source>
        <translation>按编号或标题筛选</translation>
    </message>
    <message>
        <source>Show findings of every unit</source>
        <translation>显示所有单位的问题</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>No finding to link. Tick “Show findings of every unit” to look wider, or create a new finding from this entry.</source>
        <translation>没有可关联的问题。勾选“显示所有单位的问题”扩大范围，或据此新建问题。</translation>
    </message>
</context>
<context>
    <name>FindingPicker</name>
    <message>
        <source>Link a finding</source>
        <translation>关联问题底稿</translation>
    </message>
    <message>
        <source>Type part of the finding&apos;s code or title</source>
        <translation>输入问题编号或标题中的文字</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>No finding matches.</source>
        <translation>没有符合的问题。</translation>
    </message>
    <message>
        <source>The first %1 matches; type more to narrow them down.</source>
        <translation>仅显示前 %1 条，请输入更多文字缩小范围。</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) match.</source>
        <translation>
            <numerusform>共 %n 条问题符合。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingsArea</name>
    <message>
        <source>Findings</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>New finding</source>
        <translation>新建问题底稿</translation>
    </message>
    <message>
        <source>No findings have been recorded in this workspace yet.

Click “New finding” to write the first working paper.</source>
        <translation>本工作区还没有登记问题。

点击“新建问题底稿”撰写第一份底稿。</translation>
    </message>
    <message>
        <source>Click to sort; right-click to choose the columns</source>
        <translation>单击列标题排序；右键选择显示哪些列</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在检索…</translation>
    </message>
    <message>
        <source>{total} findings in all, {shown} match</source>
        <translation>共 {total} 个问题，筛选出 {shown} 个</translation>
    </message>
    <message>
        <source>No finding matches the search and filters.

Change them, or clear the filters to see every finding again.</source>
        <translation>没有符合搜索和筛选条件的问题。

请修改条件，或点“清除筛选”查看全部问题。</translation>
    </message>
    <message>
        <source>Default columns</source>
        <translation>恢复默认列</translation>
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
    <message>
        <source>Category (level 2)</source>
        <translation>二级分类</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>问题来源</translation>
    </message>
    <message>
        <source>Discovered by</source>
        <translation>发现人</translation>
    </message>
    <message>
        <source>Key problem</source>
        <translation>是否重点</translation>
    </message>
    <message>
        <source>Common problem</source>
        <translation>是否共性问题</translation>
    </message>
    <message>
        <source>Fixed at once</source>
        <translation>是否立行立改</translation>
    </message>
    <message>
        <source>Disciplines</source>
        <translation>六项纪律</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Findings whose sources include this entry. A finding found here can be drafted straight from it, or an existing finding can name it as a source.</source>
        <translation>以本条登记为来源的问题。可以直接据此起草新问题底稿，也可以把已有问题关联到本条登记。</translation>
    </message>
    <message>
        <source>New finding from this…</source>
        <translation>据此新建问题…</translation>
    </message>
    <message>
        <source>Link to finding…</source>
        <translation>关联到已有问题…</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>取消关联</translation>
    </message>
    <message>
        <source>Double-click a finding to open its working paper.</source>
        <translation>双击问题可打开其底稿。</translation>
    </message>
    <message>
        <source>Save the entry first; then findings can be drafted from it or linked to it.</source>
        <translation>请先保存本条登记，然后才能据此起草问题或关联问题。</translation>
    </message>
    <message>
        <source>No finding names this entry as a source yet.</source>
        <translation>尚无问题以本条登记为来源。</translation>
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
    <name>HistoryView</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>组长签字</translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1; reason: %2</source>
        <translation>%1；理由：%2</translation>
    </message>
    <message>
        <source>Fields: %1</source>
        <translation>修改：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>InterviewDialog</name>
    <message>
        <source>Topic</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>The interviewee read and signed the record</source>
        <translation>谈话对象已阅读谈话记录并签字确认</translation>
    </message>
    <message>
        <source>(choose the recorder)</source>
        <translation>（请选择记录人员）</translation>
    </message>
    <message>
        <source>The team of this unit has no members registered.</source>
        <translation>该单位所属巡察组尚未登记组员。</translation>
    </message>
    <message>
        <source>New interview</source>
        <translation>新建个别谈话</translation>
    </message>
    <message>
        <source>Interview %1 — %2</source>
        <translation>个别谈话 %1 — %2</translation>
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
        <source>&amp;Import from Excel…</source>
        <translation>从 Excel 导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export ledger to Excel…</source>
        <translation>导出台账到 Excel(&amp;E)…</translation>
    </message>
    <message>
        <source>Save a blank Excel &amp;template…</source>
        <translation>保存空白 Excel 模板(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Verify workspace…</source>
        <translation>校验工作区(&amp;V)…</translation>
    </message>
    <message>
        <source>Problem &amp;categories…</source>
        <translation>问题分类(&amp;C)…</translation>
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
        <source>{count} value(s) need correcting; nothing was saved.</source>
        <translation>有 {count} 处填写不符合要求，未保存任何内容。</translation>
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
        <source>“{path}” is an old Excel 97-2003 workbook (.xls) and cannot be read. Open it in Excel or WPS, save it as an Excel workbook (.xlsx) and import that.</source>
        <translation>“{path}”是旧版 Excel 97-2003 工作簿（.xls），无法直接读取。请用 Excel 或 WPS 打开，“另存为”Excel 工作簿（.xlsx）后再导入。</translation>
    </message>
    <message>
        <source>“{path}” has an opening password or is not an .xlsx file. Remove the password in Excel or WPS and save it as .xlsx.</source>
        <translation>“{path}”设有打开密码或不是 .xlsx 格式。请在 Excel 或 WPS 中取消密码并另存为 .xlsx 后再导入。</translation>
    </message>
    <message>
        <source>“{path}” is not an Excel workbook (.xlsx/.xlsm); it may be another file renamed, or damaged.</source>
        <translation>“{path}”不是 Excel 工作簿（.xlsx/.xlsm），可能是改了扩展名的其他文件或已损坏。</translation>
    </message>
    <message>
        <source>The text encoding of “{path}” is not recognised. Save it as UTF-8 or as an Excel workbook.</source>
        <translation>无法识别“{path}”的文字编码，请另存为 UTF-8 或 Excel 工作簿后再导入。</translation>
    </message>
    <message>
        <source>“{path}” holds no data.</source>
        <translation>“{path}”中没有任何数据。</translation>
    </message>
    <message>
        <source>The headers of “{path}” do not match any ledger this program knows. Use HQ&apos;s template, or choose the kind of ledger.</source>
        <translation>无法从表头识别“{path}”是哪种台账。请使用巡察办下发的模板，或选择台账类型。</translation>
    </message>
    <message>
        <source>{count} row(s) did not pass the check; nothing was imported.</source>
        <translation>有 {count} 行未通过检查，未导入任何内容。</translation>
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
        <source>“{field}” must be filled in.</source>
        <translation>“{field}”不能为空。</translation>
    </message>
    <message>
        <source>“{field}” is too long: at most {maximum} characters, now {length}.</source>
        <translation>“{field}”过长：最多 {maximum} 个字，现有 {length} 个字。</translation>
    </message>
    <message>
        <source>“{field}” needs at least {minimum}, now {count}.</source>
        <translation>“{field}”至少需要 {minimum} 项，现有 {count} 项。</translation>
    </message>
    <message>
        <source>“{field}” must be a number; “{value}” is not.</source>
        <translation>“{field}”应为数字，“{value}”不是数字。</translation>
    </message>
    <message>
        <source>“{field}” must be an amount in 10,000 yuan (up to six decimals); “{value}” is not.</source>
        <translation>“{field}”应为金额（万元，最多六位小数），“{value}”无法识别。</translation>
    </message>
    <message>
        <source>“{field}” cannot be negative.</source>
        <translation>“{field}”不能为负数。</translation>
    </message>
    <message>
        <source>“{field}” must be between {minimum} and {maximum}.</source>
        <translation>“{field}”应在 {minimum} 至 {maximum} 之间。</translation>
    </message>
    <message>
        <source>“{field}” must be a date (such as 2026-03-05); “{value}” is not.</source>
        <translation>“{field}”应为日期（如 2026-03-05 或 2026年3月5日），“{value}”无法识别。</translation>
    </message>
    <message>
        <source>“{field}” cannot be earlier than “{other}”.</source>
        <translation>“{field}”不能早于“{other}”。</translation>
    </message>
    <message>
        <source>“{field}” cannot be later than today.</source>
        <translation>“{field}”不能晚于今天。</translation>
    </message>
    <message>
        <source>“{field}” must be one of {choices}; “{value}” is not.</source>
        <translation>“{field}”只能是：{choices}；“{value}”不在其中。</translation>
    </message>
    <message>
        <source>“{field}”: “{value}” does not exist in this workspace.</source>
        <translation>“{field}”中的“{value}”在本工作区中不存在。</translation>
    </message>
    <message>
        <source>“{value}” is not among your team&apos;s assignments; “{field}” must be one of them.</source>
        <translation>“{value}”不在本组的巡察任务中，“{field}”只能选本组负责的单位。</translation>
    </message>
    <message>
        <source>A record with “{field}” “{value}” already exists.</source>
        <translation>“{field}”为“{value}”的记录已存在。</translation>
    </message>
    <message>
        <source>“{field}”: “{value}” is no longer in use; choose another.</source>
        <translation>“{field}”中的“{value}”已停用，请另选。</translation>
    </message>
    <message>
        <source>“{field}” must be yes or no; “{value}” is neither.</source>
        <translation>“{field}”应为 是/否，“{value}”无法识别。</translation>
    </message>
    <message>
        <source>“{field}” cannot be the same person as “{other}”.</source>
        <translation>“{field}”不能与“{other}”为同一人。</translation>
    </message>
    <message>
        <source>More than one record has “{field}” “{value}” ({choices}); give it in full.</source>
        <translation>“{field}”为“{value}”的记录不止一条（{choices}），请写完整。</translation>
    </message>
    <message>
        <source>“{field}”: the value “{value}” is not accepted.</source>
        <translation>“{field}”的值“{value}”不符合要求。</translation>
    </message>
    <message>
        <source>The file “{value}” cannot be read.</source>
        <translation>无法读取文件“{value}”。</translation>
    </message>
    <message>
        <source>The file “{value}” is empty.</source>
        <translation>文件“{value}”是空的。</translation>
    </message>
    <message>
        <source>The file “{value}” is too large: at most {maximum}.</source>
        <translation>文件“{value}”过大：最大 {maximum}。</translation>
    </message>
    <message>
        <source>The file “{value}” changed while it was being read. Close the program editing it and try again.</source>
        <translation>读取文件“{value}”期间文件发生了变化，请关闭正在编辑它的程序后重试。</translation>
    </message>
    <message>
        <source>A plaintext copy cannot be saved inside the workspace folder (“{value}”). Choose another folder.</source>
        <translation>明文副本不能保存在工作区文件夹内（“{value}”），请另选文件夹。</translation>
    </message>
    <message>
        <source>“{value}” cannot be written. Choose another file name or folder.</source>
        <translation>无法写入“{value}”，请另选文件名或文件夹。</translation>
    </message>
    <message>
        <source>The file “{value}” already exists and was not replaced.</source>
        <translation>文件“{value}”已存在，未覆盖。</translation>
    </message>
    <message>
        <source>“{field}”, line {line}: a post is given but no name.</source>
        <translation>“{field}”第 {line} 行填了职务，但没有填姓名。</translation>
    </message>
    <message>
        <source>“{field}” is “{value}”; this step needs “{expected}”.</source>
        <translation>“{field}”为“{value}”，此步骤需要“{expected}”。</translation>
    </message>
    <message>
        <source>“{field}” “{value}” repeats row {other}.</source>
        <translation>“{field}”为“{value}”，与第 {other} 行重复。</translation>
    </message>
    <message>
        <source>“{value}” is already “{status}” and cannot be changed by an import; revert its review first.</source>
        <translation>“{value}”已是“{status}”状态，不能通过导入修改；请先在程序中退回审核。</translation>
    </message>
    <message>
        <source>“{field}” is “{value}”, not your team (team {team}); a team workspace imports only its own data.</source>
        <translation>“{field}”为“{value}”，不是本组（第 {team} 组）的数据；巡察组工作区只能导入本组的数据。</translation>
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
        <source>reason</source>
        <translation>理由</translation>
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
    <name>MoreFilters</name>
    <message>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Key problems only</source>
        <translation>只看重点问题</translation>
    </message>
    <message>
        <source>Common problems only</source>
        <translation>只看共性问题</translation>
    </message>
    <message>
        <source>Fixed at once only</source>
        <translation>只看立行立改</translation>
    </message>
    <message>
        <source>Unit level</source>
        <translation>单位层级</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>Amount (10k yuan)</source>
        <translation>涉及金额(万元)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
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
    <name>PersonsEditor</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>PetitionDialog</name>
    <message>
        <source>The petitioner did not give a name</source>
        <translation>信访人未署名（匿名）</translation>
    </message>
    <message>
        <source>The person reflected on is a party member or cadre</source>
        <translation>被反映人是党员干部</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>尚未确定</translation>
    </message>
    <message>
        <source>Yes, within the remit</source>
        <translation>是，属于巡察受理范围</translation>
    </message>
    <message>
        <source>No, outside the remit</source>
        <translation>否，不属于巡察受理范围</translation>
    </message>
    <message>
        <source>(not decided)</source>
        <translation>（尚未确定）</translation>
    </message>
    <message>
        <source>Petitioner (clue level)</source>
        <translation>信访人信息（线索级）</translation>
    </message>
    <message>
        <source>Who petitioned is clue-level information: only the team leader and the clue officer can record or see it. Tell them the petitioner&apos;s name and contact.</source>
        <translation>信访人身份属于线索级信息，只有组长和线索管理员可以登记和查看。请将信访人姓名和联系方式告知他们。</translation>
    </message>
    <message>
        <source>Clue level (C3). Showing the petitioner is recorded in the audit trail.</source>
        <translation>线索级（C3）。查看信访人信息会记入审计日志。</translation>
    </message>
    <message>
        <source>Show the petitioner</source>
        <translation>查看信访人信息</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <source>New petition</source>
        <translation>新建信访件</translation>
    </message>
    <message>
        <source>Petition %1</source>
        <translation>信访件 %1</translation>
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
    <name>RegisterDialog</name>
    <message>
        <source>Details</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>相关问题</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation>保存并关闭</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>This workspace has no inspected unit assigned to its team yet; entries need one.</source>
        <translation>本工作区的巡察组尚未分配被巡察单位，登记前需要先有被巡察单位。</translation>
    </message>
    <message>
        <source>Close without saving your changes?</source>
        <translation>不保存修改就关闭吗？</translation>
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
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
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
    <message>
        <source>Delete entry</source>
        <translation>删除登记</translation>
    </message>
    <message>
        <source>Why is this entry deleted? It disappears from the register but stays in the history with your reason; links from findings to it are removed.</source>
        <translation>为什么删除这条登记？删除后不再显示在登记簿中，但会连同删除理由保留在历史记录里；问题与它的关联也将解除。</translation>
    </message>
    <message>
        <source>Nothing was deleted: give a reason.</source>
        <translation>未删除：请填写删除理由。</translation>
    </message>
</context>
<context>
    <name>RevertDialog</name>
    <message>
        <source>Withdraw the signature</source>
        <translation>撤回签字</translation>
    </message>
    <message>
        <source>Send back to draft</source>
        <translation>退回草稿</translation>
    </message>
    <message>
        <source>The signature will be withdrawn and the paper returns to “reviewed”. Why?</source>
        <translation>将撤回组长签字，底稿回到“已审核”状态。请填写理由：</translation>
    </message>
    <message>
        <source>The review will be undone and the paper returns to “draft” for editing. Why?</source>
        <translation>将撤销审核，底稿回到“草稿”状态以便修改。请填写理由：</translation>
    </message>
    <message>
        <source>The reason is kept in the paper&apos;s history.</source>
        <translation>理由将记入底稿的审核记录。</translation>
    </message>
</context>
<context>
    <name>ReviewBar</name>
    <message>
        <source>Pass review</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <source>Deputy leader&apos;s review: the paper is checked and may go to the leader for signature.</source>
        <translation>副组长审核：底稿经审核，可报组长签字。</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>组长签字</translation>
    </message>
    <message>
        <source>Leader&apos;s signature on the reviewed paper.</source>
        <translation>组长在已审核的底稿上签字。</translation>
    </message>
    <message>
        <source>Send back…</source>
        <translation>退回…</translation>
    </message>
    <message>
        <source>Take the paper back one step (needs a reason).</source>
        <translation>将底稿退回上一步（须填写理由）。</translation>
    </message>
    <message>
        <source>New working paper (not saved yet)</source>
        <translation>新建问题底稿（尚未保存）</translation>
    </message>
    <message>
        <source>Save it first; then it can be reviewed and signed.</source>
        <translation>保存后即可提交审核和签字。</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Drafted by %1 %2</source>
        <translation>撰写：%1 %2</translation>
    </message>
    <message>
        <source>reviewed by %1 %2</source>
        <translation>审核：%1 %2</translation>
    </message>
    <message>
        <source>signed by %1 %2</source>
        <translation>签字：%1 %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Withdraw signature…</source>
        <translation>撤回签字…</translation>
    </message>
    <message>
        <source>A reviewed paper is not edited: send it back to draft first.</source>
        <translation>已审核的底稿不能直接修改，请先退回草稿。</translation>
    </message>
    <message>
        <source>A reviewed paper is not edited; the deputy leader or the leader can send it back.</source>
        <translation>已审核的底稿不能直接修改；如需修改，请副组长或组长退回。</translation>
    </message>
    <message>
        <source>This paper has left the review and is read-only here.</source>
        <translation>此底稿已完成审核流程，此处只能查看。</translation>
    </message>
</context>
<context>
    <name>RowsTable</name>
    <message>
        <source>Add row</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>删除所选行</translation>
    </message>
</context>
<context>
    <name>SourcePickDialog</name>
    <message>
        <source>Add sources</source>
        <translation>添加来源记录</translation>
    </message>
    <message>
        <source>Search by number or content</source>
        <translation>按编号或内容搜索</translation>
    </message>
    <message>
        <source>The chosen unit has no interview, petition, document request or field visit that is not linked already.</source>
        <translation>所选单位没有尚未关联的谈话、信访、调阅或走访记录。</translation>
    </message>
</context>
<context>
    <name>SourcesEditor</name>
    <message>
        <source>Interview</source>
        <translation>个别谈话</translation>
    </message>
    <message>
        <source>Petition</source>
        <translation>信访</translation>
    </message>
    <message>
        <source>Document request</source>
        <translation>调阅资料</translation>
    </message>
    <message>
        <source>Field visit</source>
        <translation>下沉走访</translation>
    </message>
    <message>
        <source>Add source…</source>
        <translation>添加来源…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
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
        <source>By unit</source>
        <translation>按单位</translation>
    </message>
    <message>
        <source>By category (level 1)</source>
        <translation>按一级分类</translation>
    </message>
    <message>
        <source>By category (level 2)</source>
        <translation>按二级分类</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>按状态</translation>
    </message>
    <message>
        <source>By source</source>
        <translation>按来源</translation>
    </message>
    <message>
        <source>By org level</source>
        <translation>按单位层级</translation>
    </message>
    <message>
        <source>By team</source>
        <translation>按巡察组</translation>
    </message>
    <message>
        <source>{n} unit(s)</source>
        <translation>{n}个单位</translation>
    </message>
    <message>
        <source>{n} township(s)</source>
        <translation>{n}个乡镇</translation>
    </message>
    <message>
        <source>{n} village(s)</source>
        <translation>{n}个村</translation>
    </message>
    <message>
        <source>{n} community(ies)</source>
        <translation>{n}个社区</translation>
    </message>
    <message>
        <source>{mode} inspection of {objects}</source>
        <translation>对{objects}开展{mode}</translation>
    </message>
    <message>
        <source>{findings} problem(s) found</source>
        <translation>发现问题{findings}个</translation>
    </message>
    <message>
        <source>{findings} problem(s) and {clues} clue(s) found</source>
        <translation>发现问题{findings}个、问题线索{clues}条</translation>
    </message>
    <message>
        <source>{parts}: {found}.</source>
        <translation>{parts}，{found}。</translation>
    </message>
    <message>
        <source>{parts}: {found} in all. Of these, {breakdown}.</source>
        <translation>{parts}，共{found}。其中，{breakdown}。</translation>
    </message>
    <message>
        <source>{mode}: {found}</source>
        <translation>{mode}{found}</translation>
    </message>
    <message>
        <source>No unit has been assigned for inspection yet; {found}.</source>
        <translation>尚未安排被巡察单位，{found}。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source> and </source>
        <translation>，</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Not classified</source>
        <translation>未分类</translation>
    </message>
    <message>
        <source>Not filled in</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>第%1组</translation>
    </message>
    <message>
        <source>All rounds</source>
        <translation>全部轮次</translation>
    </message>
    <message>
        <source>Withdrawn findings are not counted; deleted records neither.</source>
        <translation>已撤回的问题和已删除的记录不计入。</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>被巡察单位</translation>
    </message>
    <message>
        <source>Category (level 1)</source>
        <translation>一级分类</translation>
    </message>
    <message>
        <source>Category (level 2)</source>
        <translation>二级分类</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>问题状态</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>问题来源</translation>
    </message>
    <message>
        <source>Org level</source>
        <translation>单位层级</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>巡察组</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Under level 1</source>
        <translation>所属一级分类</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Amount (10k yuan)</source>
        <translation>涉及金额（万元）</translation>
    </message>
    <message>
        <source>Clues</source>
        <translation>问题线索</translation>
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
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>Encrypting and storing the file…</source>
        <translation>正在加密存入工作区…</translation>
    </message>
    <message>
        <source>Writing the copy…</source>
        <translation>正在写出副本…</translation>
    </message>
</context>
<context>
    <name>TaxonomyDialog</name>
    <message>
        <source>Problem categories</source>
        <translation>问题分类</translation>
    </message>
    <message>
        <source>Search categories and tags…</source>
        <translation>搜索分类和标签…</translation>
    </message>
    <message>
        <source>Show deactivated</source>
        <translation>显示已停用</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>问题数</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Add child</source>
        <translation>添加下级</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation>停用…</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <source>Offer this entry (and what was deactivated with it) for new findings again</source>
        <translation>重新供新问题选择此条目（及与其一同停用的条目）</translation>
    </message>
    <message>
        <source>A finding keeps the category it was filed under, with its wording at that time. Deactivated entries (grey) stay on old findings but are no longer offered for new ones.</source>
        <translation>问题保留登记时所选的分类及当时的名称。已停用的条目（灰色）仍显示在原有问题上，但不再供新问题选择。</translation>
    </message>
    <message>
        <source>Only the inspection office&apos;s administrator changes the shared tree; a team leader may add team items under it. You can search and read it.</source>
        <translation>共享分类只能由巡察办管理员修改，组长可在其下添加本组条目。您可以搜索和查看。</translation>
    </message>
    <message>
        <source>The shared tree belongs to the inspection office: you can add your team&apos;s own items under it, and change those.</source>
        <translation>共享分类由巡察办维护：您可以在其下添加本组条目，并修改这些条目。</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Team item</source>
        <translation>本组条目</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>没有与“%1”匹配的分类或标签。</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>添加条目</translation>
    </message>
    <message>
        <source>Deactivate “%1”?</source>
        <translation>停用“%1”？</translation>
    </message>
    <message numerus="yes">
        <source>The %n item(s) under it are deactivated too.</source>
        <translation>
            <numerusform>其下的 %n 个条目也将一并停用。</numerusform>
        </translation>
    </message>
    <message>
        <source>Findings already filed under it keep it; new findings can no longer choose it until it is reactivated.</source>
        <translation>已登记在该分类下的问题保留该分类；重新启用之前，新问题不能再选择它。</translation>
    </message>
    <message>
        <source>“%1” is still deactivated: reactivate it first.</source>
        <translation>“%1”仍处于停用状态，请先重新启用它。</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
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
