<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AcceptGrantDialog</name>
    <message>
        <source>Accept HQ&apos;s grant</source>
        <translation>接受巡察办入网授权</translation>
    </message>
    <message>
        <source>Open the grant HQ saved for this laptop. Compare HQ&apos;s fingerprint below with the one on HQ&apos;s screen (read it aloud or by phone). Accept only if every character matches.</source>
        <translation>打开巡察办为本机保存的入网授权。将下面的巡察办指纹与巡察办屏幕上的指纹核对（当面朗读或电话核对），每个字符都一致才可接受。</translation>
    </message>
    <message>
        <source>Accept grant</source>
        <translation>接受授权</translation>
    </message>
    <message>
        <source>The .xcgrant file from HQ</source>
        <translation>巡察办交来的 .xcgrant 文件</translation>
    </message>
    <message>
        <source>Grant file:</source>
        <translation>授权文件：</translation>
    </message>
    <message>
        <source>Open an enrollment grant</source>
        <translation>打开入网授权</translation>
    </message>
    <message>
        <source>Enrollment grants (*.xcgrant)</source>
        <translation>入网授权 (*.xcgrant)</translation>
    </message>
    <message>
        <source>Registered as:</source>
        <translation>登记为：</translation>
    </message>
    <message>
        <source>HQ&apos;s fingerprint:</source>
        <translation>巡察办指纹：</translation>
    </message>
    <message>
        <source>This laptop&apos;s fingerprint:</source>
        <translation>本机指纹：</translation>
    </message>
    <message>
        <source>I compared the fingerprints with HQ</source>
        <translation>我已与巡察办核对指纹</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>第 %1 组</translation>
    </message>
    <message>
        <source>Taking the team&apos;s reference data…</source>
        <translation>正在载入本组基础数据…</translation>
    </message>
</context>
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
        <source>Make a new recovery code</source>
        <translation>生成新的恢复密钥</translation>
    </message>
    <message>
        <source>The recovery code made earlier will stop working. Make a new one?</source>
        <translation>此前生成的恢复密钥将失效。确定生成新的恢复密钥吗？</translation>
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
    <message numerus="yes">
        <source>Unlocking removed %n temporary file(s) (%1) that an interrupted export had left.</source>
        <translation>
            <numerusform>解锁时已删除中断的导出留下的临时文件 %n 个（%1）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n temporary file(s) (%1) of an interrupted export are in the workspace folder: %2. The next unlock or export removes them.</source>
        <translation>
            <numerusform>工作区文件夹中有中断的导出留下的临时文件 %n 个（%1）：%2。下次解锁或导出时会删除。</numerusform>
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
    <name>AssignmentDialog</name>
    <message>
        <source>Team %1 · %2</source>
        <translation>第 %1 组 · %2</translation>
    </message>
    <message>
        <source>Assign units</source>
        <translation>分配被巡察单位</translation>
    </message>
    <message>
        <source>Edit the assignment of %1</source>
        <translation>编辑“%1”的巡察任务</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>第 %1 组</translation>
    </message>
    <message>
        <source>Tick the units this team inspects in the round. A village or community goes to the team of its township; greyed units are assigned already.</source>
        <translation>勾选该组本轮巡察的单位。村（社区）由巡察其所在乡镇的组一并巡察；灰色的单位已经分配。</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>A key object of this round</source>
        <translation>本轮重点对象</translation>
    </message>
    <message>
        <source>Period covered</source>
        <translation>巡察期间</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message numerus="yes">
        <source>Assign %n unit(s)</source>
        <translation>
            <numerusform>分配 %n 个单位</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
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
    <name>ChainView</name>
    <message>
        <source>Type</source>
        <translation>整改类型</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>Completion standard</source>
        <translation>完成标准</translation>
    </message>
    <message>
        <source>Responsible leader</source>
        <translation>责任领导</translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <source>First responsible person</source>
        <translation>第一责任人</translation>
    </message>
    <message>
        <source>Supervising city leader</source>
        <translation>领衔督办市领导</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source> (%1 days overdue)</source>
        <translation>（已逾期 %1 天）</translation>
    </message>
    <message>
        <source>Task %1 — %2</source>
        <translation>整改任务 %1 — %2</translation>
    </message>
    <message>
        <source>Evidence: </source>
        <translation>佐证材料：</translation>
    </message>
    <message>
        <source>Progress %1</source>
        <translation>整改进展 %1</translation>
    </message>
    <message>
        <source>Close-out requested %1</source>
        <translation>申请销号 %1</translation>
    </message>
    <message>
        <source>Inspection office: </source>
        <translation>巡察办：</translation>
    </message>
    <message>
        <source>Discipline commission: </source>
        <translation>纪委监委：</translation>
    </message>
    <message>
        <source>Organisation department: </source>
        <translation>组织部：</translation>
    </message>
    <message>
        <source>Review %1 — %2</source>
        <translation>销号审核 %1 — %2</translation>
    </message>
    <message>
        <source>Closed out %1</source>
        <translation>已销号 %1</translation>
    </message>
    <message>
        <source>%1 found %2</source>
        <translation>%2 认定%1</translation>
    </message>
    <message>
        <source>Finding signed</source>
        <translation>问题已签字</translation>
    </message>
    <message>
        <source>Not fed back yet</source>
        <translation>尚未反馈</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>应于 %1 报送</translation>
    </message>
    <message>
        <source>submitted %1</source>
        <translation>已于 %1 报送</translation>
    </message>
    <message>
        <source>Fed back %1</source>
        <translation>反馈 %1</translation>
    </message>
    <message>
        <source>received by %1 on %2</source>
        <translation>%1 于 %2 签收</translation>
    </message>
    <message>
        <source>no receipt yet</source>
        <translation>尚未签收</translation>
    </message>
    <message>
        <source>Handed over %1 to %2 (%3)</source>
        <translation>移交 %1 至 %2（%3）</translation>
    </message>
    <message>
        <source>feedback due %1</source>
        <translation>反馈期限 %1</translation>
    </message>
    <message>
        <source>Choose a task to see its problem from finding to close-out.</source>
        <translation>选择一项整改任务，查看该问题从发现到销号的全过程。</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>(no data)</source>
        <translation>（无数据）</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>复制图片</translation>
    </message>
    <message>
        <source>Save image…</source>
        <translation>保存图片…</translation>
    </message>
    <message>
        <source>Save the chart as</source>
        <translation>图表另存为</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>The image could not be written to “%1”.</source>
        <translation>图片无法写入“%1”。</translation>
    </message>
</context>
<context>
    <name>CloseRoundDialog</name>
    <message>
        <source>Close out a round</source>
        <translation>清退巡察轮次</translation>
    </message>
    <message>
        <source>Closing out removes the round&apos;s records, attachments and confirmed change records from this laptop for good, once HQ has confirmed that it holds all of them. The removal is recorded in the audit trail and cannot be undone.</source>
        <translation>清退将在巡察办确认已收到全部数据后，从本机彻底清除该轮次的记录、附件和已确认的变更记录。清退记入审计，无法撤销。</translation>
    </message>
    <message>
        <source>Round:</source>
        <translation>巡察轮次：</translation>
    </message>
    <message>
        <source>HQ&apos;s confirmation:</source>
        <translation>巡察办确认：</translation>
    </message>
    <message>
        <source>Round title:</source>
        <translation>轮次名称：</translation>
    </message>
    <message>
        <source>Close out round</source>
        <translation>清退</translation>
    </message>
    <message>
        <source>This workspace holds no round.</source>
        <translation>本工作区没有巡察轮次。</translation>
    </message>
    <message>
        <source>Only the team leader closes out a round.</source>
        <translation>只有组长可以清退巡察轮次。</translation>
    </message>
    <message numerus="yes">
        <source>HQ has confirmed everything of this round (%n record(s)).</source>
        <translation>
            <numerusform>巡察办已确认本轮的全部数据（%n 条记录）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not yet confirmed by HQ: %1 change(s), %2 clue change(s), %3 audit record(s). Export a package for HQ, import HQ&apos;s update package, then close out.</source>
        <translation>巡察办尚未确认：变更 %1 条、线索变更 %2 条、审计记录 %3 条。请先导出数据包交巡察办导入，再导入巡察办发回的更新包，然后清退。</translation>
    </message>
    <message>
        <source>To confirm, type the round&apos;s title: %1</source>
        <translation>请输入轮次名称以确认：%1</translation>
    </message>
    <message>
        <source>Closing out…</source>
        <translation>正在清退……</translation>
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
    <name>ClueFeedbackDialog</name>
    <message>
        <source>Result of %1</source>
        <translation>%1 的办理结果</translation>
    </message>
    <message>
        <source>Keep open</source>
        <translation>继续办理</translation>
    </message>
    <message>
        <source>Closed (办结)</source>
        <translation>已办结</translation>
    </message>
</context>
<context>
    <name>ClueHandoverDialog</name>
    <message>
        <source>Hand clues over</source>
        <translation>移交问题线索</translation>
    </message>
    <message>
        <source>Clue level (C3). The receiving body&apos;s feedback is due three months after the handover unless you set a deadline; its receipt comes before any feedback.</source>
        <translation>线索级（C3）。未设定期限时，接收单位应在移交后三个月内反馈；须先登记回执，再登记反馈。</translation>
    </message>
    <message>
        <source>Clues</source>
        <translation>问题线索</translation>
    </message>
</context>
<context>
    <name>ClueHandoversTab</name>
    <message>
        <source>Batch</source>
        <translation>移交批次</translation>
    </message>
    <message>
        <source>To</source>
        <translation>接收单位</translation>
    </message>
    <message>
        <source>Clues</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Handed</source>
        <translation>移交时间</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>回执</translation>
    </message>
    <message>
        <source>Feedback due</source>
        <translation>反馈期限</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Clues handed over to the discipline commission or another body, with the receipt and the result. Feedback past its deadline shows red.</source>
        <translation>移交纪委监委或其他单位的问题线索，及其回执和办理结果。超过反馈期限的显示为红色。</translation>
    </message>
    <message>
        <source>Hand clues over…</source>
        <translation>移交线索…</translation>
    </message>
    <message>
        <source>Receipt…</source>
        <translation>登记回执…</translation>
    </message>
    <message>
        <source>Result…</source>
        <translation>办理结果…</translation>
    </message>
    <message>
        <source>No clue has been handed over yet.</source>
        <translation>尚未移交问题线索。</translation>
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
        <source>Handed over</source>
        <translation>线索移交</translation>
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
    <name>ConflictInbox</name>
    <message>
        <source>Show resolved conflicts too</source>
        <translation>同时显示已处理的冲突</translation>
    </message>
    <message>
        <source>No conflicts are waiting. When a package brings a change that clashes with HQ&apos;s own, it is listed here and the record keeps HQ&apos;s value until someone decides.</source>
        <translation>没有待处理的冲突。当数据包带来的修改与巡察办的修改相冲突时，会列在这里；在有人作出决定之前，该记录保持巡察办现有的值。</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>The team gave this record a number another record already has: keep its number or give it a free one.</source>
        <translation>该组给此记录改的编号已被另一条记录占用：可保留其原编号，或改用一个未使用的编号。</translation>
    </message>
    <message>
        <source>The team deleted this record while HQ edited it.</source>
        <translation>该组删除了此记录，而巡察办修改了它。</translation>
    </message>
    <message>
        <source>HQ deleted this record while the team edited it.</source>
        <translation>巡察办删除了此记录，而该组修改了它。</translation>
    </message>
    <message>
        <source>● marks the fields where the two sides differ.</source>
        <translation>标有 ● 的是双方不同的字段。</translation>
    </message>
    <message>
        <source>Before both changes</source>
        <translation>双方修改前的值</translation>
    </message>
    <message>
        <source>Record that already has this number</source>
        <translation>已使用此编号的记录</translation>
    </message>
    <message>
        <source>Incoming record with the same number</source>
        <translation>该组新来的同编号记录</translation>
    </message>
    <message>
        <source>HQ now (current)</source>
        <translation>巡察办现有值</translation>
    </message>
    <message>
        <source>Incoming from the team</source>
        <translation>该组新来的值</translation>
    </message>
    <message>
        <source>Merged value (you may edit it)</source>
        <translation>合并后的值（可编辑）</translation>
    </message>
    <message>
        <source>New number for the incoming record</source>
        <translation>新来记录的新编号</translation>
    </message>
    <message>
        <source>Number for this record</source>
        <translation>此记录的编号</translation>
    </message>
    <message>
        <source>Keep its number</source>
        <translation>保留原编号</translation>
    </message>
    <message>
        <source>Keep the record</source>
        <translation>保留此记录</translation>
    </message>
    <message>
        <source>Keep it deleted</source>
        <translation>维持删除</translation>
    </message>
    <message>
        <source>Delete it as the team did</source>
        <translation>按该组意见删除</translation>
    </message>
    <message>
        <source>Restore it with the team&apos;s changes</source>
        <translation>按该组修改恢复</translation>
    </message>
    <message>
        <source>Use this number</source>
        <translation>使用此编号</translation>
    </message>
    <message>
        <source>Keep current</source>
        <translation>保留现有值</translation>
    </message>
    <message>
        <source>Take incoming</source>
        <translation>采用新来的值</translation>
    </message>
    <message>
        <source>Use edited value</source>
        <translation>使用编辑后的值</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) waiting for a decision.</source>
        <translation>
            <numerusform>有 %n 个冲突等待处理。</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts waiting.</source>
        <translation>没有待处理的冲突。</translation>
    </message>
    <message>
        <source>Choose a conflict in the list.</source>
        <translation>请在列表中选择一个冲突。</translation>
    </message>
    <message>
        <source>team %1</source>
        <translation>第 %1 组</translation>
    </message>
    <message>
        <source>Resolved. The decision goes to the team with the next update package.</source>
        <translation>已处理。处理结果将随下一次更新包发回该组。</translation>
    </message>
    <message>
        <source>Only the HQ administrator resolves conflicts.</source>
        <translation>只有巡察办管理员可以处理冲突。</translation>
    </message>
    <message>
        <source>Give the incoming record a number that is not used yet.</source>
        <translation>请为新来的记录填写一个尚未使用的编号。</translation>
    </message>
</context>
<context>
    <name>ConflictInboxDialog</name>
    <message>
        <source>Conflict inbox</source>
        <translation>冲突收件箱</translation>
    </message>
</context>
<context>
    <name>ConflictTable</name>
    <message>
        <source>Both changed this field</source>
        <translation>双方都修改了此字段</translation>
    </message>
    <message>
        <source>Team deleted, HQ edited</source>
        <translation>组内已删除，巡察办已修改</translation>
    </message>
    <message>
        <source>Team edited, HQ deleted</source>
        <translation>组内已修改，巡察办已删除</translation>
    </message>
    <message>
        <source>Number already used</source>
        <translation>编号重复</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已处理</translation>
    </message>
    <message>
        <source>kept current</source>
        <translation>保留现有值</translation>
    </message>
    <message>
        <source>took incoming</source>
        <translation>采用新来的值</translation>
    </message>
    <message>
        <source>merged value</source>
        <translation>合并值</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>已被取代</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>问题底稿</translation>
    </message>
    <message>
        <source>Finding source</source>
        <translation>问题来源关联</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>个别谈话</translation>
    </message>
    <message>
        <source>Petition</source>
        <translation>信访件</translation>
    </message>
    <message>
        <source>Document request</source>
        <translation>调阅资料</translation>
    </message>
    <message>
        <source>Requested document</source>
        <translation>调阅清单条目</translation>
    </message>
    <message>
        <source>Field visit</source>
        <translation>下沉走访</translation>
    </message>
    <message>
        <source>Rectification item</source>
        <translation>整改事项</translation>
    </message>
    <message>
        <source>Inspected unit</source>
        <translation>被巡察单位</translation>
    </message>
    <message>
        <source>Clue</source>
        <translation>问题线索</translation>
    </message>
    <message>
        <source>Clue link</source>
        <translation>线索关联</translation>
    </message>
    <message>
        <source>Petitioner</source>
        <translation>信访人身份</translation>
    </message>
    <message>
        <source>Clue handover</source>
        <translation>线索移交</translation>
    </message>
    <message>
        <source>(whole record)</source>
        <translation>（整条记录）</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>组别</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>From laptop</source>
        <translation>来自设备</translation>
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
    <name>EditTaskDialog</name>
    <message>
        <source>Edit task %1</source>
        <translation>修改整改任务 %1</translation>
    </message>
    <message>
        <source>names, separated by 、</source>
        <translation>多个名称以“、”分隔</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>EnrollRequestDialog</name>
    <message>
        <source>Enrollment request</source>
        <translation>入网申请</translation>
    </message>
    <message>
        <source>This makes the laptop&apos;s keys and a request file for HQ. Take the file and this laptop to HQ: there the person registering it compares the fingerprint shown here with the one on HQ&apos;s screen.</source>
        <translation>本操作生成本机的密钥和一份交巡察办的入网申请文件。请携带该文件和本机到巡察办：登记人员会将此处显示的指纹与巡察办屏幕上的指纹逐字核对。</translation>
    </message>
    <message>
        <source>Make request</source>
        <translation>生成申请</translation>
    </message>
    <message>
        <source>Save request as:</source>
        <translation>申请文件保存为：</translation>
    </message>
    <message>
        <source>Save the enrollment request</source>
        <translation>保存入网申请</translation>
    </message>
    <message>
        <source>Enrollment requests (*.xcreq)</source>
        <translation>入网申请 (*.xcreq)</translation>
    </message>
    <message>
        <source>This laptop&apos;s fingerprint:</source>
        <translation>本机指纹：</translation>
    </message>
    <message>
        <source>Making the request…</source>
        <translation>正在生成入网申请…</translation>
    </message>
    <message>
        <source>The request was saved to %1.
Take it and this laptop to HQ, compare the fingerprint above with HQ&apos;s screen, and bring back the grant file.</source>
        <translation>入网申请已保存到 %1。
请携带该文件和本机到巡察办，与巡察办屏幕核对上面的指纹，并带回入网授权文件。</translation>
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
    <message>
        <source>%n page(s)</source>
        <translation>%n 页</translation>
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
        <source>This folder is not on removable storage: the plain-text file stays on this computer. Prefer the office&apos;s encrypted USB storage.</source>
        <translation>此文件夹不在可移动存储上：明文文件将留在本机。建议使用单位配发的加密 U 盘。</translation>
    </message>
    <message>
        <source>It is not known that this storage is encrypted: whoever holds it can read the file.</source>
        <translation>无法确认此存储已加密：拿到它的人都能读取该文件。</translation>
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
    <name>ExportDialog</name>
    <message>
        <source>Packing attachments: %1 of %2</source>
        <translation>正在打包附件：第 %1 个，共 %2 个</translation>
    </message>
    <message>
        <source>Update packages: %1 of %2 devices</source>
        <translation>正在生成更新包：第 %1 台设备，共 %2 台</translation>
    </message>
    <message>
        <source>Encrypting…</source>
        <translation>正在加密…</translation>
    </message>
    <message>
        <source>Writing the package file…</source>
        <translation>正在写入数据包文件…</translation>
    </message>
    <message>
        <source>Collecting the changes…</source>
        <translation>正在收集变更…</translation>
    </message>
    <message>
        <source>Export update packages</source>
        <translation>导出更新包</translation>
    </message>
    <message>
        <source>Export a package for HQ</source>
        <translation>导出数据包（报送巡察办）</translation>
    </message>
    <message>
        <source>One package per enrolled team laptop: HQ&apos;s corrections, rectification status and new assignments for that team only, and the acknowledgement of what HQ received. Each package is encrypted for its laptop and signed by HQ.</source>
        <translation>为每台已入网的巡察组电脑各生成一个更新包：只含该组的巡察办更正、整改状态和新任务，以及巡察办已收到内容的确认。每个更新包都只对该电脑加密，并由巡察办签名。</translation>
    </message>
    <message>
        <source>The package holds every change HQ has not confirmed yet, the audit trail since then and the attachments those changes need. It is encrypted for HQ and signed by this laptop. Until HQ confirms receipt, every new package carries them again, so a lost stick loses nothing.</source>
        <translation>数据包包含巡察办尚未确认收到的全部变更、此后的审计记录以及这些变更所需的附件，只对巡察办加密，并由本机签名。在巡察办确认收到之前，每个新数据包都会再次携带这些内容，U 盘丢失也不会丢数据。</translation>
    </message>
    <message>
        <source>Choose the folder for the package</source>
        <translation>选择保存数据包的文件夹</translation>
    </message>
    <message>
        <source>Save in:</source>
        <translation>保存到：</translation>
    </message>
    <message>
        <source>Every enrolled team</source>
        <translation>所有已入网的巡察组</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>第 %1 组</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>发往：</translation>
    </message>
    <message>
        <source>You do not hold the clue key: clue changes are not included. The team leader or the clue officer exports them.</source>
        <translation>您不持有线索密钥：数据包不包含线索变更，线索变更由组长或线索管理员导出。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Choose the folder (for example the USB stick) to save the package in.</source>
        <translation>请选择保存数据包的文件夹（例如 U 盘）。</translation>
    </message>
    <message numerus="yes">
        <source>%n update package(s) written to %1:</source>
        <translation>
            <numerusform>已在 %1 生成 %n 个更新包：</numerusform>
        </translation>
    </message>
    <message>
        <source>• Team %1, laptop %2: %3 record(s), %4 attachment(s), %5</source>
        <translation>• 第 %1 组，电脑 %2：%3 条记录，%4 个附件，%5</translation>
    </message>
    <message>
        <source>Give each team its own files; each opens only on its laptop.</source>
        <translation>请把各组的文件分别交给该组；每个文件只能在对应的电脑上打开。</translation>
    </message>
    <message>
        <source>Package no. %1 was written:</source>
        <translation>已生成第 %1 号数据包：</translation>
    </message>
    <message>
        <source>%1 change(s), %2 clue change(s), %3 audit record(s), %4 attachment(s) (%5); file size %6.</source>
        <translation>变更 %1 条，线索变更 %2 条，审计记录 %3 条，附件 %4 个（%5）；文件大小 %6。</translation>
    </message>
    <message>
        <source>It includes %1 of attachments sent before that HQ has not confirmed yet.</source>
        <translation>其中 %1 附件此前已发送、巡察办尚未确认收到，本次再次携带。</translation>
    </message>
    <message>
        <source>Clue changes are not included (you do not hold the clue key).</source>
        <translation>未包含线索变更（您不持有线索密钥）。</translation>
    </message>
    <message>
        <source>Take the file to HQ; it is encrypted and signed.</source>
        <translation>请将该文件交巡察办；文件已加密并签名。</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n temporary file(s) (%1) that an interrupted export had left.</source>
        <translation>
            <numerusform>已删除此前中断的导出留下的临时文件 %n 个（%1）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Stopped. No package was written.</source>
        <translation>已停止，未生成任何数据包。</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Feed back to a unit</source>
        <translation>向被巡察单位反馈</translation>
    </message>
    <message>
        <source>Tick the signed problems fed back to the unit. Each becomes a rectification task (due in two months unless you set a deadline); the unit&apos;s plan is due in one month and its report in two.</source>
        <translation>勾选反馈给该单位的已签字问题，每个问题建立一项整改任务（未填时限的，默认两个月内完成）；整改方案一个月内、整改情况报告两个月内报送。</translation>
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
        <source>Show findings of every unit</source>
        <translation>显示所有单位的问题</translation>
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
        <source>No finding matches. Tick “Show findings of every unit” to look wider.</source>
        <translation>没有符合的问题。勾选“显示所有单位的问题”扩大范围。</translation>
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
    <name>FlagDialog</name>
    <message>
        <source>Perfunctory or false rectification: %1</source>
        <translation>敷衍整改、虚假整改认定：%1</translation>
    </message>
    <message>
        <source>names, separated by 、</source>
        <translation>姓名，用“、”分隔</translation>
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
    <name>HandoverDialog</name>
    <message>
        <source>Hand over by kind</source>
        <translation>分类移交</translation>
    </message>
    <message>
        <source>default: 市纪委监委 / 市委组织部; a department must be named</source>
        <translation>默认：市纪委监委 / 市委组织部；职能部门须填写名称</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>HandoverFeedbackDialog</name>
    <message>
        <source>Feedback on %1</source>
        <translation>%1 的反馈</translation>
    </message>
    <message>
        <source>Keep open</source>
        <translation>继续办理</translation>
    </message>
    <message>
        <source>Closed (办结)</source>
        <translation>已办结</translation>
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
    <name>HqPackagesPage</name>
    <message>
        <source>Team</source>
        <translation>巡察组</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>笔记本</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>Last package</source>
        <translation>最近数据包</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>暂存</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>No team laptop is enrolled yet.

A team laptop makes an enrollment request file; register it here with &quot;Register device…&quot;, compare the fingerprints with the person who brought it, and give them the grant file.</source>
        <translation>尚未登记任何巡察组笔记本。

巡察组笔记本先生成入网申请文件；在这里用“登记设备…”登记，与送来申请的人当面核对指纹，再把授权文件交给对方。</translation>
    </message>
    <message>
        <source>Register device…</source>
        <translation>登记设备…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>撤销…</translation>
    </message>
    <message>
        <source>Import packages…</source>
        <translation>导入数据包…</translation>
    </message>
    <message>
        <source>Export updates…</source>
        <translation>导出更新包…</translation>
    </message>
    <message>
        <source>Only the HQ administrator may import, export, register or revoke.</source>
        <translation>只有巡察办管理员可以导入、导出、登记或撤销设备。</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) enrolled</source>
        <translation>
            <numerusform>已登记 %n 台设备</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n open conflict(s)</source>
        <translation>
            <numerusform>，%n 个待处理冲突</numerusform>
        </translation>
    </message>
    <message>
        <source>HQ&apos;s fingerprint: %1 — a team laptop shows the same after accepting its grant; compare them together.</source>
        <translation>巡察办指纹：%1 —— 巡察组笔记本接受授权后会显示同一指纹，请双方当面核对。</translation>
    </message>
    <message>
        <source>HQ&apos;s keys are made when the first team laptop is registered.</source>
        <translation>登记第一台巡察组笔记本时生成巡察办密钥。</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>冲突（%1）</translation>
    </message>
    <message>
        <source>Revoke device</source>
        <translation>撤销设备</translation>
    </message>
    <message>
        <source>Packages from %1 of %2 will be refused from now on. This cannot be undone.

Reason:</source>
        <translation>此后将拒收%2的“%1”发来的数据包，且无法恢复。

撤销原因：</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <source>The workspace was locked because the system suspended the program.</source>
        <translation>系统挂起了本程序，工作区已自动锁定。</translation>
    </message>
    <message>
        <source>The workspace was locked because the computer went to sleep.</source>
        <translation>计算机进入了睡眠，工作区已自动锁定。</translation>
    </message>
    <message>
        <source>The workspace was locked because the program was in the background, or the session was locked, for %n minute(s).</source>
        <translation>本程序在后台（或系统会话已锁定）达 %n 分钟，工作区已自动锁定。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import packages</source>
        <translation>导入数据包</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Add the package files (.xcpkg) or the folders holding them, from one or several USB sticks, then press Import. Packages of one laptop are imported in order; a damaged or altered package is rejected and writes nothing.</source>
        <translation>添加数据包文件（.xcpkg）或存放数据包的文件夹（可来自一个或多个U盘），然后点“导入”。同一台笔记本的数据包按顺序导入；损坏或被改动的数据包会被拒绝，不写入任何内容。</translation>
    </message>
    <message>
        <source>Save JSON…</source>
        <translation>保存为 JSON…</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>打开冲突</translation>
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
        <source>Packages and folders to import:</source>
        <translation>要导入的数据包和文件夹：</translation>
    </message>
    <message>
        <source>Choose packages</source>
        <translation>选择数据包</translation>
    </message>
    <message>
        <source>Xuncha packages (*.xcpkg);;All files (*)</source>
        <translation>巡察通数据包 (*.xcpkg);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose a folder holding packages</source>
        <translation>选择存放数据包的文件夹</translation>
    </message>
    <message>
        <source>Add a package or a folder first.</source>
        <translation>请先添加数据包或文件夹。</translation>
    </message>
    <message>
        <source>Package %1 of %2…</source>
        <translation>第 %1 个数据包（共 %2 个）…</translation>
    </message>
    <message>
        <source>%1 package(s) addressed to another workspace (such as the team&apos;s other laptop) were skipped.</source>
        <translation>另有 %1 个数据包是发给其他工作区的（如同组另一台笔记本），已跳过。</translation>
    </message>
    <message>
        <source>No package (*.xcpkg) was found in what you chose.</source>
        <translation>所选内容中没有找到数据包（*.xcpkg）。</translation>
    </message>
    <message>
        <source>%1 package(s): %2 imported, %3 already imported, %4 held, %5 rejected.</source>
        <translation>共 %1 个数据包：已导入 %2 个，已导入过 %3 个，暂存 %4 个，拒绝 %5 个。</translation>
    </message>
    <message>
        <source>%1 conflict(s) wait in the conflict inbox.</source>
        <translation>有 %1 处冲突在冲突收件箱中等待处理。</translation>
    </message>
    <message>
        <source>Rejected packages wrote nothing; the reason is in the last column.</source>
        <translation>被拒绝的数据包未写入任何内容，原因见最后一列。</translation>
    </message>
    <message>
        <source>Stopped: the remaining packages were not touched.</source>
        <translation>已停止：其余数据包未处理。</translation>
    </message>
    <message>
        <source>Stopped; the package being imported wrote nothing.</source>
        <translation>已停止；正在导入的数据包未写入任何内容。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Save the import report</source>
        <translation>保存导入报告</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>无法保存报告：%1</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation>报告已保存：%1</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>已导入过</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>已暂存</translation>
    </message>
    <message>
        <source>Imported after the gap closed</source>
        <translation>已补齐并导入</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>The sender confirms more of HQ&apos;s updates than HQ sent (forged, or HQ restored from an older backup): that confirmation was ignored and HQ keeps sending.</source>
        <translation>发送设备确认收到的更新多于巡察办发出的（伪造，或巡察办用旧备份恢复过）：已忽略该确认，巡察办会继续发送。</translation>
    </message>
    <message>
        <source>The sender&apos;s clock is more than a day ahead; flagged (the merge does not depend on it).</source>
        <translation>发送设备的时钟比本机快一天以上，已标记（合并结果不受影响）。</translation>
    </message>
    <message>
        <source>An earlier import stopped half-way; this one completed it.</source>
        <translation>上次导入中途中断，本次已补齐。</translation>
    </message>
    <message>
        <source>The clue part waits for a user holding the clue key; the rest was imported.</source>
        <translation>线索部分需由持有线索密钥的用户导入，其余部分已导入。</translation>
    </message>
    <message>
        <source>Imported before on %1; nothing changed.</source>
        <translation>已于 %1 导入过，未作任何改动。</translation>
    </message>
    <message>
        <source>%1 waiting change(s) were refused and not applied: they named another team&apos;s records (see the audit log, remote_change_refused).</source>
        <translation>有 %1 项等待中的变更被拒收、未予应用：它们涉及其他巡察组的记录（见审计日志 remote_change_refused）。</translation>
    </message>
    <message>
        <source>HQ</source>
        <translation>巡察办</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>第 %1 组</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>数据包</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>巡察组</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>新增/应用</translation>
    </message>
    <message>
        <source>Fast-forwarded</source>
        <translation>快进</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待补</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>Reason / note</source>
        <translation>原因/说明</translation>
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
        <source>Make a new recovery cod&amp;e…</source>
        <translation>生成新的恢复密钥(&amp;E)…</translation>
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
    <message numerus="yes">
        <source>Removed %n temporary file(s) (%1) that an interrupted export had left in the workspace folder.</source>
        <translation>
            <numerusform>已删除中断的导出留在工作区文件夹中的临时文件 %n 个（%1）。</numerusform>
        </translation>
    </message>
    <message>
        <source>This workspace has no recovery code: if every passphrase is forgotten it cannot be opened. Workspace → Make a new recovery code…</source>
        <translation>此工作区没有恢复密钥：一旦忘记全部口令将无法打开。请用“工作区 → 生成新的恢复密钥…”生成一个。</translation>
    </message>
    <message numerus="yes">
        <source>%n failed unlock attempt(s) since the last unlock (the last at %1); recorded in the audit log.</source>
        <translation>
            <numerusform>自上次解锁以来有 %n 次解锁失败（最近一次在 %1），已记入审计日志。</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked · %1</source>
        <translation>已锁定 · %1</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>New member of %1</source>
        <translation>为%1添加人员</translation>
    </message>
    <message>
        <source>Edit member of %1</source>
        <translation>编辑%1的人员</translation>
    </message>
    <message>
        <source>Serves part-time</source>
        <translation>兼职</translation>
    </message>
    <message>
        <source>Search the units this person must stay away from…</source>
        <translation>搜索此人须回避的单位…</translation>
    </message>
    <message>
        <source>Tick the units this person must be recused from (回避): a recusal covers the units under it too, and the person cannot be on a team that inspects one of them.</source>
        <translation>勾选此人须回避的单位：回避一个单位也包括其下属单位；此人不能参加巡察这些单位的巡察组。</translation>
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
        <source>The workspace “{path}” is open in another program, which is writing to it (another Xuncha window or command, for instance). Wait until it has finished, or close it, and try again.</source>
        <translation>工作区“{path}”已被另一个程序打开，它正在写入数据（例如另一个巡察通窗口或命令）。请等它完成或关闭它后再试。</translation>
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
        <source>The package did not pass the check; nothing of it was imported.</source>
        <translation>数据包未通过检查，未导入任何内容。</translation>
    </message>
    <message>
        <source>The package is held: changes #{missing_from}–#{missing_to} of device {device} are missing. Import the packages in between, or ask the team for a fresh export.</source>
        <translation>数据包已暂存：缺少设备 {device} 的第 {missing_from}–{missing_to} 号变更。请先导入其间的数据包，或请该组重新导出。</translation>
    </message>
    <message>
        <source>This file is not a complete Xuncha package (damaged, cut short or altered).</source>
        <translation>该文件不是完整的巡察通数据包（已损坏、被截断或被改动）。</translation>
    </message>
    <message>
        <source>This program does not support the package format version ({version}). Update the program.</source>
        <translation>数据包格式版本（{version}）不受本程序支持，请升级程序。</translation>
    </message>
    <message>
        <source>The package file cannot be read.</source>
        <translation>无法读取该数据包文件。</translation>
    </message>
    <message>
        <source>The package comes from a device that is not registered ({device}). Register the device first.</source>
        <translation>数据包来自未登记的设备（{device}），请先在巡察办登记该设备。</translation>
    </message>
    <message>
        <source>The device that sent the package ({device}) was revoked; its packages are no longer accepted.</source>
        <translation>发送数据包的设备（{device}）已被撤销，不再接受其数据包。</translation>
    </message>
    <message>
        <source>The package&apos;s signing key does not match the registered device ({device}).</source>
        <translation>数据包的签名密钥与登记的设备（{device}）不一致。</translation>
    </message>
    <message>
        <source>This package is not addressed to this workspace.</source>
        <translation>该数据包不是发给本工作区的。</translation>
    </message>
    <message>
        <source>This workspace cannot import this kind of package ({kind}).</source>
        <translation>本工作区不能导入这类数据包（{kind}）。</translation>
    </message>
    <message>
        <source>This workspace is not enrolled yet and cannot import packages.</source>
        <translation>本工作区尚未登记（入网），不能导入数据包。</translation>
    </message>
    <message>
        <source>The package&apos;s signature does not match: the file was altered or not signed by a registered device.</source>
        <translation>数据包签名不符：文件被改动，或不是由登记的设备签名。</translation>
    </message>
    <message>
        <source>The package&apos;s content is damaged or was altered.</source>
        <translation>数据包内容已损坏或被改动。</translation>
    </message>
    <message>
        <source>The history of device {device} went backwards: the laptop may have been restored from an old copy. Contact HQ.</source>
        <translation>设备（{device}）的历史倒退了：可能是用旧副本恢复的笔记本。请与巡察办联系。</translation>
    </message>
    <message>
        <source>This is an older package (number {seq}; imported up to number {last}); it was not imported.</source>
        <translation>这是一个较旧的数据包（序号 {seq}，已导入到第 {last} 号），未导入。</translation>
    </message>
    <message>
        <source>The package is not encrypted for this workspace and cannot be opened.</source>
        <translation>数据包不是加密发给本工作区的，无法打开。</translation>
    </message>
    <message>
        <source>The package holds clues; only a user holding the clue key (HQ administrator) can import it.</source>
        <translation>数据包含有线索，只有持有线索密钥的用户（巡察办管理员）才能导入。</translation>
    </message>
    <message>
        <source>The package&apos;s inner structure is not as expected (it may have been tampered with).</source>
        <translation>数据包内部结构与预期不符（可能被篡改），未导入。</translation>
    </message>
    <message>
        <source>The package was made by a newer version of Xuncha. Update the program first.</source>
        <translation>数据包由更新版本的巡察通生成，请先升级程序。</translation>
    </message>
    <message>
        <source>An attachment in the package is damaged or was altered.</source>
        <translation>数据包中的附件已损坏或被改动。</translation>
    </message>
    <message>
        <source>The package lacks an attachment it needs.</source>
        <translation>数据包缺少所需的附件。</translation>
    </message>
    <message>
        <source>A change in the package is outside the team&apos;s scope; the whole package was not imported.</source>
        <translation>数据包中有变更超出了该组的范围，整个数据包未导入。</translation>
    </message>
    <message>
        <source>A change in the package alters what only HQ may change; the whole package was not imported.</source>
        <translation>数据包中有变更修改了只有巡察办才能修改的内容，整个数据包未导入。</translation>
    </message>
    <message>
        <source>A change in the package goes beyond its author&apos;s role; the whole package was not imported.</source>
        <translation>数据包中有变更超出了作者角色的权限，整个数据包未导入。</translation>
    </message>
    <message>
        <source>A change in the package concerns an unknown kind of record; the whole package was not imported.</source>
        <translation>数据包中有变更涉及未知的数据类型，整个数据包未导入。</translation>
    </message>
    <message>
        <source>A change in the package concerns an unknown field; the whole package was not imported.</source>
        <translation>数据包中有变更涉及未知的字段，整个数据包未导入。</translation>
    </message>
    <message>
        <source>A change in the package holds a value that is not accepted; the whole package was not imported.</source>
        <translation>数据包中有变更的取值不符合要求，整个数据包未导入。</translation>
    </message>
    <message>
        <source>The package holds a change that does not belong to the sending device; the whole package was not imported.</source>
        <translation>数据包中有不属于发送设备的变更，整个数据包未导入。</translation>
    </message>
    <message>
        <source>The package&apos;s audit trail does not link up or was altered; it was not imported.</source>
        <translation>数据包的审计链衔接不上或被改动，未导入。</translation>
    </message>
    <message>
        <source>The package&apos;s audit trail is shorter than the one HQ holds: the laptop may have been restored from an old copy.</source>
        <translation>数据包的审计链比巡察办已有的更短：可能是用旧副本恢复的笔记本。</translation>
    </message>
    <message>
        <source>A change in the package has no audit entry; it was not imported.</source>
        <translation>数据包中有变更没有对应的审计记录，未导入。</translation>
    </message>
    <message>
        <source>The change numbers in the package do not match its header; it was not imported.</source>
        <translation>数据包中的变更序号与包头不符，未导入。</translation>
    </message>
    <message>
        <source>HQ has confirmed more than this laptop holds: it may have been restored from an old copy. Contact HQ.</source>
        <translation>巡察办确认的数据多于本机现有的：本机可能是用旧副本恢复的。请与巡察办联系。</translation>
    </message>
    <message>
        <source>The program failed while importing this package ({kind}); nothing of it was written, and the other packages were imported as usual. Give the error log to technical support.</source>
        <translation>导入这个数据包时程序出错（{kind}），它没有写入任何内容；其余数据包照常导入。请把错误日志交给技术支持。</translation>
    </message>
    <message>
        <source>There is no conflict “{conflict}”.</source>
        <translation>没有编号为“{conflict}”的冲突。</translation>
    </message>
    <message>
        <source>This conflict was resolved already.</source>
        <translation>该冲突已处理过，不能再次处理。</translation>
    </message>
    <message>
        <source>This conflict cannot be resolved that way: a duplicate number needs a new number typed in; a delete conflict is settled by keeping the current state or taking the incoming one.</source>
        <translation>这类冲突不能这样处理：编号重复的冲突须为新记录填写一个不重复的编号；删除与修改冲突只能保留现有状态或采用新来的状态。</translation>
    </message>
    <message>
        <source>There is no such inspection round in this workspace.</source>
        <translation>本工作区中没有该巡察轮次。</translation>
    </message>
    <message>
        <source>HQ has not yet confirmed everything of “{round}” ({changes} change(s), {clue_changes} clue change(s), {audit} audit record(s) unconfirmed), so it cannot be closed out. Export a package for HQ, import HQ&apos;s update package, then try again.</source>
        <translation>巡察办尚未确认“{round}”的全部数据（未确认的变更 {changes} 条、线索变更 {clue_changes} 条、审计记录 {audit} 条），不能清退。请先导出数据包交巡察办导入，再导入巡察办发回的更新包，然后重试。</translation>
    </message>
    <message>
        <source>This round has been closed out already.</source>
        <translation>该巡察轮次已清退。</translation>
    </message>
    <message>
        <source>Enrollment could not be completed.</source>
        <translation>入网未能完成。</translation>
    </message>
    <message>
        <source>This workspace has no device keys yet: the team leader makes an enrollment request first.</source>
        <translation>本工作区还没有设备密钥：请先由组长生成入网申请。</translation>
    </message>
    <message>
        <source>The current user does not hold the clue key and cannot make an enrollment request; act as the team leader.</source>
        <translation>当前用户不持有线索密钥，不能生成入网申请；请以组长身份操作。</translation>
    </message>
    <message>
        <source>This workspace is already enrolled; it cannot request or accept another grant.</source>
        <translation>本工作区已经入网，不能再次申请或接受入网授权。</translation>
    </message>
    <message>
        <source>This device ({device}) is already registered at HQ. To replace it, revoke it and make a new request from a new workspace.</source>
        <translation>该设备（{device}）已在巡察办登记过，不能重复登记；如需更换，请先撤销后用新工作区重新申请。</translation>
    </message>
    <message>
        <source>This workspace already holds data ({count} records) and cannot be enrolled. Enroll before entering any data: create a new workspace and enroll it first, or ask HQ for a grant before entering data.</source>
        <translation>本工作区已录入数据（{count} 条），不能入网。入网须在录入任何数据之前完成：请新建一个工作区并先完成入网，或在录入数据前向巡察办申请入网授权。</translation>
    </message>
    <message>
        <source>This file is not a valid enrollment request (damaged, altered, or its signature does not match).</source>
        <translation>该文件不是有效的入网申请（已损坏、被改动或签名不符）。</translation>
    </message>
    <message>
        <source>The team numbers differ: the request comes from a team {requested} workspace, but team {given} was chosen.</source>
        <translation>组号不一致：申请来自第 {requested} 组的工作区，而登记的是第 {given} 组。</translation>
    </message>
    <message>
        <source>A demo workspace can only enroll with a demo HQ, and a real one only with a real HQ.</source>
        <translation>演示工作区只能与演示用的巡察办互相登记，正式工作区只能与正式巡察办登记。</translation>
    </message>
    <message>
        <source>Team {team_no} does not exist in this HQ workspace. Set up the round and its teams first in the Planning area.</source>
        <translation>巡察办工作区中找不到第 {team_no} 组。请先在“巡察计划”中建立巡察轮次和巡察组。</translation>
    </message>
    <message>
        <source>This file is not a valid enrollment grant (damaged, altered, or its signature does not match).</source>
        <translation>该文件不是有效的入网授权（已损坏、被改动或签名不符）。</translation>
    </message>
    <message>
        <source>This grant is for another device and cannot be accepted on this laptop.</source>
        <translation>该入网授权是发给另一台设备的，不能在本机接受。</translation>
    </message>
    <message>
        <source>This grant does not answer an unused enrollment request of this laptop. Make a new request and have HQ register it.</source>
        <translation>该入网授权不对应本机发出的（尚未使用的）入网申请。请重新生成申请并交巡察办登记。</translation>
    </message>
    <message>
        <source>This can only be done in a team workspace.</source>
        <translation>此操作只能在巡察组工作区中进行。</translation>
    </message>
    <message>
        <source>This can only be done in the HQ workspace.</source>
        <translation>此操作只能在巡察办工作区中进行。</translation>
    </message>
    <message>
        <source>There is no device “{device}”.</source>
        <translation>找不到设备“{device}”。</translation>
    </message>
    <message>
        <source>Device {device} was already revoked on {at}.</source>
        <translation>设备 {device} 已于 {at} 撤销。</translation>
    </message>
    <message>
        <source>This workspace is not enrolled with HQ yet, so it cannot export a package. The team leader first makes an enrollment request for HQ, then accepts the grant HQ sends back.</source>
        <translation>本工作区尚未入网，不能导出数据包。请组长先生成入网申请交巡察办登记，再接受巡察办发回的入网授权。</translation>
    </message>
    <message>
        <source>The folder {path} does not exist. Plug in the USB stick or choose an existing folder.</source>
        <translation>文件夹 {path} 不存在，请先插入 U 盘或选择已有的文件夹。</translation>
    </message>
    <message>
        <source>A package cannot be saved inside the workspace folder ({path}). Choose a USB stick or another folder.</source>
        <translation>数据包不能保存在工作区文件夹（{path}）内，请选择 U 盘或其他文件夹。</translation>
    </message>
    <message>
        <source>The file {path} exists already and was not replaced.</source>
        <translation>文件 {path} 已存在，未覆盖。</translation>
    </message>
    <message>
        <source>No enrolled device to send an update to (check the team number or the device).</source>
        <translation>没有可发送更新包的已登记设备（请检查组号或设备）。</translation>
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
        <source>Keep the current value, take the incoming one, or enter a merged value.</source>
        <translation>请选择保留现有值、采用新来的值或填写合并值。</translation>
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
        <source>“{field}”: “{value}” is not among what HQ assigned to this team. Rounds, teams and inspected units are assigned by HQ; ask HQ for an update package.</source>
        <translation>“{field}”：“{value}”不在巡察办下发给本组的任务中。巡察轮次、巡察组和被巡察单位由巡察办分配，请向巡察办索取更新包。</translation>
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
        <source>A round moves forward, or back one stage to correct a mistake; it is “{current}” and cannot become “{value}”.</source>
        <translation>轮次状态只能向后推进，或退回上一阶段更正；当前为“{current}”，不能改为“{value}”。</translation>
    </message>
    <message>
        <source>“{value}” has no team yet and cannot be stationed; form the teams and assign the units first.</source>
        <translation>“{value}”还没有巡察组，不能进驻；请先组建巡察组并分配单位。</translation>
    </message>
    <message>
        <source>{value} (team {team}) has no leader yet.</source>
        <translation>{value}（第 {team} 组）还没有组长。</translation>
    </message>
    <message>
        <source>{value} (team {team}) has no inspected unit assigned yet.</source>
        <translation>{value}（第 {team} 组）还没有分配被巡察单位。</translation>
    </message>
    <message>
        <source>“{value}” still has {count} team(s) and cannot be removed; remove the teams first.</source>
        <translation>“{value}”还有 {count} 个巡察组，不能删除；请先删除巡察组。</translation>
    </message>
    <message>
        <source>{value} still inspects {count} unit(s) and cannot be removed; unassign them first.</source>
        <translation>{value}还负责 {count} 个被巡察单位，不能删除；请先取消分配。</translation>
    </message>
    <message>
        <source>Team {team} already has the leader “{value}”; a team has one leader.</source>
        <translation>第 {team} 组已有组长“{value}”，一个组只能有一名组长。</translation>
    </message>
    <message>
        <source>{value} is recused from “{org}” and cannot be on team {team}, which inspects it; change the members or assign another team.</source>
        <translation>{value}须回避“{org}”，不能参加巡察该单位的第 {team} 组；请调整人员或改派其他组。</translation>
    </message>
    <message>
        <source>“{value}” is assigned in {count} assignment(s) and cannot be removed.</source>
        <translation>“{value}”已分配给 {count} 个巡察任务，不能删除。</translation>
    </message>
    <message>
        <source>“{value}” has {count} unit(s) under it and cannot be removed.</source>
        <translation>“{value}”下还有 {count} 个单位，不能删除。</translation>
    </message>
    <message>
        <source>“{field}” cannot be “{value}”: it lies under this unit.</source>
        <translation>“{field}”不能是“{value}”：它在本单位之下。</translation>
    </message>
    <message>
        <source>A village or community belongs to a township; “{field}” “{value}” is not a township.</source>
        <translation>村（社区）必须属于一个乡镇（街道）；“{field}”“{value}”不是乡镇（街道）。</translation>
    </message>
    <message>
        <source>A {level} cannot belong to the {parent_level} “{value}”.</source>
        <translation>{level}不能隶属于{parent_level}“{value}”。</translation>
    </message>
    <message>
        <source>“{value}” is already assigned to team {team} in this round; a unit is assigned once per round.</source>
        <translation>“{value}”在本轮已分配给第 {team} 组，一个单位一轮只能分配一次。</translation>
    </message>
    <message>
        <source>“{value}” belongs to “{township}”, which team {team} inspects; a village goes to the team of its township.</source>
        <translation>“{value}”属于“{township}”，该乡镇已由第 {team} 组巡察；村（社区）应由巡察其所在乡镇的组一并巡察。</translation>
    </message>
    <message>
        <source>“{value}” is not of this round.</source>
        <translation>“{value}”不属于本轮。</translation>
    </message>
    <message>
        <source>Team {team} has filed {count} finding(s), register entries or rectification items under “{value}”; it cannot be unassigned or moved.</source>
        <translation>“{value}”下已有第 {team} 组录入的 {count} 条问题、登记或整改记录，不能取消或改派。</translation>
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
    <message>
        <source>The recovery code is not correct. Check the printed or written code (case, spaces and dashes do not matter).</source>
        <translation>恢复密钥不正确。请核对打印或抄写的恢复密钥（不区分大小写，空格和连字符可省略）。</translation>
    </message>
    <message>
        <source>This workspace has no recovery code (it was made before recovery codes, or none was ever made). The team leader or HQ administrator can make one.</source>
        <translation>此工作区没有恢复密钥（建于恢复密钥功能之前，或从未生成）。可由组长或巡察办管理员生成。</translation>
    </message>
    <message>
        <source>{attempts} unlock attempts have failed since the last successful unlock. So that nobody can guess the passphrase, wait {seconds} seconds (about {minutes} min) and try again.</source>
        <translation>自上次成功解锁以来已连续 {attempts} 次解锁失败。为防止有人猜测口令，请等待 {seconds} 秒（约 {minutes} 分钟）后再试。</translation>
    </message>
    <message>
        <source>“{path}” is damaged or incomplete (a copy or download cut short) and cannot be read; nothing was imported. Get the file again.</source>
        <translation>“{path}”已损坏或不完整（例如复制中断、下载未完成），无法读取，未导入任何内容。请重新获取该文件。</translation>
    </message>
    <message>
        <source>“{path}” is a zip file but holds no Excel workbook; nothing was imported.</source>
        <translation>“{path}”是压缩文件，但其中没有 Excel 工作簿，未导入任何内容。</translation>
    </message>
    <message>
        <source>“{path}” has an entry named “{part}” (with “..”, an absolute path or control characters); it may be a crafted file and was not read.</source>
        <translation>“{path}”中有不合规的条目名“{part}”（含“..”、绝对路径或控制字符），可能是恶意构造的文件，未读取。</translation>
    </message>
    <message>
        <source>The entry “{part}” appears more than once in “{path}”; it may be a crafted file and was not read.</source>
        <translation>“{path}”中的条目“{part}”出现了不止一次，可能是恶意构造的文件，未读取。</translation>
    </message>
    <message>
        <source>The entry “{part}” of “{path}” uses a compression Excel never uses; the file was not read.</source>
        <translation>“{path}”的条目“{part}”使用了 Excel 不使用的压缩方式，未读取。</translation>
    </message>
    <message>
        <source>“{part}” of “{path}” expands to more than {limit_mb} MB, far more than any ledger (perhaps a zip bomb); the file was not read.</source>
        <translation>“{path}”的“{part}”解压后超过 {limit_mb} MB，远大于任何台账（可能是“压缩炸弹”），未读取。</translation>
    </message>
    <message>
        <source>“{path}” has {count} entries, more than the {limit} allowed; the file was not read.</source>
        <translation>“{path}”含有 {count} 个条目，超过上限 {limit} 个，未读取。</translation>
    </message>
    <message>
        <source>“{part}” of “{path}” has a DTD or entity declarations, or an unusual text encoding. Excel and WPS never write these; the file may be crafted and was not read. If you need it, open it in Excel or WPS and save it as a new .xlsx.</source>
        <translation>“{path}”的“{part}”含有 DTD/实体声明或不常见的文字编码。Excel 和 WPS 不会写出这种内容，这可能是恶意构造的文件，为安全起见未读取。如确需导入，请在 Excel 或 WPS 中打开后另存为新的 .xlsx。</translation>
    </message>
    <message>
        <source>Sheet “{sheet}” of “{path}” has more than {limit} merged ranges; the file was not read.</source>
        <translation>“{path}”的工作表“{sheet}”中合并单元格超过 {limit} 处，未读取。</translation>
    </message>
    <message>
        <source>Sheet “{sheet}” of “{path}” has a cell position “{cell}” beyond Excel&apos;s limits (1,048,576 rows, 16,384 columns); the file is damaged or altered and was not read.</source>
        <translation>“{path}”的工作表“{sheet}”中有超出 Excel 范围的单元格位置“{cell}”（最多 1048576 行、16384 列），文件已损坏或被改动，未读取。</translation>
    </message>
    <message>
        <source>Sheet “{sheet}” of “{path}” is malformed near row {cell} (too many elements); the file is damaged or altered and was not read.</source>
        <translation>“{path}”的工作表“{sheet}”第 {cell} 行附近结构异常（元素过多），文件已损坏或被改动，未读取。</translation>
    </message>
    <message>
        <source>Cell {cell} of sheet “{sheet}” in “{path}” holds “{value}”, which is not a number Excel can store (not a number, infinite or out of range); the file was not read.</source>
        <translation>“{path}”的工作表“{sheet}”单元格 {cell} 中的数值“{value}”不是 Excel 能保存的数（非数、无穷大或超出范围），文件已损坏或被改动，未读取。</translation>
    </message>
    <message>
        <source>Cell {cell} of sheet “{sheet}” in “{path}” is a formula whose result was not saved (common in files made by other programs). Open the file in Excel or WPS, save it, and import it again.</source>
        <translation>“{path}”的工作表“{sheet}”单元格 {cell} 是公式，但文件中没有保存它的计算结果（常见于由其他程序生成、未经 Excel 计算的文件）。请在 Excel 或 WPS 中打开并保存后再导入。</translation>
    </message>
    <message>
        <source>Cell {cell} of sheet “{sheet}” in “{path}” refers to shared text no. {index}, but the file has only {count}; the file is damaged and was not read.</source>
        <translation>“{path}”的工作表“{sheet}”单元格 {cell} 引用了不存在的共享文本（第 {index} 项，文件中只有 {count} 项），文件已损坏，未读取。</translation>
    </message>
    <message>
        <source>Line {line} of “{path}” cannot be read as CSV (a field too long, a NUL character or an unclosed quote); nothing was imported.</source>
        <translation>“{path}”第 {line} 行无法按 CSV 读取（字段过长、含空字符或引号不配对），未导入任何内容。</translation>
    </message>
    <message>
        <source>The problem “{value}” is “{status}”: only signed (or reported) problems are fed back to a unit.</source>
        <translation>问题“{value}”为“{status}”，只有已签字（或已写入报告）的问题才能反馈给被巡察单位。</translation>
    </message>
    <message>
        <source>The problem “{value}” is not one of “{org}”&apos;s and cannot be in its feedback.</source>
        <translation>问题“{value}”不是“{org}”的问题，不能在对该单位的反馈中列出。</translation>
    </message>
    <message>
        <source>The problem “{value}” has been fed back already and has its tasks.</source>
        <translation>问题“{value}”已经反馈并建立了整改任务。</translation>
    </message>
    <message>
        <source>The task “{value}” is closed out and can no longer change; if it proves false, flag it first.</source>
        <translation>整改任务“{value}”已销号，不能再修改；如发现虚假整改，请标记虚假整改后重新整改。</translation>
    </message>
    <message>
        <source>Close-out of the task “{value}” was requested and waits for review: its state cannot change.</source>
        <translation>整改任务“{value}”已申请销号、等待审核，审核前不能改变整改状态。</translation>
    </message>
    <message>
        <source>Close-out of the task “{value}” was requested already and waits for HQ&apos;s review.</source>
        <translation>整改任务“{value}”已申请销号，正在等待巡察办审核。</translation>
    </message>
    <message>
        <source>The task “{value}” has no evidence yet: it cannot be closed out without. Attach the evidence to a progress report first.</source>
        <translation>整改任务“{value}”还没有任何佐证材料：没有佐证材料不能申请或同意销号，请先在整改进展中附上材料。</translation>
    </message>
    <message>
        <source>Close-out of the task “{value}” has not been requested: request it before the review.</source>
        <translation>整改任务“{value}”尚未申请销号，不能审核；请先申请销号。</translation>
    </message>
    <message>
        <source>“{value}” is not a task of this ledger&apos;s unit: a unit&apos;s ledger updates that unit&apos;s tasks only.</source>
        <translation>“{value}”不是本台账所属单位的整改任务；导入单位台账只能更新该单位自己的任务。</translation>
    </message>
    <message>
        <source>“{value}” has not been fed back yet and has no task.</source>
        <translation>“{value}”尚未反馈，没有整改任务。</translation>
    </message>
    <message>
        <source>The handover “{value}” has no receipt yet: record who received it and when first.</source>
        <translation>移交批次“{value}”还没有回执（接收人、签收时间），请先登记回执再登记反馈。</translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <source>The unit&apos;s plan or report</source>
        <translation>单位报送的整改方案或整改情况报告</translation>
    </message>
    <message>
        <source>No file</source>
        <translation>无文件</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>报送文件</translation>
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
    <name>OrgDialog</name>
    <message>
        <source>New unit</source>
        <translation>新建被巡察单位</translation>
    </message>
    <message>
        <source>Edit unit</source>
        <translation>编辑被巡察单位</translation>
    </message>
    <message>
        <source>(none: directly under the city)</source>
        <translation>（无上级，直属市）</translation>
    </message>
</context>
<context>
    <name>OrgTree</name>
    <message>
        <source>Search units by name or short name…</source>
        <translation>按单位名称或简称搜索…</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
</context>
<context>
    <name>PackagesArea</name>
    <message>
        <source>Packages</source>
        <translation>数据包</translation>
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
    <name>PlanningArea</name>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>巡察组</translation>
    </message>
    <message>
        <source>Units by mode</source>
        <translation>被巡察单位（按巡察方式）</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>巡察计划</translation>
    </message>
    <message>
        <source>No round is planned yet.

Click “New round…” to plan the first one: its teams, their members and the units.</source>
        <translation>还没有安排巡察轮次。

点击“新建轮次…”安排第一轮：巡察组、组内人员和被巡察单位。</translation>
    </message>
    <message>
        <source>New round…</source>
        <translation>新建轮次…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Change stage…</source>
        <translation>更改状态…</translation>
    </message>
    <message>
        <source>Copy the previous round&apos;s units</source>
        <translation>复制上一轮的被巡察单位</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>The plan comes from HQ with the enrollment grant and HQ&apos;s updates; this laptop shows its own round, team and units and cannot change them.</source>
        <translation>巡察计划由巡察办随入网授权和更新包下发；本机只显示本组所在轮次、本组人员和被巡察单位，不能修改。</translation>
    </message>
    <message>
        <source>Only HQ&apos;s administrator plans the rounds; you see the plan as it stands.</source>
        <translation>只有巡察办管理员可以安排巡察计划；这里显示的是当前计划。</translation>
    </message>
    <message>
        <source>Rounds and teams</source>
        <translation>轮次与巡察组</translation>
    </message>
    <message>
        <source>Inspected units</source>
        <translation>被巡察单位</translation>
    </message>
    <message numerus="yes">
        <source>%n round(s)</source>
        <translation>
            <numerusform>共 %n 个轮次</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign the units of “%1” in this round, to the teams of the same numbers.</source>
        <translation>把“%1”的被巡察单位分配到本轮，由组号相同的巡察组负责。</translation>
    </message>
    <message>
        <source>There is no earlier round to copy from.</source>
        <translation>没有更早的轮次可以复制。</translation>
    </message>
    <message>
        <source>Remove round</source>
        <translation>删除轮次</translation>
    </message>
    <message>
        <source>Remove %1? Only a round without teams can be removed: remove its teams first.</source>
        <translation>删除“%1”？只能删除没有巡察组的轮次：请先删除其巡察组。</translation>
    </message>
    <message numerus="yes">
        <source>Assign the %n unit(s) of “%1” in “%2”?

Each goes to the team of the same number (a missing team is formed, without members) with the same mode. Units this round has already are skipped, and the periods are left for you to set. If one unit is refused, nothing is copied.</source>
        <translation>
            <numerusform>把“%1”的 %n 个被巡察单位分配到“%2”？

每个单位由组号相同的巡察组负责（本轮没有的组将新建，暂无人员），巡察方式不变。本轮已有的单位跳过，巡察期间留待您填写。只要有一个单位不符合要求，就一个也不复制。</numerusform>
        </translation>
    </message>
    <message>
        <source>Copying the units…</source>
        <translation>正在复制被巡察单位…</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) assigned.</source>
        <translation>
            <numerusform>已分配 %n 个被巡察单位。</numerusform>
        </translation>
    </message>
    <message>
        <source>Teams formed (without members yet): %1.</source>
        <translation>新建的巡察组（暂无人员）：第 %1 组。</translation>
    </message>
    <message>
        <source>Already in this round, skipped: %1.</source>
        <translation>本轮已有、已跳过：%1。</translation>
    </message>
</context>
<context>
    <name>PlanningDialog</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Progress of %1</source>
        <translation>%1 的整改进展</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>（不变）</translation>
    </message>
    <message>
        <source>No file</source>
        <translation>无文件</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>佐证材料文件</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <source>Inspection proposal</source>
        <translation>巡察建议</translation>
    </message>
    <message>
        <source>A proposal to the responsible department for special governance, resting on the problems found. Record its answer with Feedback… on the Handovers tab; it is due in three months unless you set a deadline.</source>
        <translation>向责任部门提出专项治理的巡察建议，以发现的问题为依据。部门的答复在“分类移交”页用“登记反馈…”登记；未设定期限时，答复期限为三个月。</translation>
    </message>
    <message>
        <source>e.g. 市财政局</source>
        <translation>如 市财政局</translation>
    </message>
    <message>
        <source>Responsible department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Problems it rests on</source>
        <translation>所依据的问题</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>答复期限</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Receipt of %1</source>
        <translation>%1 的回执</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <source>Forgot passphrase</source>
        <translation>忘记口令</translation>
    </message>
    <message>
        <source>Enter the recovery code made with this workspace and a new passphrase for the user. The old passphrase stops working; this is recorded in the audit log.</source>
        <translation>请输入新建此工作区时生成的恢复密钥，并为该用户设置新口令。旧口令随即失效；此操作记入审计日志。</translation>
    </message>
    <message>
        <source>Empty: the workspace&apos;s default user</source>
        <translation>留空：工作区的默认用户</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Recovery code:</source>
        <translation>恢复密钥：</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>新口令：</translation>
    </message>
    <message>
        <source>Repeat passphrase:</source>
        <translation>再次输入口令：</translation>
    </message>
    <message>
        <source>Set new passphrase and unlock</source>
        <translation>设置新口令并解锁</translation>
    </message>
    <message>
        <source>Enter the recovery code.</source>
        <translation>请输入恢复密钥。</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>口令至少需要 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Recovery code</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>Write down or print this recovery code now</source>
        <translation>请立即抄写或打印此恢复密钥</translation>
    </message>
    <message>
        <source>If every passphrase of this workspace is forgotten, this code is the only way back in: with it a new passphrase can be set (File → Unlock → Forgot passphrase…, or passwd --recover). It is shown only this once and is not stored anywhere. Keep it with the office&apos;s confidential papers, never with the laptop or its USB stick.</source>
        <translation>如果忘记了此工作区的全部口令，这个恢复密钥是唯一的补救办法：用它可以重新设置口令（解锁时点“忘记口令…”，或命令 passwd --recover）。它只显示这一次，程序不会在任何地方保存它。请与单位的涉密文件一起保管，切勿与电脑或 U 盘放在一起。</translation>
    </message>
    <message>
        <source>I have written down or printed the recovery code</source>
        <translation>我已抄写或打印恢复密钥</translation>
    </message>
</context>
<context>
    <name>RectificationArea</name>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>临近期限</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>整改任务</translation>
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
        <source>Supervising leader</source>
        <translation>领衔督办领导</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source> %1 d</source>
        <translation> %1 天</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>整改</translation>
    </message>
    <message>
        <source>Rectification is supervised at HQ. This laptop shows its units&apos; tasks and their status as HQ&apos;s updates brought them, read-only.</source>
        <translation>整改督办由巡察办办理。本机显示本组被巡察单位的整改任务及巡察办更新包带来的整改状态，只能查看。</translation>
    </message>
    <message>
        <source>Only HQ&apos;s administrator records rectification; you see it as it stands.</source>
        <translation>只有巡察办管理员可以登记整改情况；您看到的是当前情况。</translation>
    </message>
    <message>
        <source>Search task, unit, problem, leader…</source>
        <translation>查找任务编号、单位、问题、领导…</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>只看逾期</translation>
    </message>
    <message>
        <source>Feed back…</source>
        <translation>反馈…</translation>
    </message>
    <message>
        <source>Progress…</source>
        <translation>整改进展…</translation>
    </message>
    <message>
        <source>Request close-out</source>
        <translation>申请销号</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>销号审核…</translation>
    </message>
    <message>
        <source>Flag…</source>
        <translation>认定问责…</translation>
    </message>
    <message>
        <source>Hand over…</source>
        <translation>分类移交…</translation>
    </message>
    <message>
        <source>Another task…</source>
        <translation>增加任务…</translation>
    </message>
    <message>
        <source>Edit task…</source>
        <translation>修改任务…</translation>
    </message>
    <message>
        <source>Plan or report…</source>
        <translation>整改方案/报告…</translation>
    </message>
    <message>
        <source>No rectification tasks yet.

The rectification ledger fills once findings have been fed back to the inspected units.</source>
        <translation>还没有整改任务。

问题反馈给被巡察单位后，整改台账会在这里逐项列出。</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>移交批次</translation>
    </message>
    <message>
        <source>To</source>
        <translation>接收单位</translation>
    </message>
    <message>
        <source>Handed</source>
        <translation>移交时间</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>签收</translation>
    </message>
    <message>
        <source>Feedback due</source>
        <translation>反馈期限</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Receipt…</source>
        <translation>登记回执…</translation>
    </message>
    <message>
        <source>Feedback…</source>
        <translation>登记反馈…</translation>
    </message>
    <message>
        <source>Proposal…</source>
        <translation>巡察建议…</translation>
    </message>
    <message>
        <source>Common-problem report…</source>
        <translation>共性问题通报…</translation>
    </message>
    <message>
        <source>The findings flagged common across units, grouped by category, written as a text document (C1) to send round.</source>
        <translation>各单位标记为共性问题的问题，按类别汇总，写成文本文件（C1）通报各单位。</translation>
    </message>
    <message>
        <source>Chain of the problem</source>
        <translation>整改全过程</translation>
    </message>
    <message>
        <source>By unit</source>
        <translation>按单位</translation>
    </message>
    <message>
        <source>By supervisor</source>
        <translation>按督办领导和单位</translation>
    </message>
    <message>
        <source>Handovers</source>
        <translation>分类移交</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>共 %n 项整改任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>，逾期 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n closed out</source>
        <translation>
            <numerusform>，已销号 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>未签收</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Proposal: %1</source>
        <translation>巡察建议：%1</translation>
    </message>
    <message>
        <source>Save the common-problem report</source>
        <translation>保存共性问题通报</translation>
    </message>
    <message>
        <source>common-problems.txt</source>
        <translation>共性问题通报.txt</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <source>Common-problem report saved to %1 (%2 problem(s)).</source>
        <translation>共性问题通报已保存到 %1（%2 个问题）。</translation>
    </message>
    <message>
        <source>Record the unit&apos;s request to close out %1? HQ then reviews it.</source>
        <translation>登记被巡察单位对 %1 的销号申请？之后由巡察办审核。</translation>
    </message>
</context>
<context>
    <name>RegisterDeviceDialog</name>
    <message>
        <source>Register a team laptop</source>
        <translation>登记巡察组笔记本</translation>
    </message>
    <message>
        <source>Open the request the team brought, compare the fingerprint below with the one on the laptop&apos;s screen, choose its team and save the grant. The grant carries the team&apos;s round, members, units and the problem categories, encrypted for that laptop only.</source>
        <translation>打开巡察组交来的入网申请，将下面的指纹与该笔记本屏幕上的指纹逐字核对，选择所属巡察组并保存入网授权。授权文件包含该组的巡察轮次、组成员、被巡察单位和问题分类，只有这台笔记本能够解密。</translation>
    </message>
    <message>
        <source>Register and save grant</source>
        <translation>登记并保存授权</translation>
    </message>
    <message>
        <source>The .xcreq file from the team</source>
        <translation>巡察组交来的 .xcreq 文件</translation>
    </message>
    <message>
        <source>Request file:</source>
        <translation>申请文件：</translation>
    </message>
    <message>
        <source>Open an enrollment request</source>
        <translation>打开入网申请</translation>
    </message>
    <message>
        <source>Enrollment requests (*.xcreq)</source>
        <translation>入网申请 (*.xcreq)</translation>
    </message>
    <message>
        <source>Laptop:</source>
        <translation>笔记本：</translation>
    </message>
    <message>
        <source>Laptop&apos;s fingerprint:</source>
        <translation>笔记本指纹：</translation>
    </message>
    <message>
        <source>Team %1 · %2</source>
        <translation>第 %1 组 · %2</translation>
    </message>
    <message>
        <source>No teams yet: set up the round and its teams first</source>
        <translation>尚无巡察组：请先建立巡察轮次和巡察组</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>巡察组：</translation>
    </message>
    <message>
        <source>Save grant as:</source>
        <translation>授权文件保存为：</translation>
    </message>
    <message>
        <source>Save the enrollment grant</source>
        <translation>保存入网授权</translation>
    </message>
    <message>
        <source>Enrollment grants (*.xcgrant)</source>
        <translation>入网授权 (*.xcgrant)</translation>
    </message>
    <message>
        <source>I compared this fingerprint with the laptop&apos;s screen</source>
        <translation>我已将此指纹与笔记本屏幕上的指纹逐字核对</translation>
    </message>
    <message>
        <source>HQ&apos;s fingerprint:</source>
        <translation>巡察办指纹：</translation>
    </message>
    <message>
        <source>%1 · team %2 · device %3</source>
        <translation>%1 · 第 %2 组 · 设备 %3</translation>
    </message>
    <message>
        <source>Writing the grant…</source>
        <translation>正在写出入网授权…</translation>
    </message>
    <message>
        <source>Team %1&apos;s laptop is registered; the grant (%2 records) was saved to %3.
Give it to the team leader, who compares HQ&apos;s fingerprint above before accepting it.</source>
        <translation>第 %1 组的笔记本已登记，入网授权（含 %2 条基础数据）已保存到 %3。
请交给组长；组长接受前须核对上面的巡察办指纹。</translation>
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
    <name>RemoveDialog</name>
    <message>
        <source>e.g. entered by mistake</source>
        <translation>例如：录入错误</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>删除原因</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Round summary report</source>
        <translation>综合情况报告</translation>
    </message>
    <message>
        <source>Problem list</source>
        <translation>发现问题清单</translation>
    </message>
    <message>
        <source>Rectification ledger</source>
        <translation>反馈问题整改台账</translation>
    </message>
    <message>
        <source>Clue handover list (clue level)</source>
        <translation>问题线索移交清单（线索密级）</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>正在读取数据…</translation>
    </message>
    <message>
        <source>Laying out rows: %1 of %2</source>
        <translation>正在排版：第 %1 行，共 %2 行</translation>
    </message>
    <message>
        <source>Drawing pages: %1 of %2</source>
        <translation>正在绘制页面：第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Saving the file…</source>
        <translation>正在保存文件…</translation>
    </message>
    <message>
        <source>Print a report</source>
        <translation>打印报告</translation>
    </message>
    <message>
        <source>The round in the committee&apos;s words, or one of its lists, as printed pages: every page carries the classification marking, the page number, who printed it and when, and your name as a light watermark. Saving, printing and previewing the clue list are recorded in the audit log.</source>
        <translation>本轮巡察的综合情况报告或其清单、台账，按打印页面输出：每页都带密级标识、页码、导出人和导出时间，并以浅色水印显示您的姓名。保存、打印以及预览问题线索清单都记入审计日志。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>报告：</translation>
    </message>
    <message>
        <source>Round:</source>
        <translation>轮次：</translation>
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
        <source>Paper:</source>
        <translation>纸张：</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>No round has units assigned in this workspace yet: there is nothing to report.</source>
        <translation>本工作区还没有分配了被巡察单位的轮次，暂无可打印的报告。</translation>
    </message>
    <message>
        <source>A4 portrait</source>
        <translation>A4 纵向</translation>
    </message>
    <message>
        <source>A3 landscape</source>
        <translation>A3 横向</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>报告另存为</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>请选择文件的保存位置。</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it?</source>
        <translation>“%1”已存在，是否替换？</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) saved to:</source>
        <translation>
            <numerusform>已保存 %n 页，位置：</numerusform>
        </translation>
    </message>
    <message>
        <source>Marked “%1”; the export was recorded in the audit log.</source>
        <translation>密级标识“%1”；本次导出已记入审计日志。</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to the printer; the printing was recorded in the audit log.</source>
        <translation>
            <numerusform>已向打印机发送 %n 页；本次打印已记入审计日志。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. Nothing was sent to the printer.</source>
        <translation>已停止，未向打印机发送任何页面。</translation>
    </message>
    <message>
        <source>Stopped. No file was written.</source>
        <translation>已停止，未写入任何文件。</translation>
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
    <name>ReviewDialog</name>
    <message>
        <source>Close-out review of %1</source>
        <translation>%1 的销号审核</translation>
    </message>
    <message>
        <source>A three-party check: the inspection office&apos;s opinion with those of the discipline commission and the organisation department. Returning needs only the reason.</source>
        <translation>三方审核：巡察办意见，并记录纪委监委和组织部的意见。退回只需填写理由。</translation>
    </message>
    <message>
        <source>Close out</source>
        <translation>同意销号</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退回</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>New round</source>
        <translation>新建轮次</translation>
    </message>
    <message>
        <source>Edit round</source>
        <translation>编辑轮次</translation>
    </message>
    <message>
        <source>A new round starts as “planned”. Form its teams and assign the units, then move it to “stationed” when the teams go out.</source>
        <translation>新轮次的状态为“计划中”。组建巡察组、分配被巡察单位后，巡察组进驻时把状态改为“进驻中”。</translation>
    </message>
</context>
<context>
    <name>RoundPage</name>
    <message>
        <source>Team %1</source>
        <translation>第 %1 组</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>被巡察单位</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Under</source>
        <translation>上级单位</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>巡察组</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>巡察方式</translation>
    </message>
    <message>
        <source>Period covered</source>
        <translation>巡察期间</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>问题数</translation>
    </message>
    <message>
        <source>Team / member</source>
        <translation>巡察组 / 人员</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>组内职务</translation>
    </message>
    <message>
        <source>Home unit and post</source>
        <translation>所在单位及职务</translation>
    </message>
    <message>
        <source>Recused from</source>
        <translation>回避单位</translation>
    </message>
    <message>
        <source>New team…</source>
        <translation>新建巡察组…</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>添加人员…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>No unit is assigned in this round yet.</source>
        <translation>本轮还没有分配被巡察单位。</translation>
    </message>
    <message>
        <source>Assign units…</source>
        <translation>分配单位…</translation>
    </message>
    <message>
        <source>Unassign…</source>
        <translation>取消分配…</translation>
    </message>
    <message>
        <source>Teams and members</source>
        <translation>巡察组及人员</translation>
    </message>
    <message>
        <source>Assigned units</source>
        <translation>被巡察单位</translation>
    </message>
    <message>
        <source>No round chosen</source>
        <translation>未选择轮次</translation>
    </message>
    <message>
        <source>Term %1, %2, round %3</source>
        <translation>第 %1 届 · %2 年 · 第 %3 轮</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>focus: %1</source>
        <translation>巡察重点：%1</translation>
    </message>
    <message>
        <source>leader %1</source>
        <translation>组长 %1</translation>
    </message>
    <message>
        <source>no leader</source>
        <translation>无组长</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n 个单位</numerusform>
        </translation>
    </message>
    <message>
        <source>stationed %1 to %2</source>
        <translation>进驻 %1 至 %2</translation>
    </message>
    <message>
        <source>Form a team first: units are assigned to a team.</source>
        <translation>请先组建巡察组：被巡察单位要分配给巡察组。</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>删除人员</translation>
    </message>
    <message>
        <source>Remove %1 from %2? The record stays in the history, marked removed, with your reason.</source>
        <translation>把%1从%2中删除？记录仍保留在历史中，标记为已删除，并附删除原因。</translation>
    </message>
    <message>
        <source>Remove team</source>
        <translation>删除巡察组</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 and its %n member(s)? A team that still inspects units cannot be removed: unassign them first.</source>
        <translation>
            <numerusform>删除%1及其 %n 名人员？仍有被巡察单位的巡察组不能删除：请先取消分配。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unassign unit</source>
        <translation>取消分配</translation>
    </message>
    <message>
        <source>Take %1 off this round (team %2)? Refused while the team has filed work under it.</source>
        <translation>把“%1”从本轮（第 %2 组）取消？该组已在其下录入工作记录的，不能取消。</translation>
    </message>
</context>
<context>
    <name>RoundStatusDialog</name>
    <message>
        <source>Change the stage of %1</source>
        <translation>更改“%1”的状态</translation>
    </message>
    <message>
        <source>A round moves forward through its stages, or back one stage to correct a mistake. It can be stationed once every team has its leader and at least one unit.</source>
        <translation>轮次状态依次向后推进，也可以退回上一阶段更正错误。每个巡察组都有组长并至少分配一个单位后，才能改为“进驻中”。</translation>
    </message>
    <message>
        <source>Change stage</source>
        <translation>更改状态</translation>
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
        <source>Print report…</source>
        <translation>打印报告…</translation>
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
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>整改</translation>
    </message>
    <message>
        <source>Closed-out share</source>
        <translation>销号率</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>逾期任务</translation>
    </message>
    <message>
        <source>Amount recovered (10k yuan)</source>
        <translation>挽回金额（万元）</translation>
    </message>
    <message>
        <source>Rules made</source>
        <translation>建章立制（项）</translation>
    </message>
    <message>
        <source>People held accountable</source>
        <translation>追责问责（人）</translation>
    </message>
    <message>
        <source>Handovers</source>
        <translation>移交</translation>
    </message>
    <message>
        <source>Handovers with overdue feedback</source>
        <translation>反馈逾期的移交</translation>
    </message>
    <message>
        <source>Overdue: past the deadline and not finished. People held accountable: the distinct people named in the perfunctory and false rectification flags.</source>
        <translation>逾期：已过整改时限且未完成。追责问责人数：敷衍整改、虚假整改标记中列明的不同人员。</translation>
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
        <source>{part}: {found}</source>
        <translation>{part}，{found}</translation>
    </message>
    <message>
        <source>{modes}.</source>
        <translation>{modes}。</translation>
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
        <source>Problems by unit</source>
        <translation>各被巡察单位发现问题数</translation>
    </message>
    <message>
        <source>Problems by category (level 1)</source>
        <translation>各类别问题数（一级分类）</translation>
    </message>
    <message>
        <source>Routine and upgraded inspection: problems found</source>
        <translation>常规巡察与提级巡察发现问题数</translation>
    </message>
    <message>
        <source>Rectification progress (tasks)</source>
        <translation>整改进展（整改任务数）</translation>
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
    <name>TaskDialog</name>
    <message>
        <source>Another task for %1</source>
        <translation>%1 增加整改任务</translation>
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
    <message>
        <source>Checking HQ&apos;s confirmation…</source>
        <translation>正在核对巡察办的确认……</translation>
    </message>
    <message>
        <source>Removing confirmed change records…</source>
        <translation>正在清除已确认的变更记录……</translation>
    </message>
    <message>
        <source>Removing the round&apos;s records…</source>
        <translation>正在清除本轮数据……</translation>
    </message>
    <message>
        <source>Removing attachments…</source>
        <translation>正在清除附件……</translation>
    </message>
    <message>
        <source>Tidying the search index…</source>
        <translation>正在整理全文索引……</translation>
    </message>
    <message>
        <source>Rewriting the database files…</source>
        <translation>正在压缩并覆写数据库文件……</translation>
    </message>
    <message>
        <source>Checking the passphrase (this takes a moment by design)…</source>
        <translation>正在核对口令（为防猜测，此步骤有意较慢）…</translation>
    </message>
    <message>
        <source>Opening the encrypted database…</source>
        <translation>正在打开加密数据库…</translation>
    </message>
    <message>
        <source>Checking the database version…</source>
        <translation>正在检查数据库版本…</translation>
    </message>
    <message>
        <source>Recording the unlock in the audit log…</source>
        <translation>正在将本次解锁记入审计日志…</translation>
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
    <name>TeamDialog</name>
    <message>
        <source>New team</source>
        <translation>新建巡察组</translation>
    </message>
    <message>
        <source>Edit team</source>
        <translation>编辑巡察组</translation>
    </message>
</context>
<context>
    <name>TeamPackagesPage</name>
    <message>
        <source>Request enrollment…</source>
        <translation>申请入网…</translation>
    </message>
    <message>
        <source>Accept grant…</source>
        <translation>接受入网授权…</translation>
    </message>
    <message>
        <source>Enrollment with HQ</source>
        <translation>入网登记</translation>
    </message>
    <message>
        <source>This laptop&apos;s fingerprint:</source>
        <translation>本机指纹：</translation>
    </message>
    <message>
        <source>HQ&apos;s fingerprint:</source>
        <translation>巡察办指纹：</translation>
    </message>
    <message>
        <source>Export package…</source>
        <translation>导出数据包…</translation>
    </message>
    <message>
        <source>Import update…</source>
        <translation>导入更新包…</translation>
    </message>
    <message>
        <source>Close out round…</source>
        <translation>清退本轮数据…</translation>
    </message>
    <message>
        <source>Exchange with HQ</source>
        <translation>与巡察办交换数据</translation>
    </message>
    <message>
        <source>Changes not yet acknowledged by HQ:</source>
        <translation>待巡察办确认的变更：</translation>
    </message>
    <message>
        <source>Clue changes not yet acknowledged:</source>
        <translation>待确认的线索变更：</translation>
    </message>
    <message>
        <source>Audit events not yet acknowledged:</source>
        <translation>待确认的审计记录：</translation>
    </message>
    <message>
        <source>Packages sent to HQ:</source>
        <translation>已发往巡察办的数据包：</translation>
    </message>
    <message>
        <source>Last package exported:</source>
        <translation>最近导出：</translation>
    </message>
    <message>
        <source>Last update from HQ imported:</source>
        <translation>最近导入巡察办更新：</translation>
    </message>
    <message>
        <source>HQ holds these edits of yours and a person there decides on each; until then this laptop shows HQ&apos;s values. As of the last update imported.</source>
        <translation>巡察办保存着您的这些修改，将由专人逐条处理；处理之前，本机显示巡察办的值。以最近导入的更新包为准。</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>本机的值</translation>
    </message>
    <message>
        <source>Shown now (HQ&apos;s)</source>
        <translation>当前显示（巡察办的值）</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Not enrolled with HQ</source>
        <translation>尚未入网</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet acknowledged by HQ</source>
        <translation>
            <numerusform>%n 项变更待巡察办确认</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n edit(s) waiting in HQ&apos;s conflict inbox</source>
        <translation>
            <numerusform>；%n 项修改在巡察办冲突待办中等待处理</numerusform>
        </translation>
    </message>
    <message>
        <source>This laptop is enrolled with HQ. Packages it exports can only be opened by HQ, and it accepts updates only from the HQ below.</source>
        <translation>本机已在巡察办入网。本机导出的数据包只有巡察办能打开；本机只接受下方指纹所示巡察办的更新包。</translation>
    </message>
    <message>
        <source>An enrollment request was made. Take the request file to HQ; when HQ returns a grant file, accept it here after comparing fingerprints.</source>
        <translation>已生成入网申请。请将申请文件交巡察办；巡察办返回授权文件后，核对指纹，在此接受授权。</translation>
    </message>
    <message>
        <source>This laptop is not enrolled with HQ yet. Enroll it before entering data: request enrollment, take the request file to HQ, then accept the grant file HQ gives back.</source>
        <translation>本机尚未在巡察办入网。请在录入数据之前入网：先申请入网，把申请文件交巡察办，再接受巡察办返回的授权文件。</translation>
    </message>
    <message>
        <source>%1, acknowledged up to #%2</source>
        <translation>%1 个，巡察办已确认至第 %2 个</translation>
    </message>
    <message>
        <source>Only the team leader may do this.</source>
        <translation>只有组长可以执行此操作。</translation>
    </message>
    <message numerus="yes">
        <source>Your edits waiting in HQ&apos;s conflict inbox (%n)</source>
        <translation>
            <numerusform>在巡察办冲突待办中等待处理的修改（%n）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <source>The units are shared by every round. A village or community sits under its township; a township under its county or directly under the city.</source>
        <translation>被巡察单位为各轮共用。村（社区）隶属于乡镇（街道）；乡镇隶属于县（市、区）或直属市。</translation>
    </message>
    <message>
        <source>In the chosen round</source>
        <translation>所选轮次</translation>
    </message>
    <message>
        <source>New unit…</source>
        <translation>新建单位…</translation>
    </message>
    <message>
        <source>New unit under the chosen one…</source>
        <translation>在所选单位下新建…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Team %1 · %2</source>
        <translation>第 %1 组 · %2</translation>
    </message>
    <message>
        <source>Remove unit</source>
        <translation>删除单位</translation>
    </message>
    <message>
        <source>Remove %1? A unit that is assigned in a round, or has units under it, cannot be removed.</source>
        <translation>删除“%1”？已在某轮分配、或下面还有单位的，不能删除。</translation>
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
        <source>Forgot passphrase…</source>
        <translation>忘记口令…</translation>
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
    <name>WaitingEdits</name>
    <message>
        <source>Your change of “%1” to “%2” waits in HQ&apos;s conflict inbox: HQ had changed it too. Until HQ decides, HQ&apos;s value “%3” is shown.</source>
        <translation>您把“%1”改为“%2”，这项修改正在巡察办的冲突待办中等待处理：巡察办也改过它。巡察办处理之前，显示巡察办的值“%3”。</translation>
    </message>
    <message>
        <source>Your “%1” “%2” is used at HQ by another record: your record waits in HQ&apos;s conflict inbox until HQ gives one of them another number.</source>
        <translation>您的“%1”“%2”在巡察办已被另一条记录使用：您的记录正在巡察办的冲突待办中等待，直到巡察办为其中一条另行编号。</translation>
    </message>
    <message>
        <source>Your deletion of this record waits in HQ&apos;s conflict inbox: HQ had edited it. Until HQ decides, the record stays.</source>
        <translation>您删除这条记录的操作正在巡察办的冲突待办中等待处理：巡察办修改过它。巡察办处理之前，记录保留。</translation>
    </message>
    <message>
        <source>Your edit of this record waits in HQ&apos;s conflict inbox: HQ had deleted it.</source>
        <translation>您对这条记录的修改正在巡察办的冲突待办中等待处理：巡察办已删除了它。</translation>
    </message>
    <message>
        <source>Waiting in HQ&apos;s conflict inbox (as of the last update from HQ):</source>
        <translation>正在巡察办冲突待办中等待处理（以最近导入的巡察办更新包为准）：</translation>
    </message>
    <message>
        <source>HQ changed it too</source>
        <translation>巡察办也修改了</translation>
    </message>
    <message>
        <source>number used at HQ</source>
        <translation>编号在巡察办已被使用</translation>
    </message>
    <message>
        <source>you deleted it, HQ edited it</source>
        <translation>您已删除，巡察办修改了</translation>
    </message>
    <message>
        <source>you edited it, HQ deleted it</source>
        <translation>您修改了，巡察办已删除</translation>
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
        <source>Planning</source>
        <translation>巡察计划</translation>
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
